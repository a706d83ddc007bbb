/** Schema version 1: articles and their copies, actors, events, incidents, full-text evidence, rejections. */
export const MIGRATION_001 = `
CREATE TABLE sitrep_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- Every input article: originals and near-duplicates carry a body and events; exact duplicates only a row.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('original', 'near-duplicate', 'duplicate')),
  duplicate_of TEXT REFERENCES articles(id),
  similarity REAL,
  title TEXT, published TEXT, outlet TEXT, url TEXT,
  content_hash TEXT NOT NULL,
  origin TEXT NOT NULL,
  -- The outlet (or "#<id>" without one) whose independent report this is; a copy takes its original's.
  source_key TEXT NOT NULL,
  provenance TEXT,
  stored_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_kind ON articles(kind);
CREATE INDEX articles_provenance ON articles(provenance);
CREATE INDEX articles_outlet ON articles(outlet);

-- Text, the whole extraction document (deflated JSON) and the MinHash signature.
CREATE TABLE article_bodies (
  article TEXT PRIMARY KEY REFERENCES articles(id),
  text TEXT NOT NULL,
  document BLOB NOT NULL,
  signature BLOB
);

-- LSH band keys of each signature: articles sharing a band are near-duplicate candidates.
CREATE TABLE article_bands (
  band INTEGER NOT NULL, hash INTEGER NOT NULL, article TEXT NOT NULL,
  PRIMARY KEY (band, hash, article)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article);

CREATE TABLE actors (
  key TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, guessed INTEGER NOT NULL,
  aliases TEXT NOT NULL, member_of TEXT NOT NULL, roles TEXT NOT NULL
);
CREATE INDEX actors_kind ON actors(kind);
CREATE INDEX actors_country ON actors(country);
-- Folded key, name and aliases of every actor, for lookup by what people type.
CREATE TABLE actor_names (name TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (name, key)) WITHOUT ROWID;
CREATE TABLE actor_members (member TEXT NOT NULL, parent TEXT NOT NULL, PRIMARY KEY (member, parent)) WITHOUT ROWID;
CREATE INDEX actor_members_parent ON actor_members(parent, member);

-- day_first/day_last: days the incident's precise reports cover (at most MAX_INCIDENT_DAYS apart);
-- exact_first/exact_last: days of its day-precise reports (at most MAX_DAY_SPREAD apart).
CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL, quad_class TEXT NOT NULL,
  reports INTEGER NOT NULL, independent_sources INTEGER NOT NULL,
  first_event INTEGER, first_published TEXT,
  day_first INTEGER, day_last INTEGER, exact_first INTEGER, exact_last INTEGER
);
CREATE INDEX incidents_day ON incidents(day_first);
CREATE INDEX incidents_type_day ON incidents(type, day_first);
CREATE INDEX incidents_sources_day ON incidents(independent_sources, day_first);
CREATE TABLE incident_sources (
  incident INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, source_key TEXT NOT NULL,
  PRIMARY KEY (incident, source_key)
) WITHOUT ROWID;

-- Narrow rows that filters read; the bulky text is in event_details.
-- date_value sorts as text; day_first/day_last (days since 1970) are the days the date covers, or the
-- publication day when the event is undated; win_first/win_last the days it may match other reports in.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article TEXT NOT NULL REFERENCES articles(id),
  outlet TEXT, published TEXT, source_key TEXT NOT NULL,
  type TEXT NOT NULL, quad_class TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL, goldstein REAL,
  modality TEXT NOT NULL,
  date_value TEXT, date_precision TEXT,
  day_first INTEGER, day_last INTEGER, win_first INTEGER, win_last INTEGER,
  place_name TEXT, place_country TEXT, lat REAL, lon REAL, place_precision TEXT,
  incident INTEGER NOT NULL REFERENCES incidents(id)
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_incident ON events(incident);
CREATE INDEX events_day ON events(day_first);
CREATE INDEX events_type_day ON events(type, day_first);
CREATE INDEX events_quad_day ON events(quad_class, day_first);
CREATE INDEX events_modality_day ON events(modality, day_first);
CREATE INDEX events_outlet_day ON events(outlet, day_first);
CREATE INDEX events_country_day ON events(place_country, day_first);
CREATE INDEX events_place ON events(place_name COLLATE NOCASE, day_first);
CREATE INDEX events_lon_lat ON events(lon, lat) WHERE lon IS NOT NULL;

CREATE TABLE event_details (
  event INTEGER PRIMARY KEY REFERENCES events(seq) ON DELETE CASCADE,
  date_text TEXT, date_reason TEXT NOT NULL, place_id TEXT,
  evidence TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL, fingerprint TEXT NOT NULL
);

-- The actors of each event in order, by side.
CREATE TABLE event_actors (
  event INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('source', 'target', 'attributed')),
  position INTEGER NOT NULL,
  actor_key TEXT NOT NULL,
  PRIMARY KEY (event, side, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_key ON event_actors(actor_key, side, event);

-- Every source or target of an event and every actor it belongs to ("HULUSI_AKAR" -> TUR.DEF, TUR),
-- in date order: "events of Turkey, members included" is one index range, and filters on type, quad
-- class and dates, profiles and dyad series are answered from it alone. sides: 1 source, 2 target.
-- day/day_last are the event's day_first/day_last, or -1000000 when it has no date at all; precision
-- is the date's; month is YYYY-MM when the date is day, week or month precise.
CREATE TABLE event_lineage (
  actor_key TEXT NOT NULL, day INTEGER NOT NULL,
  event INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  sides INTEGER NOT NULL, day_last INTEGER NOT NULL, type TEXT NOT NULL, quad_class TEXT NOT NULL,
  precision TEXT, month TEXT, goldstein REAL, incident INTEGER NOT NULL,
  PRIMARY KEY (actor_key, day, event)
) WITHOUT ROWID;
CREATE INDEX event_lineage_event ON event_lineage(event);

-- Incident candidate lookup: one row per (root actor, type, week bucket) an event's match window
-- covers, so a new report finds earlier reports by index, never by scanning events.
CREATE TABLE event_match_keys (
  root TEXT NOT NULL, type TEXT NOT NULL, bucket INTEGER NOT NULL,
  event INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  PRIMARY KEY (root, type, bucket, event)
) WITHOUT ROWID;
CREATE INDEX event_match_keys_event ON event_match_keys(event);

-- Evidence sentences by event seq (contentless: the text lives in event_details.evidence).
CREATE VIRTUAL TABLE event_text USING fts5(text, content = '', contentless_delete = 1);

CREATE TABLE rejections (
  origin TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY (origin, code)
);
CREATE INDEX rejections_at ON rejections(at);
`;

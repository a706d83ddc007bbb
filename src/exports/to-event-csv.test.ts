import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_CSV_COLUMNS, toEventCsv } from './to-event-csv.js';
import { buildEvent, collect, lookupOf } from './test-support.js';

/** A small RFC 4180 reader, to check that what the export writes reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  assert.equal(field + record.join(''), '', 'the last record ends with CRLF');
  return records;
}

const actors = lookupOf();
const column = (name: string): number => EVENT_CSV_COLUMNS.indexOf(name);

const reasons: string[] = ['plain', 'a, b', 'say "hi"', 'line one\nline two', 'windows\r\nbreak', '"', ''];

for (const reason of reasons) {
  test(`CSV round-trips the reason ${JSON.stringify(reason)}`, async () => {
    const records = parseCsv(await collect(toEventCsv([buildEvent({ reason })], actors)));
    assert.equal(records.length, 2);
    assert.deepEqual(records[0], [...EVENT_CSV_COLUMNS]);
    assert.equal(records[1]?.length, EVENT_CSV_COLUMNS.length);
    assert.equal(records[1]?.[column('reason')], reason);
  });
}

test('CSV flattens multi-actor sides into ;-joined keys and names, and empty values into empty fields', async () => {
  const event = buildEvent({ source: ['TUR.DEF', 'RUS.DEF', '~weird'], target: ['SYR.DEF'], attributedTo: [], location: null, goldstein: null, incident: null });
  const [, row] = parseCsv(await collect(toEventCsv([event], actors)));
  const get = (name: string): string | undefined => row?.[column(name)];
  assert.equal(get('source_keys'), 'TUR.DEF;RUS.DEF;~weird');
  assert.equal(get('source_names'), 'Turkish Defence Ministry;Russian Defence Ministry;Tom & "Jerry" <Co>, \'Ltd\'');
  assert.equal(get('target_names'), 'Syrian Defence Ministry');
  assert.equal(get('attributed_to_keys'), '');
  assert.equal(get('lat'), '');
  assert.equal(get('goldstein'), '');
  assert.equal(get('evidence'), 'The defence ministers met in Moscow.');
  assert.equal(get('trigger'), 'met');
  assert.equal(get('evidence_count'), '1');
});

test('CSV of no events is the header alone', async () => {
  assert.equal(await collect(toEventCsv([], actors)), `${EVENT_CSV_COLUMNS.join(',')}\r\n`);
});

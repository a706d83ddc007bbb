import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SitrepError, type EventRecord } from '../../domain/index.js';
import { createTestStore, runQuery } from './test-support.js';

describe('sitrep events (end to end, on a temporary store)', () => {
  let store: Awaited<ReturnType<typeof createTestStore>>;
  before(async () => { store = await createTestStore(); });
  after(() => store.remove());
  const ids = (jsonl: string): string[] => jsonl.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as EventRecord).id);

  test('on a terminal: a table of every event with actor names, fitting 120 columns, and a count', async () => {
    const { out } = await runQuery(['events', '--db', store.path], { isTTY: true });
    const lines = out.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^date +type +source -> target +place +modality +claimed by +outlet$/);
    assert.ok(out.includes('Hulusi Akar + Sergei Shoigu'), 'names, not keys');
    assert.equal(lines.at(-1), '7 of 7 events');
    for (const line of lines) assert.ok([...line].length <= 120, line);
  });

  const FILTERS: readonly [readonly string[], readonly string[]][] = [
    [['--actor', 'Türkiye', '--side', 'target'], ['wire-1#e2', 'wire-1#e3']],
    [['--actor', 'Akar'], ['reuters-1#e1']],
    [['--type', 'consult', '--from', '2022-12-29', '--to', '2022-12'], ['afp-1#e1']],
    [['--quad', 'material-conflict', '--country', 'syr'], ['afp-1#e2']],
    [['--modality', 'reported,threatened'], ['reuters-1#e2', 'wire-1#e2']],
    [['--actor-kind', 'armed-group', '--actor-country', 'SYR', '--outlet', 'Test Wire'], ['wire-1#e2']],
    [['--place', 'moscow'], ['reuters-1#e1']],
    [['--bbox', '30,35,40,45'], ['afp-1#e2', 'wire-1#e1']],
    [['--bbox', '30,50,40,60'], ['reuters-1#e1']],
    [['--text', 'struck positions'], ['afp-1#e2']],
    [['--article', 'wire-1', '--limit', '1', '--offset', '1'], ['wire-1#e2']],
  ];
  for (const [flags, expected] of FILTERS) {
    test(`off a terminal, JSON lines: ${flags.join(' ')}`, async () => {
      const { out } = await runQuery(['events', ...flags, '--db', store.path]);
      assert.deepEqual(ids(out), expected);
    });
  }

  test('--incident: every report of a merged incident', async () => {
    const meeting = JSON.parse((await runQuery(['events', '--article', 'reuters-1', '--type', 'consult', '--db', store.path])).out) as EventRecord;
    const { out } = await runQuery(['events', '--incident', meeting.incident ?? '', '--db', store.path]);
    assert.deepEqual(ids(out), ['reuters-1#e1', 'afp-1#e1']);
  });

  test('--format csv: the export CSV columns for the page', async () => {
    const { out } = await runQuery(['events', '--type', 'CONSULT', '--format', 'csv', '--db', store.path]);
    const lines = out.split('\r\n');
    assert.ok(lines[0]?.startsWith('id,article,outlet,published,date'));
    assert.equal(lines.length, 4, 'header, two events, and the end of the last line');
  });

  test('--format json: an array', async () => {
    const { out } = await runQuery(['events', '--format', 'json', '--limit', '2', '--db', store.path]);
    assert.equal((JSON.parse(out) as unknown[]).length, 2);
  });

  test('an unknown actor: no events, and a note that suggests a text search', async () => {
    const { out, err } = await runQuery(['events', '--actor', 'Atlantis', '--db', store.path], { isTTY: true });
    assert.equal(out, '0 of 0 events\n');
    assert.match(err, /^no actor is named "Atlantis".*sitrep events --text "Atlantis"\n$/);
    assert.equal((await runQuery(['events', '--actor', 'Turkey', '--from', '2030', '--db', store.path])).err, '', 'a known actor without events: no note');
  });

  const ERRORS: readonly [readonly string[], string][] = [
    [['--type', 'meet'], 'usage'],
    [['--format', 'xml'], 'usage'],
    [['--limit', '0'], 'usage'],
    [['--from', '2023-02-30'], 'input/date'],
  ];
  for (const [flags, code] of ERRORS) {
    test(`${flags.join(' ')}: fails with ${code}`, async () => {
      await assert.rejects(runQuery(['events', ...flags, '--db', store.path]), (err: unknown) => err instanceof SitrepError && err.code === code);
    });
  }

  test('a store that does not exist is not created', async () => {
    await assert.rejects(runQuery(['events', '--db', join(store.path, '..', 'missing.db')]), (err: unknown) => err instanceof SitrepError && err.code === 'input/unreadable');
  });
});

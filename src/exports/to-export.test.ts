import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_FORMATS, type ExportFormat } from './export-format.js';
import { toExport } from './to-export.js';
import { buildEvent, collect, lookupOf } from './test-support.js';

// Each format's output opens recognisably; the table must name every format.
const opening: Record<ExportFormat, RegExp> = {
  'plover-jsonl': /^\{"id":"a1#e1","type":"CONSULT"/,
  gdelt: /^\d+\t20221228\t202212\t2022\t/,
  csv: /^id,article,outlet,/,
  geojson: /^\{"type":"FeatureCollection","features":\[/,
  gexf: /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf /,
  graphml: /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /,
};

test('the dispatcher covers every format', () => {
  assert.deepEqual(Object.keys(opening).sort(), [...EXPORT_FORMATS].sort());
});

for (const format of EXPORT_FORMATS) {
  test(`toExport("${format}") streams that format`, async () => {
    assert.match(await collect(toExport(format, [buildEvent()], lookupOf())), opening[format]);
  });
}

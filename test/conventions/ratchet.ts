import { test } from 'node:test';
import assert from 'node:assert/strict';

/**
 * Registers a convention that does not hold everywhere yet: a new offender fails at once, while the
 * known offenders (listed in the test, each to be fixed in src/ or data/) make one `todo` test that
 * names them and passes once none is left. A known offender that has been fixed is reported so
 * that its entry can be removed.
 */
export function ratchet(name: string, findOffenders: () => readonly string[], known: readonly string[], fix: string): void {
  test(name, () => {
    const fresh = findOffenders().filter((o) => !known.includes(o));
    assert.deepEqual(fresh, [], `new offenders: ${fresh.join(', ')}. ${fix}`);
  });
  if (known.length === 0) return;
  test(`${name} (known gaps)`, { todo: `${known.length} known: ${known.join(', ')}. ${fix}` }, (t) => {
    const current = findOffenders();
    const fixed = known.filter((k) => !current.includes(k));
    if (fixed.length > 0) t.diagnostic(`fixed, remove from the known list of test/conventions.test.ts: ${fixed.join(', ')}`);
    assert.deepEqual(known.filter((k) => current.includes(k)), [], `still to fix: ${fix}`);
  });
}

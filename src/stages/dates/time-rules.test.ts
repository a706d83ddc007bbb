import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileTimeRules } from './compile-time-rules.js';
import { TIME_RULES } from './time-rules.js';

test('every time rule has a unique name and a description', () => {
  const names = TIME_RULES.map((rule) => rule.name);
  assert.equal(new Set(names).size, names.length);
  for (const rule of TIME_RULES) assert.ok(rule.description.length > 10, rule.name);
});

test('the scanner finds each rule at the group the compiled table says', () => {
  const compiled = compileTimeRules(TIME_RULES);
  const samples: Record<string, string> = {
    'decade': 'the 1990s', 'iso-date': '2020-05-09', 'slash-date': '5/9/2020', 'month-day': 'May 9, 2020',
    'day-month': '9 May 2020', 'month-year': 'December 2019', 'holiday': 'Christmas Day', 'casual-day': 'yesterday',
    'relative-period': 'last week', 'ago': 'two days ago', 'weekday': 'Monday', 'month': 'December', 'year': '2019',
  };
  for (const entry of compiled.rules) {
    const sample = samples[entry.rule.name];
    assert.ok(sample !== undefined, `no sample for rule ${entry.rule.name}`);
    compiled.scanner.lastIndex = 0;
    const match = compiled.scanner.exec(sample);
    assert.equal(match?.[entry.group], sample, entry.rule.name);
  }
});

test('no rule matches right after a word character, as the scanner assumes', () => {
  const samples = ['the 1990s', "the '90s", '2020-05-09', '5/9/2020', 'May 9, 2020', '9 May 2020', 'December 2019', 'Christmas Day',
    'yesterday', 'last week', 'two days ago', 'Monday', 'December', '2019', 'earlier in December', 'mid-November', 'the end of 1998'];
  for (const rule of TIME_RULES) {
    const alone = new RegExp(rule.pattern, 'y');
    for (const sample of samples) {
      alone.lastIndex = 1;
      assert.equal(alone.exec(`x${sample}`), null, `${rule.name} on "x${sample}"`);
    }
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../domain/index.js';
import { INPUT_PROBLEMS, InputFileError, type InputProblem } from './input-file-error.js';
import { toRecordError } from './to-record-error.js';

const problems = Object.keys(INPUT_PROBLEMS) as InputProblem[];

for (const problem of problems) {
  test(`toRecordError gives an InputFileError (${problem}) its diagnostic code`, () => {
    const error = new InputFileError(problem, 'why');
    assert.ok(error instanceof InputError);
    assert.equal(error.code, INPUT_PROBLEMS[problem].error);
    assert.deepEqual(toRecordError(error), { code: INPUT_PROBLEMS[problem].diagnostic, message: 'why' });
  });
}

const plain: [InputError, string][] = [
  [new InputError('input/unreadable', 'x'), INPUT_PROBLEMS.unreadable.diagnostic],
  [new InputError('input/format', 'x'), INPUT_PROBLEMS.malformed.diagnostic],
  [new InputError('input/empty', 'x'), 'article/empty'],
];

for (const [error, code] of plain) {
  test(`toRecordError maps a plain InputError ${error.code} to ${code}`, () => assert.equal(toRecordError(error).code, code));
}

const rethrown: [string, unknown][] = [
  ['a usage error', new InputError('usage', 'unknown format')],
  ['a bad date option', new InputError('input/date', 'bad date')],
  ['a bug', new TypeError('x is undefined')],
];

for (const [name, error] of rethrown) {
  test(`toRecordError rethrows ${name}`, () => assert.throws(() => toRecordError(error), (e: unknown) => e === error));
}

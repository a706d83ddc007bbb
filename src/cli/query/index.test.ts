import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { registerQueryCommands } from './index.js';
import { runQuery } from './test-support.js';

const COMMANDS = ['events', 'incidents', 'actor', 'dyad', 'article', 'rejects', 'stats', 'export'];

describe('registerQueryCommands', () => {
  const program = new Command('sitrep');
  registerQueryCommands(program);

  test('registers the eight query commands', () => assert.deepEqual(program.commands.map((c) => c.name()), COMMANDS));

  for (const command of program.commands) {
    test(`sitrep ${command.name()}: described, every option and argument documented, --db on it`, () => {
      assert.ok(command.description().length > 0);
      for (const o of command.options) assert.ok(o.description.length > 0, o.flags);
      for (const a of command.registeredArguments) assert.ok(a.description.length > 0, a.name());
      assert.ok(command.options.some((o) => o.long === '--db'));
    });

    test(`sitrep ${command.name()} --help: usage, description and examples`, async () => {
      const { out } = await runQuery([command.name(), '--help']);
      assert.match(out, new RegExp(`^Usage: sitrep ${command.name()} `, 'm'));
      assert.ok(out.includes(command.description()));
      assert.ok(out.includes('Examples:\n  sitrep '));
    });
  }
});

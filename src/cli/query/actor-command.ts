import type { Command } from 'commander';
import { SitrepError } from '../../domain/index.js';
import { createActorCache } from './create-actor-cache.js';
import { formatActorProfile } from './format-actor-profile.js';
import { parseChoiceOption } from './parse-option-values.js';
import type { QueryIo } from './query-io.js';
import { resolveActor } from './resolve-actor.js';
import { addStoreOption, withStore } from './with-store.js';

const FORMATS = ['text', 'json'] as const;

const EXAMPLES = `
Examples:
  sitrep actor Turkey
  sitrep actor Hulusi Akar
  sitrep actor TUR.DEF --format json
  sitrep actor "~textile merchants"      (a guessed actor, by its key)`;

/** `sitrep actor NAME`: who an actor is, its events by month and type, its main partners and adversaries. */
export function registerActor(program: Command, io: QueryIo): void {
  const command = program
    .command('actor')
    .description('show an actor: who it is, its events by month and type, partners, adversaries')
    .argument('<name...>', 'name, alias or key of the actor (Turkey, Türkiye, TUR); several words are one name')
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: text on a terminal, else json)`);
  addStoreOption(command)
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], opts: { format?: string; db?: string }) => {
      const format = opts.format === undefined ? (io.isTTY ? 'text' : 'json') : parseChoiceOption('--format', opts.format, FORMATS);
      await withStore(opts.db, async (store) => {
        const actor = await resolveActor(store, words.join(' '));
        const profile = await store.actorProfile(actor.key);
        // findActors just returned it; only a concurrent change to the store could lose it.
        if (!profile) throw new SitrepError('internal', `actor ${actor.key} was found but has no profile`);
        if (format === 'json') {
          io.out.write(`${JSON.stringify(profile, null, 2)}\n`);
        } else {
          const actors = createActorCache(store);
          await actors.load(actor.memberOf);
          io.out.write(`${formatActorProfile(profile, actors.nameOf, io.columns)}\n`);
        }
      });
    });
}

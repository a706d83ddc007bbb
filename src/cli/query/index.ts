import type { Command } from 'commander';
import { registerActor } from './actor-command.js';
import { registerArticle } from './article-command.js';
import { registerDyad } from './dyad-command.js';
import { registerEvents } from './events-command.js';
import { registerExport } from './export-command.js';
import { registerIncidents } from './incidents-command.js';
import { createProcessIo, type QueryIo } from './query-io.js';
import { registerRejects } from './rejects-command.js';
import { registerStats } from './stats-command.js';

/**
 * Registers the commands that read the event store: events, incidents, actor, dyad, article,
 * rejects, stats and export. `io` defaults to the process's standard output and error.
 */
export function registerQueryCommands(program: Command, io: QueryIo = createProcessIo()): void {
  registerEvents(program, io);
  registerIncidents(program, io);
  registerActor(program, io);
  registerDyad(program, io);
  registerArticle(program, io);
  registerRejects(program, io);
  registerStats(program, io);
  registerExport(program, io);
}

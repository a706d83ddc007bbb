#!/usr/bin/env node
import { CommanderError } from 'commander';
import { SitrepError } from '../domain/index.js';
import { EXIT_CODES } from './exit-codes.js';
import { createProgram } from './program.js';

/** The `sitrep` binary: runs the command and maps errors to one-line messages and exit codes. */
async function main(): Promise<void> {
  // "sitrep events | head": a reader that stops early is no error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); else throw err; });
  try {
    await createProgram().parseAsync(process.argv);
  } catch (err) {
    process.exitCode = exitCodeOf(err);
  }
}

function exitCodeOf(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_CODES.usage;
  if (err instanceof SitrepError) {
    process.stderr.write(`sitrep: ${err.message}\n`);
    return EXIT_CODES[err.code];
  }
  process.stderr.write(`sitrep: internal error (please report it): ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  return EXIT_CODES.internal;
}

await main();

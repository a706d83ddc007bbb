import { Command } from 'commander';
import { SITREP_VERSION } from '../app/index.js';
import { registerExtract } from './extract-command.js';
import { registerIngest } from './ingest-command.js';
import { registerRecode } from './recode-command.js';
import { registerReport } from './report-command.js';
import { registerQueryCommands } from './query/index.js';

/** Builds the `sitrep` command with every subcommand. */
export function createProgram(): Command {
  const program = new Command('sitrep')
    .description('turn news articles into structured, verifiable event data about political actors')
    .version(SITREP_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerRecode(program);
  registerReport(program);
  registerQueryCommands(program);
  return program;
}

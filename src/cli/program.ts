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
    .option('--config <file>', 'config file with extra knowledge-base folders (data) and the store (db); default: sitrep.config.yaml|yml|json here')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  // the config file named on the command line is the one every command (and defaultStorePath) reads
  program.hook('preAction', (cmd) => {
    const file = cmd.opts<{ config?: string }>().config;
    if (file) process.env['SITREP_CONFIG'] = file;
  });
  registerExtract(program);
  registerIngest(program);
  registerRecode(program);
  registerReport(program);
  registerQueryCommands(program);
  return program;
}

import type { Command } from 'commander';
import { InputError } from '../../domain/index.js';
import { formatArticleText } from './format-article-text.js';
import { parseChoiceOption } from './parse-option-values.js';
import type { QueryIo } from './query-io.js';
import { addStoreOption, withStore } from './with-store.js';

const FORMATS = ['text', 'json'] as const;

const EXAMPLES = `
Examples:
  sitrep article reuters-2023-01-02-turkey-syria
  sitrep article 3f1c9a0b --format json | jq .text
  sitrep events --actor Akar --format jsonl | jq -r .article      (article ids)`;

/** `sitrep article ID`: one stored article with everything extracted from it. */
export function registerArticle(program: Command, io: QueryIo): void {
  const command = program
    .command('article')
    .description('show a stored article: actors, events with their evidence, quotes, diagnostics')
    .argument('<id>', 'article id, as events show it in their "article" field')
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default: text on a terminal, else json)`);
  addStoreOption(command)
    .addHelpText('after', EXAMPLES)
    .action(async (id: string, opts: { format?: string; db?: string }) => {
      const format = opts.format === undefined ? (io.isTTY ? 'text' : 'json') : parseChoiceOption('--format', opts.format, FORMATS);
      await withStore(opts.db, async (store) => {
        const view = await store.getArticle(id);
        if (!view) throw new InputError('usage', `no article "${id}" in the store; article ids are in the "article" field of \`sitrep events --format jsonl\``);
        io.out.write(format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : `${formatArticleText(view, io.columns)}\n`);
      });
    });
}

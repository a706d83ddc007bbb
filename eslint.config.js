// Lint: typescript-eslint's recommended rules plus import boundaries, so that dependencies point
// inward: edges (cli, api) -> app -> (pipeline, stages, storage, dictionaries, sources) -> domain.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: why })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'scratch/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  restrict(['src/domain/**'], ['**/dictionaries/**', '**/sources/**', '**/pipeline/**', '**/stages/**', '**/storage/**', '**/exports/**', '**/app/**', '**/cli/**', '**/api/**'],
    'the domain imports nothing else from sitrep'),
  restrict(['src/dictionaries/**', 'src/sources/**', 'src/pipeline/**'], ['**/stages/**', '**/storage/**', '**/app/**', '**/cli/**', '**/api/**'],
    'dictionaries, sources and pipeline may import only the domain (and dictionaries their own files)'),
  restrict(['src/stages/**'], ['**/storage/**', '**/app/**', '**/cli/**', '**/api/**', '**/sources/**'],
    'stages never import storage, config, sources or the edges: their resources are passed in'),
  restrict(['src/storage/**', 'src/exports/**'], ['**/stages/**', '**/app/**', '**/cli/**', '**/api/**', '**/dictionaries/**', '**/sources/**', '**/pipeline/**'],
    'storage and exports may import only the domain'),
  restrict(['src/app/**'], ['**/cli/**', '**/api/**'], 'use-cases never import the edges'),
);

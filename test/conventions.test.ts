import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { DEFAULT_DATA_DIR } from '../src/app/index.js';
import { createProgram } from '../src/cli/program.js';
import { EXIT_CODES } from '../src/cli/exit-codes.js';
import { DIAGNOSTIC_CODES } from '../src/domain/diagnostic-codes.js';
import { ERROR_CODES } from '../src/domain/errors.js';
import { createPipeline } from '../src/pipeline/index.js';
import { createStages } from '../src/stages/index.js';
import { loadDataRecordingReads } from './conventions/load-data-recording-reads.js';
import { ratchet } from './conventions/ratchet.js';

// Meta-tests: the conventions of STYLE.md ("Meta-tests") checked over the whole repository, so that
// a new stage, code, data file or command cannot forget them. Conventions that do not hold
// everywhere yet are ratchets: a new offender fails, the known ones are one `todo` test each.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DATA = DEFAULT_DATA_DIR;
const rel = (path: string): string => relative(ROOT, path).split('\\').join('/');

/**
 * Folders under src/ known to lack a README.md when this test was written (some were being built
 * then); remove an entry when its README is written.
 */
const KNOWN_MISSING_README: readonly string[] = [];
/** Non-test src/ files known to be longer than MAX_LINES (none when this test was written). */
const KNOWN_LONG_FILES: readonly string[] = [];
/** Catalogued codes that nothing in src/ emits or throws yet; remove an entry when it is used. */
const KNOWN_UNUSED_CODES: readonly string[] = [];
const MAX_LINES = 300;

describe('stages: src/stages/index.ts lists every stage folder, in run order, each named after its folder', () => {
  const index = readSource('src/stages/index.ts');
  // `import { createActorsStage } from './actors/actors-stage.js';` -> factory, folder, file
  const imports = [...index.matchAll(/import \{ (create\w+Stage) \} from '\.\/([\w-]+)\/([\w-]+)\.js';/g)]
    .map(([, factory = '', folder = '', file = '']) => ({ factory, folder, file }));
  const body = /createStages\([^)]*\)[^{]*\{([\s\S]*?)\n\}/.exec(index)?.[1] ?? '';
  const order = [...body.matchAll(/(create\w+Stage)\(/g)].map((m) => imports.find((i) => i.factory === m[1])?.folder ?? `?${m[1]}`);
  const folders = readdirSync(join(SRC, 'stages')).filter((f) => statSync(join(SRC, 'stages', f)).isDirectory()).sort();

  test('createStages calls one imported factory per stage folder', () => {
    assert.ok(order.length > 0, 'found no create*Stage call in createStages (has src/stages/index.ts changed shape?)');
    assert.deepEqual([...order].sort(), folders, 'every folder of src/stages/ has its stage in createStages, and nothing else is listed');
  });

  test('each stage is created at runtime with the name of its folder, a version, and the pipeline accepts them', () => {
    const { kb, lexicon, gazetteer } = loadDataRecordingReads(DATA);
    const stages = createStages({ kb, lexicon, gazetteer, nlp: winkNLP(model, ['sbd', 'pos']) });
    assert.deepEqual(stages.map((s) => s.name), order, 'stage names, in run order, equal the folders their factories come from');
    for (const s of stages) assert.ok(/^\d+(\.\d+)*$/.test(s.version), `stage ${s.name} has version "${s.version}"; expected 1, 2, 1.1...`);
    assert.doesNotThrow(() => createPipeline(stages));
  });

  for (const { factory, folder, file } of imports) {
    test(`stages/${folder}: the factory ${factory} lives in ${folder}/${folder}-stage.ts`, () => {
      assert.equal(file, `${folder}-stage`);
      assert.equal(factory, `create${folder.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase())}Stage`);
    });
  }
});

describe('codes: every diagnostic and error code is unique, well formed and described', () => {
  const catalogues = [
    { file: 'src/domain/diagnostic-codes.ts', name: 'DIAGNOSTIC_CODES', codes: DIAGNOSTIC_CODES as Readonly<Record<string, string>> },
    { file: 'src/domain/errors.ts', name: 'ERROR_CODES', codes: ERROR_CODES as Readonly<Record<string, string>> },
  ];
  for (const { file, name, codes } of catalogues) {
    test(`${file}: ${name} declares each code once (in the source: an object literal keeps only the last)`, () => {
      const literal = new RegExp(`export const ${name} = \\{([\\s\\S]*?)\\n\\} as const;`).exec(readSource(file))?.[1];
      assert.ok(literal, `${file} no longer declares "export const ${name} = { ... } as const;"; update this test`);
      const keys = [...literal.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1] ?? '');
      const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
      assert.deepEqual(twice, [], `codes declared twice in ${file}`);
      assert.deepEqual([...keys].sort(), Object.keys(codes).sort(), `every key of ${name} is read from its source`);
    });
    for (const [code, description] of Object.entries(codes)) {
      test(`${name} ${code}: well formed and described by a sentence`, () => {
        assert.match(code, /^[a-z]+(\/[a-z]+(-[a-z]+)*)?$/, 'codes are `area/kebab-name` or one lower-case word');
        assert.match(description, /^[A-Z].{9,}\.$/, 'a description is a sentence: capital letter, at least 10 characters, final period');
      });
    }
  }

  test('no code is both a diagnostic code and an error code', () => {
    assert.deepEqual(Object.keys(DIAGNOSTIC_CODES).filter((c) => Object.hasOwn(ERROR_CODES, c)), []);
  });

  test('every error code has a CLI exit status (src/cli/exit-codes.ts)', () => {
    assert.deepEqual(Object.keys(EXIT_CODES).sort(), Object.keys(ERROR_CODES).sort());
    for (const [code, status] of Object.entries(EXIT_CODES)) assert.ok(Number.isInteger(status) && status > 1 && status < 126, `${code} exits with ${status}`);
  });

  const declaring = new Set(['src/domain/diagnostic-codes.ts', 'src/domain/errors.ts', 'src/cli/exit-codes.ts']);
  const sources = walk(SRC).filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts') && !declaring.has(rel(p))).map((p) => readFileSync(p, 'utf8'));
  ratchet('every catalogued code is emitted or thrown somewhere in src/',
    () => [...Object.keys(DIAGNOSTIC_CODES), ...Object.keys(ERROR_CODES)].filter((c) => !sources.some((s) => ["'", '"', '`'].some((q) => s.includes(`${q}${c}${q}`)))),
    KNOWN_UNUSED_CODES,
    'emit the diagnostic where its situation arises (event/no-actor: the events stage, when a trigger finds no actor) or keep the code for the feature it was reserved for (config/invalid: config files; store/unavailable: the event store)');
});

describe('data: every data file loads, validates, is read by a loader and is documented', () => {
  test('loadKnowledgeBase, loadEventLexicon and loadGazetteer load data/ without error and find records', (t) => {
    const { kb, lexicon, gazetteer } = loadDataRecordingReads(DATA);
    t.diagnostic(`${kb.entries.size} knowledge-base entries, ${lexicon.rules.length} lexicon rules, ${gazetteer.size} gazetteer entries`);
    assert.ok(kb.entries.size > 0 && kb.countries.size > 0, 'the knowledge base is empty');
    assert.ok(lexicon.rules.length > 0 && lexicon.cues.length > 0, 'the event lexicon has no rules or no modality cues');
    assert.ok(gazetteer.size > 0, 'the gazetteer is empty');
  });

  const dataFiles = walk(DATA).filter((p) => !p.endsWith('README.md'));
  test('every file under data/ (but READMEs) is read by one of the loaders, so it is validated', () => {
    const { read } = loadDataRecordingReads(DATA);
    const unread = dataFiles.filter((p) => !read.has(resolve(p))).map(rel);
    assert.deepEqual(unread, [], 'these data files are read by no loader: wire them into src/dictionaries or remove them');
  });

  const readmes = walk(DATA).filter((p) => p.endsWith('README.md'));
  // `countries.tsv`, `organisations/*.tsv`, `### modality.tsv`: the .tsv files a README names, as globs
  // relative to its folder; `test/lexicon/<file>.tests.tsv` points outside data/ and is left out.
  const documented = readmes.flatMap((readme) => [...readFileSync(readme, 'utf8').matchAll(/[\w./*<>-]+\.tsv\b/g)]
    .map((m) => m[0]).filter((g) => !/^(\.\.\/|test\/)/.test(g) && !/[<>]/.test(g))
    .map((glob) => ({ readme: rel(readme), glob, re: toGlobRegExp(rel(join(readme, '..', glob))) })));

  test('every .tsv under data/ is named in data/README.md or its folder README (directly or by a glob)', () => {
    const undocumented = dataFiles.filter((p) => p.endsWith('.tsv')).map(rel).filter((f) => !documented.some((d) => d.re.test(f)));
    assert.deepEqual(undocumented, [], 'document these files (columns and editing rules) in data/README.md');
  });

  test('every .tsv that a data README names exists', () => {
    const files = dataFiles.map(rel);
    const stale = documented.filter((d) => !files.some((f) => d.re.test(f))).map((d) => `${d.readme}: ${d.glob}`);
    assert.deepEqual(stale, [], 'these READMEs describe files that are gone');
  });
});

describe('cli: every command of src/cli/program.ts is described and answers --help', { concurrency: true }, () => {
  const program = createProgram();
  const commands = [{ path: [] as string[], command: program }, ...program.commands.map((c) => ({ path: [c.name()], command: c }))];

  test('the program registers at least one command', () => assert.ok(program.commands.length > 0));

  for (const { path, command } of commands) {
    const name = ['sitrep', ...path].join(' ');
    test(`${name}: has a description, and so do its options and arguments`, () => {
      assert.ok(command.description().trim().length > 0, `${name} has no description`);
      for (const o of command.options) assert.ok(o.description.trim().length > 0, `${name} ${o.flags} has no description`);
      for (const a of command.registeredArguments) assert.ok(a.description.trim().length > 0, `${name} <${a.name()}> has no description`);
    });

    test(`${name} --help: exits 0 and prints its usage`, async () => {
      const run = await runCli([...path, '--help']);
      assert.equal(run.status, 0, `exit status ${run.status}; stderr: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`^Usage: ${name}\\b`, 'm'));
      // commander wraps long lines to the terminal width
      const words = (x: string): string => x.replace(/\s+/g, ' ');
      assert.ok(words(run.stdout).includes(words(command.description())), 'the help shows the command\'s description');
    });
  }
});

describe('src layout: READMEs and file sizes', () => {
  const folders = walk(SRC, true).filter((p) => statSync(p).isDirectory());
  ratchet('every folder under src/ has a README.md', () => folders.filter((f) => !existsSync(join(f, 'README.md'))).map(rel),
    KNOWN_MISSING_README, 'write a README of a few lines in each: its purpose and what it may import (STYLE.md)');

  const files = walk(SRC).filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts'));
  ratchet(`every non-test src/**/*.ts file has at most ${MAX_LINES} lines`, () => files.filter((f) => lineCount(f) > MAX_LINES).map(rel),
    KNOWN_LONG_FILES, 'split the file by what its parts do (STYLE.md: a file past 300 lines is a sign to split)');
});

/** Every file under `dir` (and every folder too when `withFolders`), sorted. */
function walk(dir: string, withFolders = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? [...(withFolders ? [path] : []), ...walk(path, withFolders)] : [path];
  });
}

function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Runs `sitrep ARGS` from src/ through tsx, as a user would run the binary. */
function runCli(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, timeout: 60_000 });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.once('error', fail);
    child.once('close', (status) => done({ status, stdout, stderr }));
  });
}

function lineCount(path: string): number {
  return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;
}

/** `data/organisations/*.tsv` -> a RegExp matching `data/organisations/state-bodies.tsv`. */
function toGlobRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
}

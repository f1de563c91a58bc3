// `npm run test:mutation [-- [--modules FILE] [name…]]`: StrykerJS over the modules where a bug
// changes a clinical answer (test/mutation/modules.json), one run per module so each mutant is
// tried only against the few test files that exercise it. Prints the score per module; a tree
// that does not build, a module list naming a missing file, a failing suite or no mutant at all
// is a clear message and exit 2, never a score.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = process.cwd();

function fail(message) {
  process.stderr.write(`test:mutation: ${message}\n`);
  process.exit(2);
}

const USAGE = `Usage: npm run test:mutation [-- [--modules FILE] [name…]]

Runs StrykerJS over each module of FILE (default test/mutation/modules.json; test/mutation/parts.json
holds the parts of the larger modules), or only the modules named, and prints each one's score.
`;
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { modules: { type: 'string', default: 'test/mutation/modules.json' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (e) {
  fail(`${e.message.split('. ')[0]}\n\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

/** The module list, every file it names checked to exist (a `file:10-20` range names `file`). */
function readModules(file) {
  if (!existsSync(file)) fail(`${file}: no such module list`);
  let modules;
  try {
    modules = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file}: not valid JSON (${e.message})`);
  }
  const missing = [];
  for (const [name, m] of Object.entries(modules)) {
    if (!Array.isArray(m.mutate) || !m.mutate.length) fail(`${file}: module '${name}' lists no file to mutate`);
    if (!Array.isArray(m.tests) || !m.tests.length) fail(`${file}: module '${name}' lists no test file`);
    for (const entry of [...m.mutate, ...m.tests]) {
      const path = entry.replace(/:\d+-\d+$/, '');
      // Files are named one by one: a pattern that matches nothing would make no mutant, silently.
      if (/[*?{[]/.test(path)) missing.push(`module '${name}' names ${path}: name each file, not a pattern`);
      else if (!existsSync(resolve(root, path))) missing.push(`module '${name}' names ${path}, which does not exist`);
    }
  }
  if (missing.length) fail(`${file}:\n  ${missing.join('\n  ')}`);
  return modules;
}

const modules = readModules(values.modules);
for (const name of positionals) if (!modules[name]) fail(`no module '${name}' in ${values.modules} (there are: ${Object.keys(modules).join(', ')})`);
const chosen = positionals.length ? positionals : Object.keys(modules);

// Stryker rebuilds this same bundle in its sandbox; a tree that does not build would make every
// mutant "killed" by a build that fails, so it is refused before any mutant is made.
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) fail(`the tree does not build (node esbuild.mjs exited ${build.status}); fix it before mutating:\n${build.stderr}`);

// The property tests run with one seed and a third of their runs: the same mutants are
// killed on every run of this script, in minutes (FC_SEED / FC_RUNS set outside still win).
process.env.FC_SEED ??= '20261206';
process.env.FC_RUNS ??= '0.3';

const { Stryker } = await import('@stryker-mutator/core');

/** Killed (or timed out) over every mutant that ran or had no test; null when there is none. */
function score(results) {
  const count = (...statuses) => results.filter((r) => statuses.includes(r.status)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived', 'NoCoverage');
  const valid = killed + survived;
  return { killed, survived, invalid: count('CompileError', 'RuntimeError'), valid, percent: valid ? (100 * killed) / valid : null };
}

const summary = [];
for (const name of chosen) {
  const m = modules[name];
  process.stdout.write(`\n== ${name}: ${m.about}\n`);
  const stryker = new Stryker({
    testRunner: 'tap',
    plugins: ['@stryker-mutator/tap-runner'],
    tap: { testFiles: m.tests, forceBail: true },
    mutate: m.mutate,
    buildCommand: 'node esbuild.mjs',
    coverageAnalysis: m.coverage ?? 'perTest',
    // Two cores are shared by every engineer on the machine.
    concurrency: 1,
    ignorePatterns: ['reports', 'test/e2e/.cache', '.vscode-test', '*.vsix'],
    reporters: ['html', 'json', 'clear-text', 'progress'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    incremental: true,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    tempDirName: `.stryker-tmp/${name}`,
    timeoutMS: 20000,
    logLevel: 'warn',
    allowEmpty: false,
  });
  let results;
  try {
    results = await stryker.runMutationTest();
  } catch (e) {
    fail(`module '${name}': Stryker stopped without a score: ${e.message}`);
  }
  const s = score(results);
  if (s.percent === null) fail(`module '${name}': no mutant was made or tested (${results.length} results); that is no score`);
  summary.push({ name, ...s });
  for (const r of results.filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')) {
    // Stryker's report locations count both lines and columns from 1.
    process.stdout.write(`  survived: ${r.fileName}:${r.location.start.line}:${r.location.start.column} ${r.mutatorName} → ${JSON.stringify(r.replacement)}\n`);
  }
}

process.stdout.write('\nmodule      killed  survived  score\n');
for (const s of summary) {
  process.stdout.write(`${s.name.padEnd(10)}  ${String(s.killed).padStart(6)}  ${String(s.survived).padStart(8)}  ${s.percent.toFixed(1)}%\n`);
}
process.stdout.write(`HTML reports: reports/mutation/<module>.html\n`);

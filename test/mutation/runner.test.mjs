// `npm run test:mutation` refuses bad input with a clear message and exit 2, before any mutant
// is made: a module list naming a file that does not exist, an unknown module, a tree that does
// not build. (The mutation run itself is slow and reported in docs/testing.md, not gated here.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runner = join(root, 'test/mutation/run.mjs');
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'reimage-mutation-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function mutation(args, cwd = root) {
  const r = spawnSync(process.execPath, [runner, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a module list naming a missing file: every missing file named, exit 2, no score', () => {
  const list = join(dir, 'modules.json');
  writeFileSync(
    list,
    JSON.stringify({
      evaluate: {
        about: 'x',
        mutate: ['server/src/core/evaluate/evaluate-case.ts', 'server/src/core/evaluate/no-such-file.ts'],
        tests: ['test/core/evaluate.test.mjs'],
      },
      cli: { about: 'x', mutate: ['server/src/cli/main.ts:1-10'], tests: ['test/cli/gone.test.mjs'] },
    }),
  );
  const r = mutation(['--modules', list]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    `test:mutation: ${list}:\n  module 'evaluate' names server/src/core/evaluate/no-such-file.ts, which does not exist\n  module 'cli' names test/cli/gone.test.mjs, which does not exist\n`,
  );
});

test('an unknown module or module list: named, exit 2', () => {
  const unknown = mutation(['evaluation']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^test:mutation: no module 'evaluation' in test\/mutation\/modules\.json \(there are: evaluate, /);
  const missing = mutation(['--modules', join(dir, 'nope.json')]);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, `test:mutation: ${join(dir, 'nope.json')}: no such module list\n`);
});

test('--help prints the usage; an unknown option is named with the usage, exit 2, no stack trace', () => {
  const help = mutation(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: npm run test:mutation \[-- \[--modules FILE\] \[name…\]\]\n/);
  const bogus = mutation(['--bogus']);
  assert.equal(bogus.status, 2);
  assert.match(bogus.stderr, /^test:mutation: Unknown option '--bogus'\n\nUsage: /);
  assert.doesNotMatch(bogus.stderr, /^ {4}at /m);
});

test('the shipped module list names only files that exist', () => {
  const modules = JSON.parse(readFileSync(join(root, 'test/mutation/modules.json'), 'utf8'));
  for (const [name, m] of Object.entries(modules)) {
    for (const file of [...m.mutate, ...m.tests].map((f) => f.replace(/:\d+-\d+$/, ''))) {
      assert.doesNotThrow(() => readFileSync(join(root, file)), `${name}: ${file}`);
    }
  }
});

test('a tree that does not build: the build error, exit 2, no score', () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'server/src/cli'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
  writeFileSync(join(tree, 'esbuild.mjs'), readFileSync(join(root, 'esbuild.mjs')));
  writeFileSync(join(tree, 'server/src/cli/main.ts'), 'export const = 1;\n');
  writeFileSync(join(tree, 'cli.test.mjs'), '');
  writeFileSync(join(tree, 'modules.json'), JSON.stringify({ cli: { about: 'x', mutate: ['server/src/cli/main.ts'], tests: ['cli.test.mjs'] } }));
  const r = mutation(['--modules', 'modules.json'], tree);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^test:mutation: the tree does not build \(node esbuild\.mjs exited 1\); fix it before mutating:\n/);
  assert.match(r.stderr, /server\/src\/cli\/main\.ts:1:\d+: ERROR/);
});

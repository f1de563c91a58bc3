// The layering of docs/architecture.md, checked on the sources: each layer imports only what
// its row allows. A new kind of import between layers is a design change — update the doc and
// this table together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir) {
  assert.ok(existsSync(join(ROOT, dir)), `${dir} exists`);
  return readdirSync(join(ROOT, dir), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

function importsOf(file) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

/** What a layer's files may import: relative paths inside the layer, plus these. */
const LAYERS = [
  { dir: 'server/src/core', allow: [/^yaml$/, /^ajv(\/|$)/, /^date-fns$/, /^\.\.?\//], within: ['server/src/core', 'schemas', 'package.json'] },
  // Node services both shells share (reading git; finding files; reading DICOM headers from files,
  // zips and DICOMweb with dicom-parser and yauzl): Node's modules and the core, nothing of either shell.
  {
    dir: 'server/src/node',
    allow: [/^node:(child_process|os|fs|fs\/promises|path|v8|vm)$/, /^dicom-parser$/, /^yauzl$/, /^\.\.?\//],
    within: ['server/src/node', 'server/src/core'],
  },
  // v8 and vm: main.ts turns on V8's collector for the server process.
  {
    dir: 'server/src/lsp',
    allow: [
      /^vscode-languageserver(\/node)?$/,
      /^vscode-languageserver-textdocument$/,
      /^vscode-jsonrpc/,
      /^node:(fs|path|url|fs\/promises|v8|vm)$/,
      /^\.\.?\//,
    ],
    within: ['server/src/lsp', 'server/src/core', 'server/src/node'],
  },
  {
    dir: 'server/src/cli',
    allow: [/^node:(fs|path|url|util|os|worker_threads)$/, /^\.\.?\//],
    within: ['server/src/cli', 'server/src/core', 'server/src/node', 'package.json'],
  },
  { dir: 'client/src', allow: [/^vscode$/, /^vscode-languageclient(\/node)?$/, /^node:path$/, /^\.\.?\//], within: ['client/src', 'server/src/lsp/ext.ts'] },
];

for (const layer of LAYERS) {
  test(`${layer.dir} imports only what its layer allows`, () => {
    const wrong = [];
    for (const file of sources(layer.dir)) {
      for (const spec of importsOf(file)) {
        if (!layer.allow.some((re) => re.test(spec))) {
          wrong.push(`${file}: ${spec}`);
          continue;
        }
        if (spec.startsWith('.')) {
          const target = relative(ROOT, join(ROOT, file, '..', spec));
          if (!layer.within.some((w) => target === w || target.startsWith(w + '/') || target.startsWith(w.replace(/\.ts$/, ''))))
            wrong.push(`${file}: ${spec} → ${target}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
}

test('the core reads no clock, environment or process', () => {
  const wrong = [];
  for (const file of sources('server/src/core')) {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$/gm, '');
    for (const [pattern, what] of [
      [/\bDate\.now\(/, 'Date.now()'],
      [/new Date\(\s*\)/, 'new Date()'],
      [/\bprocess\./, 'process'],
      [/\bconsole\./, 'console'],
    ]) {
      if (pattern.test(text)) wrong.push(`${file}: ${what}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the client neither watches files nor computes CodeLens: the server registers the watchers and provides the lenses', () => {
  const wrong = [];
  for (const file of sources('client/src')) {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$/gm, '');
    for (const [pattern, what] of [
      [/createFileSystemWatcher\(/, 'a file watcher'],
      [/fileEvents\s*:/, 'synchronize.fileEvents'],
      [/registerCodeLensProvider\(/, 'a CodeLens provider'],
    ]) {
      if (pattern.test(text)) wrong.push(`${file}: ${what}`);
    }
  }
  assert.deepEqual(wrong, []);
});

/** The source file a relative import names (`./x` → `x.ts` or `x/index.ts`), or null. */
function resolveImport(file, spec) {
  const base = join(file, '..', spec);
  return [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(join(ROOT, p))) ?? null;
}

/** Every cycle of imports (type-only ones too: they tie the files together just the same), each as a path a → … → a. */
function importCycles(dirs) {
  const graph = new Map();
  for (const file of dirs.flatMap(sources)) {
    graph.set(
      file,
      importsOf(file)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolveImport(file, s))
        .filter(Boolean),
    );
  }
  const cycles = [];
  const state = new Map(); // file → 'open' while on the path, 'done' after
  const path = [];
  const visit = (file) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

test('no module imports itself through others (no import cycles) in the server, the CLI or the client', () => {
  assert.deepEqual(importCycles(['server/src', 'client/src']), []);
});

test('the cycle finder finds a cycle of type-only imports', () => {
  // Two files of a temporary tree under the repository, so the same resolution applies.
  const dir = join(ROOT, 'test', '.cycle-probe');
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B;\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a';\nexport type B = A | 1;\n");
    assert.deepEqual(importCycles(['test/.cycle-probe']), ['test/.cycle-probe/a.ts → test/.cycle-probe/b.ts → test/.cycle-probe/a.ts']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

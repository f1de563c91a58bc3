// One tree, three readers: `reimage validate`, the language server and `reimage diff` (from the
// working tree and from a commit) find the same protocol and case files — none under a hidden
// folder or one of the folders every reader skips (node_modules, dist, out, test-results), no
// hidden file, no file of another kind. Every file has a syntax error, so each reader names each
// file it read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git } from '../helpers/git-repo.mjs';
import { root, startInProcess, workspaceFolder } from './harness.mjs';

const BROKEN = { protocol: 'protocol: [unclosed\n', case: 'case: [unclosed\n' };
const kindOf = (path) => (/protocol/i.test(path) ? 'protocol' : 'case');

/** What every reader finds, written out by hand. */
const FOUND = ['a.protocol.yaml', 'deep/er/D.Case.Yaml', 'protocols/b.protocol.yml', 'protocols/cases/c.case.yaml'];
const SKIPPED = [
  'node_modules/n.protocol.yaml',
  'dist/d.protocol.yaml',
  'out/o.case.yaml',
  'test-results/t.case.yaml',
  'protocols/node_modules/nested.case.yaml',
  'deep/out/nested.protocol.yaml',
  '.hidden/h.protocol.yaml',
  '.h.case.yaml',
];

function reimage(cwd, args) {
  return spawnSync(process.execPath, [join(root, 'bin', 'reimage.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** The files named at the start of `file:line:col: error` lines. */
function filesIn(output) {
  return [...new Set([...output.matchAll(/^(.+?):\d+:\d+: error /gm)].map((m) => m[1]))].sort();
}

test('the CLI, the language server and reimage diff find the same files in a tree with every skipped folder', async () => {
  const files = { 'notes.yaml': 'protocol: not-a-reimage-file\n', 'README.md': '# not read\n' };
  for (const path of [...FOUND, ...SKIPPED]) files[path] = BROKEN[kindOf(path)];
  const ws = workspaceFolder(files);

  const validate = reimage(ws.dir, ['validate', '.']);
  assert.equal(validate.status, 2);
  assert.deepEqual(filesIn(validate.stdout), FOUND, 'reimage validate');

  const client = await startInProcess([ws.uri]);
  const summary = await client.request('reimage/validateWorkspace', {});
  assert.equal(summary.files, FOUND.length, 'the server read as many files');
  for (const path of FOUND) await client.diagnosticsWhere(ws.fileUri(path), (list) => list.length > 0, path);
  const published = [...client.published.keys()].map((uri) => fileURLToPath(uri).slice(ws.dir.length + 1)).sort();
  assert.deepEqual(published, FOUND, 'the language server');
  await client.shutdown();

  git(ws.dir, 'init', '-q');
  git(ws.dir, 'add', '-A', '-f');
  git(ws.dir, 'commit', '-q', '-m', 'the tree');
  const fromWorkingTree = reimage(ws.dir, ['diff', '--paths', '.']);
  assert.deepEqual(filesIn(fromWorkingTree.stderr), FOUND, 'reimage diff (working tree)');
  const fromCommit = reimage(ws.dir, ['diff', 'HEAD', 'HEAD', '--paths', '.']);
  assert.deepEqual(filesIn(fromCommit.stderr), FOUND, 'reimage diff (git listing)');
});

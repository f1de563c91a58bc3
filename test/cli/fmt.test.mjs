// `reimage fmt [paths…] [--check]` as a user runs it, on temporary copies: --check writes
// nothing and exits 1 when a file is not formatted; without it files are rewritten in place
// (and only those that change); a refused file is left byte-identical with exit 2.
// Run `node esbuild.mjs` first.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'reimage.js');
const temps = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function reimage(args, cwd) {
  const env = { ...process.env };
  delete env.REIMAGE_DEBUG;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined, `could not run reimage: ${r.error}`);
  assert.equal(r.signal, null);
  for (const stream of [r.stdout, r.stderr]) {
    assert.doesNotMatch(stream, /^ {4}at /m, 'a stack trace was printed');
    assert.doesNotMatch(stream, /internal error/i);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder holding `files` (name → text). */
function workspace(files) {
  const dir = mkdtempSync(join(tmpdir(), 'reimage-fmt-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const read = (dir, name) => readFileSync(join(dir, name), 'utf8');

// An end-of-line comment keeps its column (22).
const FORMATTED = 'protocol: p\ntitle: T\nrules:\n  - id: a\n    verdict: redo     # why\n';
const UNFORMATTED = 'title: "T"\nprotocol: p\nrules:\n    -   verdict: redo # why\n        id: a\n';
const CASE_UNFORMATTED = 'protocol: p\ncase: c\non: 2026-04-10\npatient:\n    context: active-oncology\n';
const CASE_FORMATTED = 'case: c\nprotocol: p\non: 2026-04-10\npatient:\n  context: active-oncology\n';
const BROKEN = 'protocol: p\nrules: [\n  - id: a\n';

describe('fmt --check', () => {
  test('the shipped protocols and cases are formatted: exit 0, nothing printed', () => {
    const r = reimage(['fmt', '--check'], root);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  test('exit 1 and the names of the files that are not formatted; nothing is written', () => {
    const dir = workspace({
      'protocols/good.protocol.yaml': FORMATTED,
      'protocols/bad.protocol.yaml': UNFORMATTED,
      'protocols/cases/bad.case.yaml': CASE_UNFORMATTED,
    });
    const r = reimage(['fmt', '--check'], dir);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').sort(), ['protocols/bad.protocol.yaml', 'protocols/cases/bad.case.yaml']);
    assert.equal(read(dir, 'protocols/bad.protocol.yaml'), UNFORMATTED);
    assert.equal(read(dir, 'protocols/cases/bad.case.yaml'), CASE_UNFORMATTED);
  });

  test('exit 0 when every file named is formatted', () => {
    const dir = workspace({ 'a.protocol.yaml': FORMATTED, 'b.case.yaml': CASE_FORMATTED });
    const r = reimage(['fmt', '--check', 'a.protocol.yaml', 'b.case.yaml'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  test('a file the formatter refuses: exit 2 with the reason', () => {
    const dir = workspace({ 'broken.protocol.yaml': BROKEN, 'bad.protocol.yaml': UNFORMATTED });
    const r = reimage(['fmt', '--check', '.'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^broken\.protocol\.yaml: not formatted: the file has a YAML error at line \d+/m);
    assert.equal(r.stdout, 'bad.protocol.yaml\n');
  });
});

describe('fmt (rewrite in place)', () => {
  test('rewrites the files that change, prints their names, leaves the others alone', () => {
    const dir = workspace({
      'protocols/good.protocol.yaml': FORMATTED,
      'protocols/bad.protocol.yaml': UNFORMATTED,
      'protocols/cases/bad.case.yaml': CASE_UNFORMATTED,
    });
    const goodBefore = statSync(join(dir, 'protocols/good.protocol.yaml')).mtimeMs;
    const r = reimage(['fmt'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').sort(), ['protocols/bad.protocol.yaml', 'protocols/cases/bad.case.yaml']);
    assert.equal(read(dir, 'protocols/bad.protocol.yaml'), FORMATTED);
    assert.equal(read(dir, 'protocols/cases/bad.case.yaml'), CASE_FORMATTED);
    assert.equal(statSync(join(dir, 'protocols/good.protocol.yaml')).mtimeMs, goodBefore, 'a formatted file is not rewritten');
    // No temporary file is left behind.
    assert.deepEqual(readdirSync(join(dir, 'protocols')).sort(), ['bad.protocol.yaml', 'cases', 'good.protocol.yaml']);
    assert.deepEqual(readdirSync(join(dir, 'protocols/cases')), ['bad.case.yaml']);
    // A second run has nothing to do.
    const again = reimage(['fmt'], dir);
    assert.equal(again.status, 0);
    assert.equal(again.stdout, '');
    assert.equal(reimage(['fmt', '--check'], dir).status, 0);
  });

  test('a copy of the shipped protocols is left as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reimage-fmt-'));
    temps.push(dir);
    cpSync(join(root, 'protocols'), join(dir, 'protocols'), { recursive: true });
    const r = reimage(['fmt', 'protocols'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    for (const name of readdirSync(join(root, 'protocols'), { recursive: true }).filter((f) => f.endsWith('.yaml'))) {
      assert.equal(read(dir, join('protocols', name)), read(root, join('protocols', name)), name);
    }
  });

  test('a refused file is left byte-identical, exit 2; the other files are still formatted', () => {
    const dir = workspace({ 'broken.protocol.yaml': BROKEN, 'anchors.case.yaml': 'case: c\nprotocol: &p p\n', 'bad.protocol.yaml': UNFORMATTED });
    const r = reimage(['fmt', '.'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^broken\.protocol\.yaml: not formatted: the file has a YAML error/m);
    assert.match(r.stderr, /^anchors\.case\.yaml: not formatted: the file uses an anchor \(&name\) \(line 2\)/m);
    assert.equal(read(dir, 'broken.protocol.yaml'), BROKEN);
    assert.equal(read(dir, 'anchors.case.yaml'), 'case: c\nprotocol: &p p\n');
    assert.equal(read(dir, 'bad.protocol.yaml'), FORMATTED);
    assert.equal(r.stdout, 'bad.protocol.yaml\n');
  });

  test('keeps a byte order mark, CRLF line ends and the file mode', () => {
    const dir = workspace({ 'a.protocol.yaml': '\ufeff' + UNFORMATTED.replace(/\n/g, '\r\n') });
    chmodSync(join(dir, 'a.protocol.yaml'), 0o640);
    const r = reimage(['fmt', 'a.protocol.yaml'], dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(read(dir, 'a.protocol.yaml'), '\ufeff' + FORMATTED.replace(/\n/g, '\r\n'));
    if (process.platform !== 'win32') assert.equal(statSync(join(dir, 'a.protocol.yaml')).mode & 0o777, 0o640);
  });

  test('a path that does not exist: exit 2, the others are still formatted', () => {
    const dir = workspace({ 'bad.protocol.yaml': UNFORMATTED });
    const r = reimage(['fmt', 'missing', 'bad.protocol.yaml'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing: no such file or folder/);
    assert.equal(read(dir, 'bad.protocol.yaml'), FORMATTED);
  });

  test('fmt is in the usage text', () => {
    const r = reimage(['--help'], root);
    assert.match(r.stdout, /reimage fmt \[paths…\] \[--check\]/);
  });
});

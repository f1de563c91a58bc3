// Runs the `reimage` command line as a user would (`node bin/reimage.js`), and reads what it
// prints: the `file:line:col: severity [code] message` findings, and the signs of a crash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = join(root, 'bin', 'reimage.js');
// Paths relative to the repo root, which is the working directory unless a test says otherwise.
export const FIX = 'test/fixtures/cli';
export const PROTOCOLS = `${FIX}/protocols`;

/** Runs `node bin/reimage.js …args`; NO_COLOR is unset unless `env` sets it. */
export function reimage(args, { cwd = root, env = {} } = {}) {
  const environment = { ...process.env };
  delete environment.NO_COLOR;
  delete environment.FORCE_COLOR;
  delete environment.REIMAGE_DEBUG;
  Object.assign(environment, env);
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd, env: environment, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(r.error, undefined, `could not run reimage: ${r.error}`);
  assert.equal(r.signal, null, `reimage was killed by ${r.signal} (hung or crashed)`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const FINDING = /^(.+?):(\d+):(\d+): (error|warning|information) \[([a-z-]+)\] (.+)$/;

/** The `file:line:col: severity [code] message` lines of a text, parsed. */
export function findings(text) {
  return text.split('\n').map((l) => FINDING.exec(l)).filter(Boolean)
    .map(([, file, line, column, severity, code, message]) => ({ file, line: +line, column: +column, severity, code, message }));
}

/** Asserts what a crash would show: node's stack frames or an uncaught `Error:` line. */
export function assertNoCrash(r) {
  for (const stream of [r.stdout, r.stderr]) {
    assert.doesNotMatch(stream, /^ {4}at /m, 'a stack trace was printed');
    assert.doesNotMatch(stream, /^(\w*Error|Uncaught)\b.*:/m, 'an uncaught error was printed');
    assert.doesNotMatch(stream, /internal error/i, 'reimage reported an internal error (a bug)');
  }
}

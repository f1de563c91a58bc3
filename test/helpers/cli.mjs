// Runs the `reimage` command line as a user would (`node bin/reimage.js`), and reads what it
// prints: the `file:line:col: severity [code] message` findings, and the signs of a crash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
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
  // The language comes from --lang or the test's env, never from the machine's locale.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete environment[name];
  Object.assign(environment, env);
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: environment,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(r.error, undefined, `could not run reimage: ${r.error}`);
  assert.equal(r.signal, null, `reimage was killed by ${r.signal} (hung or crashed)`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const FINDING = /^(.+?):(\d+):(\d+): (error|warning|information) \[([a-z-]+)\] (.+)$/;

/** The `file:line:col: severity [code] message` lines of a text, parsed. */
export function findings(text) {
  return text
    .split('\n')
    .map((l) => FINDING.exec(l))
    .filter(Boolean)
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

/**
 * `reimage …args` in this process (dist/cli.js's `main`, as bin/reimage.js calls it): the same
 * exit status and output without a process per call, so the code it runs is traced (the
 * mutation run of the CLI's exit codes). What only a real process shows — a crash's stack,
 * colour on a TTY — stays with `reimage`.
 */
export function reimageInProcess(args, { cwd = root } = {}) {
  const out = [];
  const err = [];
  const status = cliMain()(args, { cwd, env: {}, stdout: { isTTY: false }, out: (t) => out.push(t), err: (t) => err.push(t) });
  if (typeof status !== 'number') throw new Error(`reimage ${args[0]} answers asynchronously: run it with reimage()`);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

let loaded;
function cliMain() {
  loaded ??= createRequire(import.meta.url)(join(root, 'dist', 'cli.js')).main;
  return loaded;
}

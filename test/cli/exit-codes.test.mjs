// The exit status of `reimage` as a script or CI sees it: 0 every expectation met, 1 one
// failed, 2 invalid input or a broken command line (invalid input outranks a failure).
// Kept apart from cli.test.mjs so the mutation run of the CLI's exit codes stays short.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoCrash, FIX, findings, PROTOCOLS, reimage, root } from '../helpers/cli.mjs';

describe('exit status', () => {
  test('0 when every expectation is met', () => {
    const r = reimage(['run', `${FIX}/cases`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
  });

  test('1 when an expectation fails', () => {
    const r = reimage(['run', `${FIX}/failing`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /chest-ct/);
  });

  test('1 when a failing case is run together with passing ones', () => {
    const r = reimage(['run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
  });

  test('2 when a case fails and a file is invalid: invalid input outranks a failed expectation', () => {
    const r = reimage(['run', `${FIX}/failing`, `${FIX}/invalid/unknown-protocol.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /unknown-protocol\.case\.yaml:\d+:\d+: error \[unknown-protocol\]/);
  });

  test('2 for invalid input, even when other cases pass', () => {
    const r = reimage(['run', `${FIX}/cases`, `${FIX}/invalid/unknown-protocol.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
  });

  test('no arguments: usage and 2', () => {
    const r = reimage([]);
    assert.equal(r.status, 2);
    assert.match(r.stdout + r.stderr, /usage:/);
    assert.match(r.stdout + r.stderr, /reimage run/);
    assert.match(r.stdout + r.stderr, /reimage validate/);
  });

  test('an unknown command: 2, names the command', () => {
    const r = reimage(['frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /frobnicate/);
    assertNoCrash(r);
  });

  test('an unknown option: 2 without a stack trace', () => {
    const r = reimage(['run', '--no-such-option']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no-such-option/);
    assertNoCrash(r);
  });

  test('--help: usage and 0', () => {
    for (const args of [['--help'], ['run', '--help'], ['validate', '--help']]) {
      const r = reimage(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /usage:/, args.join(' '));
    }
  });

  test('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const r = reimage(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), version);
  });

  test('validate: 0 for valid files', () => {
    const r = reimage(['validate', `${FIX}/cases`, PROTOCOLS, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(findings(r.stdout), []);
  });
});

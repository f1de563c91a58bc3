// The bin over real stdio, as Neovim, Helix or Emacs start it: `reimage-language-server --stdio`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, startOverStdio, workspaceFolder } from './harness.mjs';

test('reimage-language-server --stdio: initialize, diagnostics, completion, shutdown and exit 0', async () => {
  const bin = join(root, 'bin', 'reimage-language-server.js');
  assert.ok(statSync(bin).mode & 0o111, 'the bin is executable');
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const ws = workspaceFolder({ 'p.protocol.yaml': readFileSync(join(root, 'protocols', 'tier3a-public.protocol.yaml'), 'utf8') });
  const client = await startOverStdio([ws.uri]);
  assert.equal(client.initializeResult.serverInfo.name, 'reimage-language-server');
  const uri = ws.fileUri('c.case.yaml');
  const text =
    'case: c\nprotocol: tier3a-public\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: s, modality: MRI, date: 2026-04-01 }\n';
  client.open(uri, text);
  const diagnostics = await client.diagnosticsWhere(uri, (d) => d.length > 0);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['unknown-value'],
  );
  const completion = await client.request('textDocument/completion', client.at(uri, 5, 23));
  assert.ok(completion.items.some((i) => i.label === 'MR'));
  await client.shutdown();
  assert.equal(client.exitCode, 0);
  assert.equal(client.stderr, '');
});

test('reimage-language-server --help says how to run it', () => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'reimage-language-server.js'), '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /--stdio/);
});

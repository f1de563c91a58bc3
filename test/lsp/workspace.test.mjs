// The workspace-wide requests and what keeps them current: reimage/listCases and runCases
// answer once the folders are read (never a partial list); reimage/casesChanged says when the
// list changed; reimage/validateWorkspace counts every finding as `reimage validate` does; the
// server registers the file watchers (once); reimage.protocolsPath adds a protocols folder
// outside the workspace folder, from initializationOptions or the client's configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { root, startInProcess, workspaceFolder } from './harness.mjs';
import { BASE, MIXED } from './run-fixtures.mjs';

const indexed = (client) => client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'the workspace index');
const caseText = (i, protocol = 'base') => MIXED.replace('case: mixed', `case: case-${i}`).replace('protocol: base', `protocol: ${protocol}`);

test('listCases and runCases asked before the folders are read answer with every case', async () => {
  const files = { 'protocols/base.protocol.yaml': BASE };
  for (let i = 0; i < 300; i++) files[`protocols/cases/case-${String(i).padStart(3, '0')}.case.yaml`] = caseText(i);
  const ws = workspaceFolder(files);
  const client = await startInProcess([ws.uri]);
  // Sent at once, while the server is still reading the 301 files.
  const [list, run] = await Promise.all([client.request('reimage/listCases', {}), client.request('reimage/runCases', {})]);
  assert.equal(client.logs.filter((l) => /^indexed/.test(l.message)).length, 1, 'answered after the index');
  assert.equal(list.filter((i) => i.kind === 'case').length, 300);
  assert.equal(list.filter((i) => i.kind === 'expectation').length, 900);
  assert.equal(run.cases.length, 300);
  assert.ok(run.cases.every((c) => c.expectations.passed === true));
  await client.shutdown();
});

test('reimage/casesChanged: once the folders are read, when a case file comes or goes, when a case is edited; not for a protocol edit', async () => {
  const ws = workspaceFolder({ 'protocols/base.protocol.yaml': BASE, 'protocols/cases/a.case.yaml': caseText('a') });
  const client = await startInProcess([ws.uri]);
  const changed = (n) => client.until(() => client.count('reimage/casesChanged') >= n, `reimage/casesChanged #${n}`);
  await changed(1);
  assert.deepEqual(
    (await client.request('reimage/listCases', {})).filter((i) => i.kind === 'case').map((i) => i.label),
    ['case-a'],
  );

  writeFileSync(join(ws.dir, 'protocols/cases/b.case.yaml'), caseText('b'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.fileUri('protocols/cases/b.case.yaml'), type: 1 }] });
  await changed(2);
  assert.deepEqual(
    (await client.request('reimage/listCases', {})).filter((i) => i.kind === 'case').map((i) => i.label),
    ['case-a', 'case-b'],
  );

  // An expected verdict added in the editor (unsaved): one more test item.
  const a = ws.fileUri('protocols/cases/a.case.yaml');
  client.open(a, caseText('a'));
  await client.diagnostics(a);
  const afterOpen = client.count('reimage/casesChanged');
  client.change(a, caseText('a').replace('case: case-a', 'case: renamed-a'));
  await changed(afterOpen + 1);
  assert.ok((await client.request('reimage/listCases', {})).some((i) => i.label === 'renamed-a'));

  // A protocol edit cannot change the list: no notification (the case's diagnostics prove the edit was checked).
  const before = client.count('reimage/casesChanged');
  const base = ws.fileUri('protocols/base.protocol.yaml');
  client.open(base, BASE.replace('4w..6w', '4w..8w'));
  await client.diagnostics(base);
  client.change(base, BASE.replace('4w..6w', '4w..9w'));
  await client.diagnostics(base);
  // The server sends a list change right after the diagnostics of the same check; the answer to
  // a later request comes after it in the stream, so a late notification cannot slip past.
  await client.request('reimage/listCases', {});
  assert.equal(client.count('reimage/casesChanged'), before);

  unlinkSync(join(ws.dir, 'protocols/cases/b.case.yaml'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.fileUri('protocols/cases/b.case.yaml'), type: 3 }] });
  await changed(before + 1);
  assert.deepEqual(
    (await client.request('reimage/listCases', {})).filter((i) => i.kind === 'case').map((i) => i.label),
    ['renamed-a'],
  );
  await client.shutdown();
});

test('reimage/validateWorkspace: publishes every finding, then counts them as `reimage validate` does', async () => {
  const files = {
    'protocols/base.protocol.yaml': BASE,
    'protocols/broken.protocol.yaml': BASE.replace('protocol: base', 'protocol: broken').replace('modality: MR', 'modality: MRI'),
    'protocols/cases/ok.case.yaml': MIXED,
    'protocols/cases/late.case.yaml': MIXED.replace('case: mixed', 'case: late').replace(
      'date: 2026-04-01, slice_thickness: 1mm',
      'date: 2026-05-01, slice_thickness: 1mm',
    ),
  };
  const ws = workspaceFolder(files);
  const client = await startInProcess([ws.uri]);
  // Asked at once: the server first reads the folders.
  const result = await client.request('reimage/validateWorkspace', {});
  const cli = spawnSync(process.execPath, [join(root, 'bin', 'reimage.js'), 'validate', 'protocols'], { cwd: ws.dir, encoding: 'utf8' });
  assert.equal(cli.status, 2);
  assert.equal(result.message, cli.stderr.trim());
  assert.deepEqual(result, { files: 4, filesWithProblems: 2, errors: 1, warnings: 1, message: '4 files checked: 1 error, 1 warning' });
  // The findings of closed files were published before the answer.
  assert.deepEqual(
    client.latest(ws.fileUri('protocols/broken.protocol.yaml'))?.diagnostics.map((d) => d.code),
    ['unknown-value'],
  );
  assert.deepEqual(
    client.latest(ws.fileUri('protocols/cases/late.case.yaml'))?.diagnostics.map((d) => d.code),
    ['invalid-date'],
  );
  await client.shutdown();
});

test('the server registers its file watchers once; there is no second way files are watched', async () => {
  const ws = workspaceFolder({ 'protocols/base.protocol.yaml': BASE });
  const client = await startInProcess([ws.uri]);
  await indexed(client);
  await client.until(() => client.count('client/registerCapability') > 0, 'the watcher registration');
  const registrations = client.received.filter((r) => r.method === 'client/registerCapability').flatMap((r) => r.params.registrations);
  assert.deepEqual(
    registrations.map((r) => [r.method, r.registerOptions.watchers]),
    [['workspace/didChangeWatchedFiles', [{ globPattern: '**/*.{protocol,case}.{yaml,yml}' }]]],
  );
  await client.shutdown();
});

/** A folder `ws` (the workspace) next to `shared/profiles` (protocols outside it). */
function sideBySide() {
  const dir = workspaceFolder({
    'shared/profiles/base.protocol.yaml': BASE,
    // Only protocols are read from a protocols folder outside the workspace.
    'shared/profiles/stray.case.yaml': caseText('stray'),
    'ws/cases/mixed.case.yaml': MIXED,
  });
  return { ...dir, wsUri: dir.fileUri('ws'), caseUri: dir.fileUri('ws/cases/mixed.case.yaml'), protocolUri: dir.fileUri('shared/profiles/base.protocol.yaml') };
}

test('reimage.protocolsPath from initializationOptions: cases find the protocols of a folder outside the workspace', async () => {
  const dir = sideBySide();
  const without = await startInProcess([dir.wsUri]);
  assert.equal((await without.request('reimage/validateWorkspace', {})).message, '1 file checked: 1 error, 0 warnings');
  assert.deepEqual(
    without.latest(dir.caseUri).diagnostics.map((d) => d.code),
    ['unknown-protocol'],
    'by default the protocols folder is ws/protocols, which does not exist',
  );
  await without.shutdown();

  const client = await startInProcess([dir.wsUri], {}, { initializationOptions: { protocolsPath: '../shared/profiles' } });
  const run = await client.request('reimage/runCases', {});
  assert.deepEqual(
    run.cases.map((c) => [c.case, c.expectations.passed]),
    [['mixed', true]],
  );
  assert.equal(run.cases[0].studies[1].reasons.find((r) => r.rule === 'thin-ct').location.uri, dir.protocolUri);
  assert.deepEqual(
    (await client.request('reimage/listCases', {})).filter((i) => i.kind === 'case').map((i) => i.label),
    ['mixed'],
    'no case is read from outside',
  );
  assert.equal((await client.request('reimage/validateWorkspace', {})).message, '2 files checked: 0 errors, 0 warnings', 'the case and the protocol outside');
  // Definition of the case's protocol goes to the file outside.
  const definition = await client.request('textDocument/definition', client.at(dir.caseUri, 1, 12));
  assert.equal((Array.isArray(definition) ? definition[0] : definition).uri, dir.protocolUri);
  await client.shutdown();
});

test("reimage.protocolsPath from the client's configuration, per folder; a change reads the workspace again and watches the new folder", async () => {
  const dir = sideBySide();
  const settings = { [dir.wsUri]: '../shared/profiles' };
  const client = await startInProcess(
    [dir.wsUri],
    {},
    {
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } },
      configuration: (item) => (item.section === 'reimage.protocolsPath' ? (settings[item.scopeUri] ?? null) : null),
    },
  );
  const run = await client.request('reimage/runCases', {});
  assert.deepEqual(
    run.cases.map((c) => c.case),
    ['mixed'],
  );
  const pulled = client.received.find((r) => r.method === 'workspace/configuration');
  assert.deepEqual(pulled.params.items, [{ scopeUri: dir.wsUri, section: 'reimage.protocolsPath' }]);
  const watchers = client.received.filter((r) => r.method === 'client/registerCapability').at(-1).params.registrations[0].registerOptions.watchers;
  assert.deepEqual(watchers, [
    { globPattern: '**/*.{protocol,case}.{yaml,yml}' },
    { globPattern: { baseUri: dir.fileUri('shared/profiles'), pattern: '**/*.protocol.{yaml,yml}' } },
  ]);

  // The protocol outside changes on disk: the watcher's event is honoured.
  writeFileSync(join(dir.dir, 'shared/profiles/base.protocol.yaml'), BASE.replace('otherwise: redo', 'otherwise: review'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: dir.protocolUri, type: 2 }] });
  const rerun = await client.request('reimage/runCases', {});
  assert.equal(rerun.cases[0].studies.find((s) => s.id === 'thick').verdict, 'review');

  // The setting changes: the server asks again, reads the workspace again, and the case no longer finds its protocol.
  settings[dir.wsUri] = 'protocols';
  client.notify('workspace/didChangeConfiguration', { settings: { reimage: { protocolsPath: 'protocols' } } });
  await client.diagnosticsWhere(dir.caseUri, (d) => d.some((x) => x.code === 'unknown-protocol'), 'unknown-protocol');
  assert.deepEqual(
    (await client.request('reimage/runCases', {})).notRun.map((n) => n.case),
    ['mixed'],
  );
  await client.until(() => client.count('client/unregisterCapability') > 0, 'the old watchers go');
  await client.shutdown();
});

test('reimage.protocolsPath naming a folder that does not exist: the user is told, the workspace is read as usual', async () => {
  const ws = workspaceFolder({ 'protocols/base.protocol.yaml': BASE, 'protocols/cases/mixed.case.yaml': MIXED });
  const client = await startInProcess([ws.uri], {}, { initializationOptions: { protocolsPath: 'profiles' } });
  const run = await client.request('reimage/runCases', {});
  assert.deepEqual(
    run.cases.map((c) => c.case),
    ['mixed'],
  );
  await client.until(() => client.count('window/showMessage') > 0, 'a warning');
  const shown = client.received.find((r) => r.method === 'window/showMessage').params;
  assert.equal(shown.type, 2);
  assert.match(shown.message, /'profiles' \(setting reimage\.protocolsPath\) does not exist/);
  await client.shutdown();
});

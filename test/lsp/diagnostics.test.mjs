// Diagnostics over the lsp: codes, ranges and severities as published; partial parses;
// cross-file revalidation; the workspace read at start and kept up to date from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, symlinkSync, mkdtempSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInProcess, workspaceFolder } from './harness.mjs';

const BASE = `protocol: base
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  stable-orthopedic: { window: 3mo..6mo, beyond: review }
rules:
  - id: infection
    when: { infection_relevant: true }
    verdict: redo
    hard: true
`;
const CASE = `case: c
protocol: base
on: 2026-04-10
patient: { context: stable-orthopedic }
studies:
  - id: s
    modality: CT
    date: 2026-04-01
`;

const shape = (diagnostics) =>
  diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity}`).sort();
const codes = (diagnostics) => diagnostics.map((d) => d.code).sort();
const indexed = (client) => client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'the workspace index');

test('a protocol with schema, unit and value errors: each on its exact range, with its code and severity', async () => {
  const ws = workspaceFolder();
  const client = await startInProcess([ws.uri]);
  const uri = ws.fileUri('p.protocol.yaml');
  client.open(
    uri,
    `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: thin
    when: { modality: MRI }
    require: { slice_thickness: <= 2.5cm }
    otherwise: redo
    colour: blue
`,
  );
  const diagnostics = await client.diagnostics(uri);
  assert.deepEqual(shape(diagnostics), ['unit-mismatch 7:38-7:40 1', 'unknown-key 9:4-9:10 1', 'unknown-value 6:22-6:25 1']);
  for (const d of diagnostics) {
    assert.equal(d.source, 'reimage');
    assert.ok(d.message.length > 10 && !/instancePath|must match pattern/.test(d.message), d.message);
  }
  await client.shutdown();
});

test('a warning is a warning: a study dated after the case', async () => {
  const ws = workspaceFolder({ 'base.protocol.yaml': BASE });
  const client = await startInProcess([ws.uri]);
  const uri = ws.fileUri('c.case.yaml');
  client.open(uri, CASE.replace('date: 2026-04-01', 'date: 2026-05-01'));
  const diagnostics = await client.diagnosticsWhere(uri, (d) => d.length > 0);
  assert.deepEqual(shape(diagnostics), ['invalid-date 5:8-5:9 2']);
  await client.shutdown();
});

test('a document that does not fully parse still gets diagnostics for the parts that do', async () => {
  const ws = workspaceFolder();
  const client = await startInProcess([ws.uri]);
  const uri = ws.fileUri('p.protocol.yaml');
  client.open(
    uri,
    `protocol: p
hospital: { sector: publik, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo
rules:
  - id: us
    when: { modality: US }
    verdict: redo
`,
  );
  const diagnostics = await client.diagnostics(uri);
  assert.ok(codes(diagnostics).includes('yaml-syntax'), JSON.stringify(codes(diagnostics)));
  assert.ok(codes(diagnostics).includes('unknown-value'), 'the schema still checks what parsed');
  await client.shutdown();
});

test('editing a protocol revalidates the open case that uses it', async () => {
  const ws = workspaceFolder();
  const client = await startInProcess([ws.uri]);
  const protocol = ws.fileUri('base.protocol.yaml');
  const kase = ws.fileUri('c.case.yaml');
  client.open(protocol, BASE);
  client.open(kase, CASE);
  await indexed(client);
  assert.deepEqual(await client.diagnosticsWhere(kase, (d) => d.length === 0), []);
  client.change(protocol, BASE.replace('  stable-orthopedic: { window: 3mo..6mo, beyond: review }\n', ''));
  const after = await client.diagnosticsWhere(kase, (d) => d.length > 0, 'unknown-context');
  assert.deepEqual(shape(after), ['unknown-context 3:20-3:37 1']);
  assert.equal(after[0].relatedInformation[0].location.uri, protocol);
  client.change(protocol, BASE);
  assert.deepEqual(await client.diagnosticsWhere(kase, (d) => d.length === 0, 'no diagnostics'), []);
  await client.shutdown();
});

test('editing a parent revalidates its children: a weakened hard rule, a renamed parent', async () => {
  const ws = workspaceFolder({ 'base.protocol.yaml': BASE });
  const child = `protocol: child\nextends: base\nhospital: { sector: private }\nrules:\n  - id: infection\n    when: { infection_relevant: true }\n    verdict: review\n`;
  const client = await startInProcess([ws.uri]);
  const parentUri = ws.fileUri('base.protocol.yaml');
  const childUri = ws.fileUri('child.protocol.yaml');
  client.open(childUri, child);
  await indexed(client);
  assert.deepEqual(codes(await client.diagnosticsWhere(childUri, (d) => d.length > 0)), ['hard-rule-weakened']);
  client.open(parentUri, BASE);
  client.change(parentUri, BASE.replace('    hard: true\n', ''));
  assert.deepEqual(await client.diagnosticsWhere(childUri, (d) => d.length === 0, 'no more hard-rule-weakened'), []);
  client.change(parentUri, BASE.replace('protocol: base', 'protocol: public-base'));
  assert.deepEqual(codes(await client.diagnosticsWhere(childUri, (d) => d.length > 0, 'unknown-extends')), ['unknown-extends']);
  await client.shutdown();
});

test('the workspace is read at start: a case sees a protocol that was never opened, and closed files get findings', async () => {
  const ws = workspaceFolder({
    'protocols/base.protocol.yaml': BASE,
    'protocols/cases/broken.case.yaml': CASE.replace('stable-orthopedic', 'stable-orthopedik'),
  });
  const client = await startInProcess([ws.uri]);
  const kase = ws.fileUri('cases/c.case.yaml');
  client.open(kase, CASE);
  await indexed(client);
  assert.deepEqual(await client.diagnosticsWhere(kase, (d) => d.length === 0), []);
  // A closed file with an error is reported too.
  const broken = await client.diagnosticsWhere(ws.fileUri('protocols/cases/broken.case.yaml'), (d) => d.length > 0);
  assert.deepEqual(codes(broken), ['unknown-context']);
  await client.shutdown();
});

test('watched files: a protocol created on disk resolves the open case; deleting it brings the finding back', async () => {
  const ws = workspaceFolder();
  const client = await startInProcess([ws.uri]);
  const kase = ws.fileUri('c.case.yaml');
  client.open(kase, CASE);
  await indexed(client);
  assert.deepEqual(codes(await client.diagnosticsWhere(kase, (d) => d.length > 0)), ['unknown-protocol']);
  writeFileSync(join(ws.dir, 'base.protocol.yaml'), BASE);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.fileUri('base.protocol.yaml'), type: 1 }] });
  assert.deepEqual(await client.diagnosticsWhere(kase, (d) => d.length === 0, 'resolved'), []);
  unlinkSync(join(ws.dir, 'base.protocol.yaml'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.fileUri('base.protocol.yaml'), type: 3 }] });
  assert.deepEqual(codes(await client.diagnosticsWhere(kase, (d) => d.length > 0, 'unknown-protocol again')), ['unknown-protocol']);
  await client.shutdown();
});

test('a file over the size limit on disk gets one diagnostic and is not read', async () => {
  const ws = workspaceFolder({ 'huge.protocol.yaml': `protocol: huge\n# ${'x'.repeat(9 * 1024 * 1024)}\n` });
  const client = await startInProcess([ws.uri]);
  const diagnostics = await client.diagnosticsWhere(ws.fileUri('huge.protocol.yaml'), (d) => d.length > 0);
  assert.deepEqual(shape(diagnostics), ['file-too-large 0:0-0:0 1']);
  await client.shutdown();
});

test('an open document over the size limit gets one diagnostic, quickly', async () => {
  const ws = workspaceFolder();
  const client = await startInProcess([ws.uri]);
  const uri = ws.fileUri('huge.case.yaml');
  const started = Date.now();
  client.open(uri, `case: huge\n# ${'x'.repeat(9 * 1024 * 1024)}\n`);
  assert.deepEqual(codes(await client.diagnostics(uri)), ['file-too-large']);
  assert.ok(Date.now() - started < 5000);
  await client.shutdown();
});

test('extends never reads outside the workspace folders: a symlink out is not followed', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'reimage-outside-'));
  writeFileSync(join(outside, 'secret.protocol.yaml'), BASE.replace('protocol: base', 'protocol: secret'));
  const ws = workspaceFolder({ 'child.protocol.yaml': 'protocol: child\nextends: secret\n' });
  symlinkSync(outside, join(ws.dir, 'linked'));
  symlinkSync(join(outside, 'secret.protocol.yaml'), join(ws.dir, 'secret.protocol.yaml'));
  const client = await startInProcess([ws.uri]);
  const child = ws.fileUri('child.protocol.yaml');
  client.open(child, 'protocol: child\nextends: secret\n');
  await indexed(client);
  assert.deepEqual(codes(await client.diagnosticsWhere(child, (d) => d.length > 0)), ['unknown-extends']);
  // A watched-file event for a path that leads outside is ignored too.
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.fileUri('linked/secret.protocol.yaml'), type: 1 }] });
  const symbols = await client.request('workspace/symbol', { query: 'secret' });
  assert.deepEqual(symbols, [], 'the protocol behind the symlinks was never read');
  await client.shutdown();
  rmSync(outside, { recursive: true, force: true });
});

test('closing a document that is not a workspace file clears its diagnostics', async () => {
  const client = await startInProcess([]);
  const uri = 'untitled:Untitled-1';
  client.open(uri, 'protocol: p\nvalidity: 5\n');
  assert.deepEqual(codes(await client.diagnostics(uri)), ['wrong-type']);
  client.close(uri);
  assert.deepEqual(await client.diagnosticsWhere(uri, (d) => d.length === 0, 'cleared'), []);
  await client.shutdown();
});

test('workspaceDiagnostics: false publishes open documents only', async () => {
  const ws = workspaceFolder({ 'base.protocol.yaml': BASE, 'broken.case.yaml': CASE.replace('stable-orthopedic', 'nowhere') });
  const client = await startInProcess([ws.uri], { workspaceDiagnostics: false });
  const kase = ws.fileUri('c.case.yaml');
  client.open(kase, CASE);
  await indexed(client);
  client.change(kase, CASE.replace('modality: CT', 'modality: MRI'));
  assert.deepEqual(codes(await client.diagnostics(kase)), ['unknown-value']);
  assert.equal(client.published.has(ws.fileUri('broken.case.yaml')), false);
  await client.shutdown();
});

test('a workspace folder added later is read, and its protocols resolve open cases', async () => {
  const a = workspaceFolder();
  const b = workspaceFolder({ 'base.protocol.yaml': BASE });
  const client = await startInProcess([a.uri]);
  const kase = a.fileUri('c.case.yaml');
  client.open(kase, CASE);
  await indexed(client);
  assert.deepEqual(codes(await client.diagnosticsWhere(kase, (d) => d.length > 0)), ['unknown-protocol']);
  client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: b.uri, name: 'b' }], removed: [] } });
  assert.deepEqual(await client.diagnosticsWhere(kase, (d) => d.length === 0, 'resolved by the new folder'), []);
  await client.shutdown();
});

test("a file the client spells differently (a%40b for a@b) is one file: the open text wins, findings go to the client's uri", async () => {
  const ws = workspaceFolder({ 'base.protocol.yaml': BASE, 'a@b.case.yaml': CASE.replace('modality: CT', 'modality: MRI') });
  const client = await startInProcess([ws.uri]);
  const spelled = `${ws.uri}/a%40b.case.yaml`;
  client.open(spelled, CASE);
  await indexed(client);
  client.change(spelled, CASE);
  assert.deepEqual(await client.diagnostics(spelled), []);
  assert.equal(client.published.has(`${ws.uri}/a@b.case.yaml`), false, 'nothing for the disk spelling');
  const items = await client.request('reimage/listCases', {});
  assert.deepEqual(
    items.map((i) => i.uri),
    [spelled],
  );
  await client.shutdown();
});

test('typing in a large profile (read in pieces, then item by item) gives the findings a fresh open of the same text gives', async () => {
  const rules = Array.from(
    { length: 700 },
    (_, i) =>
      `  - id: rule-${i}\n    title: Rule ${i}\n    when: { modality: CT, purpose: oncology }\n    require: { slice_thickness: <= 2.5mm }\n    otherwise: redo\n    because: Rule ${i} keeps the file over the size where it is read in pieces.`,
  );
  const text = `protocol: big\nhospital: { sector: public, currency: USD }\nrules:\n${rules.join('\n')}\n`;
  assert.ok(text.length > 64 * 1024);
  const client = await startInProcess([]);
  try {
    const uri = 'file:///tmp/reimage-pieces/big.protocol.yaml';
    client.open(uri, text);
    assert.deepEqual(await client.diagnostics(uri), []);
    const lines = text.split('\n');
    const at = (needle) => lines.indexOf(needle);
    // A unit written with a space, in rule 350; then rule 351 renamed to rule-3; then a new rule.
    const thickness = at('  - id: rule-350') + 3;
    const column = lines[thickness].indexOf('2.5mm');
    client.change(uri, '2.5 mm', { start: { line: thickness, character: column }, end: { line: thickness, character: column + 5 } });
    const unit = await client.diagnostics(uri);
    assert.deepEqual(
      unit.map((d) => [d.code, d.range.start.line, d.message]),
      [['invalid-value', thickness, 'write a length without a space, such as 2.5mm']],
    );
    client.change(uri, 'rule-3', { start: { line: at('  - id: rule-351'), character: 8 }, end: { line: at('  - id: rule-351'), character: 16 } });
    client.change(uri, '  - id: added\n    when: { modality: US }\n    verdict: redo\n    because: Added.\n', {
      start: { line: at('  - id: rule-600'), character: 0 },
      end: { line: at('  - id: rule-600'), character: 0 },
    });
    const edited = await client.diagnostics(uri);
    assert.deepEqual(edited.map((d) => d.code).sort(), ['duplicate-rule-id', 'invalid-value']);
    // The same final text, opened fresh under another name, gets the same findings.
    client.close(uri);
    const finalText = applyChanges(text, [
      ['2.5mm }\n    otherwise: redo\n    because: Rule 350 ', '2.5 mm }\n    otherwise: redo\n    because: Rule 350 '],
      ['  - id: rule-351\n', '  - id: rule-3\n'],
      ['  - id: rule-600\n', '  - id: added\n    when: { modality: US }\n    verdict: redo\n    because: Added.\n  - id: rule-600\n'],
    ]);
    const fresh = 'file:///tmp/reimage-pieces/fresh.protocol.yaml';
    client.open(fresh, finalText);
    const strip = (ds) => ds.map(({ relatedInformation, ...d }) => ({ ...d, related: relatedInformation?.map((r) => [r.message, r.location.range]) }));
    assert.deepEqual(strip(edited), strip(await client.diagnostics(fresh)));
  } finally {
    await client.shutdown();
  }
});

function applyChanges(text, pairs) {
  for (const [from, to] of pairs) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  }
  return text;
}

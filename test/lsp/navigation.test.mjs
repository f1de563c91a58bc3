// Navigation over the lsp: definition, references, rename (and its refusals), document and
// workspace symbols, folding — across files, including files that were never opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, positionOf, startInProcess, workspaceFolder } from './harness.mjs';

const BASE = `protocol: base
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: thin-ct
    when: { modality: CT }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: us-in-house
    when: { modality: US }
    verdict: redo
`;
const CHILD = `protocol: child
extends: base
hospital: { sector: private }
rules:
  - id: thin-ct
    when: { modality: CT }
    require: { slice_thickness: <= 1mm }
    otherwise: redo
`;
const CASE = `case: c
protocol: child
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - id: chest-ct
    modality: CT
    date: 2026-04-01
expect:
  chest-ct: accept
`;
const FILES = { 'base.protocol.yaml': BASE, 'child.protocol.yaml': CHILD, 'cases/c.case.yaml': CASE };

/** A server on a folder with FILES; only `open` is opened. */
async function session(open, fn) {
  const ws = workspaceFolder(FILES);
  const client = await startInProcess([ws.uri]);
  for (const path of open) client.open(ws.fileUri(path), FILES[path]);
  await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'index');
  try {
    await fn(client, ws);
  } finally {
    await client.shutdown();
  }
}

const where = (ws, locations) =>
  locations
    .map((l) => `${l.uri.slice(ws.uri.length + 1)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`)
    .sort();

test('definition: from a case to the protocol that was never opened, and from an override to the parent rule', async () => {
  await session(['cases/c.case.yaml'], async (client, ws) => {
    const uri = ws.fileUri('cases/c.case.yaml');
    const at = positionOf(CASE, 'child', 2);
    assert.deepEqual(where(ws, await client.request('textDocument/definition', client.at(uri, at.line, at.character))), ['child.protocol.yaml 0:10-0:15']);
    const ctx = positionOf(CASE, 'active-oncology', 1);
    assert.deepEqual(where(ws, await client.request('textDocument/definition', client.at(uri, ctx.line, ctx.character))), ['base.protocol.yaml 3:2-3:17']);
  });
  await session(['child.protocol.yaml'], async (client, ws) => {
    const at = positionOf(CHILD, 'thin-ct', 1);
    const found = await client.request('textDocument/definition', client.at(ws.fileUri('child.protocol.yaml'), at.line, at.character));
    assert.deepEqual(where(ws, found), ['base.protocol.yaml 5:8-5:15']);
  });
});

test('references: a rule id and its override; a protocol id in extends and cases', async () => {
  await session(['base.protocol.yaml'], async (client, ws) => {
    const uri = ws.fileUri('base.protocol.yaml');
    const rule = positionOf(BASE, 'thin-ct');
    const refs = await client.request('textDocument/references', { ...client.at(uri, rule.line, rule.character), context: { includeDeclaration: true } });
    assert.deepEqual(where(ws, refs), ['base.protocol.yaml 5:8-5:15', 'child.protocol.yaml 4:8-4:15']);
    const id = positionOf(BASE, 'base');
    const uses = await client.request('textDocument/references', { ...client.at(uri, id.line, id.character), context: { includeDeclaration: false } });
    assert.deepEqual(where(ws, uses), ['child.protocol.yaml 1:9-1:13']);
  });
});

test('rename: a protocol id across the workspace, applied, leaves no finding', async () => {
  await session(['child.protocol.yaml', 'cases/c.case.yaml'], async (client, ws) => {
    const uri = ws.fileUri('child.protocol.yaml');
    const at = positionOf(CHILD, 'child', 1);
    const prepared = await client.request('textDocument/prepareRename', client.at(uri, at.line, at.character));
    assert.deepEqual(prepared, { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 15 } }, placeholder: 'child' });
    const edit = await client.request('textDocument/rename', { ...client.at(uri, at.line, at.character), newName: 'private-child' });
    const files = Object.keys(edit.changes)
      .map((u) => u.slice(ws.uri.length + 1))
      .sort();
    assert.deepEqual(files, ['cases/c.case.yaml', 'child.protocol.yaml']);
    const newChild = applyEdits(CHILD, edit.changes[uri]);
    const newCase = applyEdits(CASE, edit.changes[ws.fileUri('cases/c.case.yaml')]);
    assert.equal(newChild, CHILD.replace('protocol: child', 'protocol: private-child'));
    assert.equal(newCase, CASE.replace('protocol: child', 'protocol: private-child'));
    client.change(uri, newChild);
    client.change(ws.fileUri('cases/c.case.yaml'), newCase);
    assert.deepEqual(await client.diagnostics(ws.fileUri('cases/c.case.yaml')), []);
  });
});

test('rename: refused with a message for an invalid or taken name, or off a name', async () => {
  await session(['base.protocol.yaml'], async (client, ws) => {
    const uri = ws.fileUri('base.protocol.yaml');
    const at = positionOf(BASE, 'thin-ct');
    await assert.rejects(client.request('textDocument/rename', { ...client.at(uri, at.line, at.character), newName: 'Thin CT' }), /not a valid rule id/);
    await assert.rejects(client.request('textDocument/rename', { ...client.at(uri, at.line, at.character), newName: 'us-in-house' }), /already taken/);
    const off = positionOf(BASE, 'redo');
    await assert.rejects(client.request('textDocument/prepareRename', client.at(uri, off.line, off.character)), /put the cursor on/);
  });
});

test('document symbols: the outline of a protocol and of a case', async () => {
  await session(['base.protocol.yaml', 'cases/c.case.yaml'], async (client, ws) => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: ws.fileUri('base.protocol.yaml') } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['protocol', 'hospital', 'validity', 'rules'],
    );
    const rules = symbols.find((s) => s.name === 'rules');
    assert.deepEqual(
      rules.children.map((c) => c.name),
      ['thin-ct', 'us-in-house'],
    );
    assert.deepEqual(rules.children[0].selectionRange, { start: { line: 5, character: 8 }, end: { line: 5, character: 15 } });
    assert.deepEqual(
      symbols.find((s) => s.name === 'validity').children.map((c) => c.name),
      ['active-oncology'],
    );
    const caseSymbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: ws.fileUri('cases/c.case.yaml') } });
    assert.deepEqual(
      caseSymbols.find((s) => s.name === 'studies').children.map((c) => [c.name, c.detail]),
      [['chest-ct', 'CT 2026-04-01']],
    );
  });
});

test('a case opened after the folder was read has its outline: its disk analysis kept no tree, so it is analysed again', async () => {
  await session([], async (client, ws) => {
    const uri = ws.fileUri('cases/c.case.yaml');
    // Before it opens, the names kept from disk answer workspace symbols.
    assert.deepEqual(
      (await client.request('workspace/symbol', { query: 'chest' })).map((s) => `${s.name} ${s.location.uri.slice(ws.uri.length + 1)}`),
      ['chest-ct cases/c.case.yaml'],
    );
    client.open(uri, FILES['cases/c.case.yaml']);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.find((s) => s.name === 'studies')?.children.map((c) => [c.name, c.detail]),
      [['chest-ct', 'CT 2026-04-01']],
    );
    assert.ok((await client.request('textDocument/foldingRange', { textDocument: { uri } })).length > 0, 'folding ranges');
  });
});

test('folding ranges and workspace symbols', async () => {
  await session(['base.protocol.yaml'], async (client, ws) => {
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri: ws.fileUri('base.protocol.yaml') } });
    assert.deepEqual(
      folds.map((f) => `${f.startLine}-${f.endLine}`),
      ['2-3', '4-11', '5-8', '9-11'],
    );
    const symbols = await client.request('workspace/symbol', { query: 'thin' });
    assert.deepEqual(symbols.map((s) => `${s.name} ${s.containerName} ${s.location.uri.slice(ws.uri.length + 1)}`).sort(), [
      'thin-ct base base.protocol.yaml',
      'thin-ct child child.protocol.yaml',
    ]);
  });
});

test('a large profile (its rules kept without their trees) has its whole outline, folding, hover and definitions, also after edits', async () => {
  const rules = Array.from({ length: 700 }, (_, i) =>
    [
      `  - id: rule-${i}`,
      `    title: Rule ${i}`,
      `    when: { modality: CT, context: ${i % 2 ? 'active-oncology' : 'stable-orthopedic'} }`,
      '    require:',
      '      slice_thickness: <= 2.5mm',
      '    otherwise: redo',
    ].join('\n'),
  );
  const text = `protocol: big\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w..6w, beyond: redo }\n  stable-orthopedic: { window: 3mo..6mo, beyond: review }\nrules:\n${rules.join('\n')}\n`;
  assert.ok(text.length > 64 * 1024, 'large enough to be read in pieces');
  const client = await startInProcess([]);
  try {
    const uri = 'file:///tmp/reimage-outline/big.protocol.yaml';
    client.open(uri, text);
    const lineOf = (t, needle) => t.split('\n').indexOf(needle);
    const outline = async () => (await client.request('textDocument/documentSymbol', { textDocument: { uri } })).find((s) => s.name === 'rules').children;
    let symbols = await outline();
    assert.equal(symbols.length, 700);
    const rule350 = lineOf(text, '  - id: rule-350');
    assert.deepEqual(
      [symbols[350].name, symbols[350].detail, symbols[350].selectionRange],
      ['rule-350', 'Rule 350', { start: { line: rule350, character: 8 }, end: { line: rule350, character: 16 } }],
    );
    // Each rule folds, and so does its `require` block.
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(
      folds.some((f) => f.startLine === rule350 && f.endLine === rule350 + 5),
      'the rule folds',
    );
    assert.ok(
      folds.some((f) => f.startLine === rule350 + 3 && f.endLine === rule350 + 4),
      'its require block folds',
    );
    // A rule added above rule 350 moves it down six lines.
    client.change(uri, '  - id: added\n    when: { modality: US }\n    verdict: redo\n    because: Added.\n    note: One.\n    advice: Two.\n', {
      start: { line: lineOf(text, '  - id: rule-100'), character: 0 },
      end: { line: lineOf(text, '  - id: rule-100'), character: 0 },
    });
    symbols = await outline();
    assert.equal(symbols.length, 701);
    assert.deepEqual([symbols[351].name, symbols[351].selectionRange.start.line], ['rule-350', rule350 + 6]);
    // Hover on a key deep in the file, and a context's definition from a rule below the edit.
    const hover = await client.request('textDocument/hover', client.at(uri, rule350 + 6 + 4, 8));
    assert.match(hover.contents.value, /slice/i);
    const definition = await client.request('textDocument/definition', client.at(uri, rule350 + 6 + 2, 35));
    assert.deepEqual(
      definition.map((d) => d.range.start),
      [{ line: 4, character: 2 }],
      'stable-orthopedic, in the validity windows',
    );
  } finally {
    await client.shutdown();
  }
});

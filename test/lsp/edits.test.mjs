// Edits over the lsp: formatting and range formatting (the core's formatter), quick fixes from
// the core's diagnostics applied to the text (including one in another file), and the "Sort
// keys canonically" source action. Each applied edit is checked against the expected text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { applyEdits, positionOf, root, startInProcess, workspaceFolder } from './harness.mjs';

const core = createRequire(import.meta.url)(join(root, 'dist', 'core.js'));

const BASE = `protocol: base
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
`;
const CASE = `case: c
protocol: base
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - id: s
    modality: MR
    date: 2026-04-01
    sequences: [T1, DWl]
    slice_thickness: 5 mm
`;

async function session(files, fn) {
  const ws = workspaceFolder(files);
  const client = await startInProcess([ws.uri]);
  await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'index');
  try {
    await fn(client, ws);
  } finally {
    await client.shutdown();
  }
}

const UNSORTED = `rules:
  - when: { modality: US }   # ultrasound
    id: us
    verdict: redo
protocol: p
hospital:   { sector: public, currency: USD }
`;

test("formatting: the edits turn the text into the core formatter's output", async () => {
  await session({}, async (client, ws) => {
    const uri = ws.fileUri('p.protocol.yaml');
    client.open(uri, UNSORTED);
    const edits = await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length > 0);
    assert.equal(applyEdits(UNSORTED, edits), core.formatText(UNSORTED).text);
    client.change(uri, core.formatText(UNSORTED).text);
    assert.deepEqual(
      await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }),
      [],
      'formatted text needs no edit',
    );
  });
});

test('range formatting: only the rule the range touches', async () => {
  await session({}, async (client, ws) => {
    const uri = ws.fileUri('p.protocol.yaml');
    client.open(uri, UNSORTED);
    const edits = await client.request('textDocument/rangeFormatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
      range: { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } },
    });
    assert.equal(
      applyEdits(UNSORTED, edits),
      UNSORTED.replace('  - when: { modality: US }   # ultrasound\n    id: us\n', '  - id: us\n    when: { modality: US }   # ultrasound\n'),
    );
  });
});

/** The quick fixes offered at `needle` in the case, by title. */
async function fixesAt(client, uri, text, needle) {
  const at = positionOf(text, needle);
  const end = positionOf(text, needle, needle.length);
  const diagnostics = (await client.diagnostics(uri)).filter((d) => d.range.start.line === at.line);
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end }, context: { diagnostics } });
  return new Map(actions.map((a) => [a.title, a]));
}

test('quick fixes: "did you mean DWI?" and 5 mm → 5mm, applied', async () => {
  await session({ 'base.protocol.yaml': BASE }, async (client, ws) => {
    const uri = ws.fileUri('c.case.yaml');
    client.open(uri, CASE);
    await client.diagnosticsWhere(uri, (d) => d.length === 2);
    const dwi = await fixesAt(client, uri, CASE, 'DWl');
    assert.ok(dwi.has('Change to DWI'), [...dwi.keys()].join(', '));
    const action = dwi.get('Change to DWI');
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.diagnostics[0].code, 'unknown-value');
    const fixedOnce = applyEdits(CASE, action.edit.changes[uri]);
    assert.equal(fixedOnce, CASE.replace('DWl', 'DWI'));
    client.change(uri, fixedOnce);
    const mm = await fixesAt(client, uri, fixedOnce, '5 mm');
    const space = mm.get('Change to 5mm');
    assert.ok(space, [...mm.keys()].join(', '));
    const fixed = applyEdits(fixedOnce, space.edit.changes[uri]);
    assert.equal(fixed, CASE.replace('DWl', 'DWI').replace('5 mm', '5mm'));
    client.change(uri, fixed);
    assert.deepEqual(await client.diagnostics(uri), []);
  });
});

test('an empty comparison: an example in the message and no quick fix, where a bound without operator gets one', async () => {
  await session({}, async (client, ws) => {
    const uri = ws.fileUri('p.protocol.yaml');
    const text = `${BASE}rules:
  - id: thin
    when: { modality: CT }
    require: { slice_thickness: "" }
    otherwise: redo
  - id: strong
    when: { modality: MR }
    require: { field_strength: 1.5T }
    otherwise: redo
`;
    client.open(uri, text);
    const diagnostics = await client.diagnosticsWhere(uri, (d) => d.length === 2);
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.code, d.message]),
      [
        [7, 'invalid-value', 'expected a comparison such as <= 2.5mm, found an empty value'],
        [11, 'invalid-value', 'expected a comparison such as >= 1.5T: start with <=, >=, < or >'],
      ],
    );
    const empty = await fixesAt(client, uri, text, '""');
    assert.deepEqual(
      [...empty.values()].filter((a) => a.kind === 'quickfix'),
      [],
      'no fix writes an operator with nothing after it',
    );
    const bound = await fixesAt(client, uri, text, '1.5T');
    // In quotes: YAML reads a bare `>` as the start of folded text.
    assert.equal(applyEdits(text, bound.get('Change to >= 1.5T').edit.changes[uri]), text.replace('field_strength: 1.5T', 'field_strength: ">= 1.5T"'));
  });
});

test('quick fix: add a missing required key', async () => {
  await session({ 'base.protocol.yaml': BASE }, async (client, ws) => {
    const uri = ws.fileUri('c.case.yaml');
    const text = CASE.replace('    modality: MR\n', '').replace('    sequences: [T1, DWl]\n    slice_thickness: 5 mm\n', '');
    client.open(uri, text);
    const fixes = await fixesAt(client, uri, text, '- id: s');
    const add = fixes.get('Add `modality`');
    assert.ok(add, [...fixes.keys()].join(', '));
    assert.equal(applyEdits(text, add.edit.changes[uri]), text.replace('    date:', '    modality: CT\n    date:'));
  });
});

test('quick fix: create the missing context in the referenced protocol (an edit in another file)', async () => {
  await session({ 'base.protocol.yaml': BASE }, async (client, ws) => {
    const uri = ws.fileUri('c.case.yaml');
    const protocolUri = ws.fileUri('base.protocol.yaml');
    const text = CASE.replace('active-oncology', 'post-transplant').replace('DWl', 'DWI').replace('5 mm', '5mm');
    client.open(uri, text);
    await client.diagnosticsWhere(uri, (d) => d.some((x) => x.code === 'unknown-context'));
    const fixes = await fixesAt(client, uri, text, 'post-transplant');
    const create = fixes.get('Create context `post-transplant` in base');
    assert.ok(create, [...fixes.keys()].join(', '));
    assert.deepEqual(Object.keys(create.edit.changes), [protocolUri]);
    const protocol = applyEdits(BASE, create.edit.changes[protocolUri]);
    const entry = '  post-transplant: { window: 4w, beyond: review }\n';
    assert.ok([BASE.replace('  active-oncology:', `${entry}  active-oncology:`), BASE + entry].includes(protocol), protocol);
    // The editor applies it to the (unopened) protocol; the case is fine afterwards.
    client.open(protocolUri, protocol);
    assert.deepEqual(await client.diagnosticsWhere(uri, (d) => d.length === 0, 'no finding'), []);
  });
});

test('source action: sort keys canonically, only when asked for', async () => {
  await session({}, async (client, ws) => {
    const uri = ws.fileUri('p.protocol.yaml');
    client.open(uri, UNSORTED);
    await client.diagnostics(uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const automatic = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], triggerKind: 2 } });
    assert.equal(automatic.filter((a) => a.kind === 'source.sortKeys').length, 0, 'not on every cursor move');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source'] } });
    const sort = actions.find((a) => a.title === 'Sort keys canonically');
    assert.equal(sort.kind, 'source.sortKeys');
    assert.equal(applyEdits(UNSORTED, sort.edit.changes[uri]), core.formatText(UNSORTED).text);
    assert.ok(applyEdits(UNSORTED, sort.edit.changes[uri]).includes('# ultrasound'), 'the comment is kept');
  });
});

// Completion and hover over the lsp: the core's items and hover text arrive as lsp types on
// the right ranges, with the schema's documentation as markdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionOf, root, startInProcess, workspaceFolder } from './harness.mjs';

const PUBLIC = readFileSync(join(root, 'protocols', 'tier3a-public.protocol.yaml'), 'utf8');

async function withCase(text, fn) {
  const ws = workspaceFolder({ 'protocols/tier3a-public.protocol.yaml': PUBLIC });
  const client = await startInProcess([ws.uri]);
  const uri = ws.fileUri('protocols/cases/x.case.yaml');
  client.open(uri, text);
  await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'index');
  try {
    await fn(client, uri);
  } finally {
    await client.shutdown();
  }
}

const CASE = `case: x
protocol: tier3a-public
on: 2026-04-10
patient:
  context: active-oncology
studies:
  - id: s
    modality: CT
    date: 2026-04-01
`;

test('completion: the modality values, as enum members with markdown documentation', async () => {
  const text = CASE.replace('modality: CT', 'modality: ');
  await withCase(text, async (client, uri) => {
    const at = positionOf(text, 'modality: ', 'modality: '.length);
    const list = await client.request('textDocument/completion', client.at(uri, at.line, at.character));
    const labels = list.items.map((i) => i.label);
    for (const m of ['CT', 'MR', 'US', 'PET-CT']) assert.ok(labels.includes(m), `${m} in ${labels}`);
    const ct = list.items.find((i) => i.label === 'CT');
    assert.equal(ct.kind, 20); // EnumMember
    assert.equal(ct.textEdit.range.start.line, at.line);
    assert.ok(
      list.items.some((i) => i.documentation?.kind === 'markdown' && i.documentation.value.length > 0),
      'documentation from the schema',
    );
  });
});

test('completion: the contexts of the referenced protocol', async () => {
  const text = CASE.replace('context: active-oncology', 'context: ');
  await withCase(text, async (client, uri) => {
    const at = positionOf(text, 'context: ', 'context: '.length);
    const list = await client.request('textDocument/completion', client.at(uri, at.line, at.character));
    const labels = list.items.map((i) => i.label);
    for (const c of ['active-oncology', 'pre-cardiac-surgery', 'stable-orthopedic']) assert.ok(labels.includes(c), `${c} in ${labels}`);
  });
});

test('completion: study keys in a study, with their documentation', async () => {
  const text = CASE.replace('    date: 2026-04-01\n', '    date: 2026-04-01\n    \n');
  await withCase(text, async (client, uri) => {
    const at = positionOf(text, '2026-04-01\n    \n', '2026-04-01\n    '.length);
    const list = await client.request('textDocument/completion', client.at(uri, at.line, at.character));
    const labels = list.items.map((i) => i.label);
    for (const k of ['slice_thickness', 'field_strength', 'sequences'])
      assert.ok(
        labels.some((l) => l.startsWith(k)),
        `${k} in ${labels}`,
      );
    const slice = list.items.find((i) => i.label.startsWith('slice_thickness'));
    assert.equal(slice.documentation?.kind, 'markdown');
  });
});

test('hover: a key explains itself; a protocol reference shows the protocol', async () => {
  await withCase(CASE, async (client, uri) => {
    const key = positionOf(CASE, 'modality: CT', 2);
    const hover = await client.request('textDocument/hover', client.at(uri, key.line, key.character));
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /modalit/i);
    assert.equal(hover.range.start.line, key.line);
    const ref = positionOf(CASE, 'tier3a-public', 3);
    const protocolHover = await client.request('textDocument/hover', client.at(uri, ref.line, ref.character));
    assert.match(protocolHover.contents.value, /tier3a-public/);
  });
});

test('hover: nothing on an empty line answers null, not an error', async () => {
  const text = `${CASE}\n\n`;
  await withCase(text, async (client, uri) => {
    const hover = await client.request('textDocument/hover', client.at(uri, 10, 0));
    assert.equal(hover, null);
  });
});

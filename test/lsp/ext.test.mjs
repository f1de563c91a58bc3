// Reimage's own lsp methods (lsp/ext.ts): running cases, listing them for a test explorer,
// rendering the report; every method documented in docs/lsp.md; the handler guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startInProcess, workspaceFolder } from './harness.mjs';

const PUBLIC = readFileSync(join(root, 'protocols', 'tier3a-public.protocol.yaml'), 'utf8');
const BANDS = readFileSync(join(root, 'protocols', 'cases', 'active-oncology-validity-bands.case.yaml'), 'utf8');
const FAILING = `case: failing
protocol: tier3a-public
on: 2026-04-10
patient: { context: active-oncology, indications: [lung-cancer], purpose: oncology }
studies:
  - { id: old-ct, modality: CT, region: chest, date: 2026-01-01, slice_thickness: 1mm }
expect:
  old-ct: accept
`;
const BROKEN = 'case: broken\nprotocol: tier3a-public\non: 2026-04-10\npatient: { context: nowhere }\nstudies: []\n';

async function session(fn) {
  const ws = workspaceFolder({
    'protocols/tier3a-public.protocol.yaml': PUBLIC,
    'protocols/cases/bands.case.yaml': BANDS,
    'protocols/cases/failing.case.yaml': FAILING,
    'protocols/cases/broken.case.yaml': BROKEN,
  });
  const client = await startInProcess([ws.uri]);
  await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'index');
  try {
    await fn(client, ws);
  } finally {
    await client.shutdown();
  }
}

test('reimage/runCases: all cases, one file, one case id; with lsp locations; unrunnable cases say why', async () => {
  await session(async (client, ws) => {
    const all = await client.request('reimage/runCases', {});
    assert.deepEqual(
      all.cases.map((c) => [c.case, c.expectations.passed]),
      [
        ['active-oncology-validity-bands', true],
        ['failing', false],
      ],
    );
    assert.deepEqual(
      all.notRun.map((n) => [n.case, n.uri === ws.fileUri('protocols/cases/broken.case.yaml')]),
      [['broken', true]],
    );

    const failing = (await client.request('reimage/runCases', { uri: ws.fileUri('protocols/cases/failing.case.yaml') })).cases;
    assert.equal(failing.length, 1);
    const [c] = failing;
    assert.equal(c.uri, ws.fileUri('protocols/cases/failing.case.yaml'));
    assert.deepEqual(c.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 13 } });
    assert.equal(c.studies[0].verdict, 'redo');
    assert.equal(c.studies[0].range.start.line, 5);
    const reason = c.studies[0].reasons.find((r) => r.rule === 'validity:active-oncology');
    assert.equal(reason.location.uri, ws.fileUri('protocols/tier3a-public.protocol.yaml'));
    assert.equal(PUBLIC.split('\n')[reason.location.range.start.line].trim().startsWith('active-oncology'), true);
    assert.deepEqual(
      c.expectations.failures.map((f) => [f.study, f.expected, f.actual, f.range.start.line]),
      [['old-ct', 'accept', 'redo', 7]],
    );

    const byId = await client.request('reimage/runCases', { caseId: 'active-oncology-validity-bands' });
    assert.deepEqual(
      byId.cases.map((x) => x.case),
      ['active-oncology-validity-bands'],
    );
    assert.deepEqual(
      byId.cases[0].studies.map((s) => s.verdict),
      ['accept', 'accept', 'review', 'review', 'redo'],
    );
  });
});

test('reimage/runCases sees unsaved edits of an open case', async () => {
  await session(async (client, ws) => {
    const uri = ws.fileUri('protocols/cases/failing.case.yaml');
    client.open(uri, FAILING.replace('old-ct: accept', 'old-ct: redo'));
    const result = await client.request('reimage/runCases', { uri });
    assert.equal(result.cases[0].expectations.passed, true);
  });
});

test('reimage/listCases: cases and their expected verdicts as a flat list with parents', async () => {
  await session(async (client, ws) => {
    const items = await client.request('reimage/listCases', {});
    const uri = ws.fileUri('protocols/cases/failing.case.yaml');
    const failing = items.filter((i) => i.uri === uri);
    assert.deepEqual(failing, [
      {
        id: `${uri}#failing`,
        parent: null,
        kind: 'case',
        label: 'failing',
        uri,
        range: { start: { line: 0, character: 6 }, end: { line: 0, character: 13 } },
        protocol: 'tier3a-public',
        tested: true,
      },
      {
        id: `${uri}#failing/old-ct`,
        parent: `${uri}#failing`,
        kind: 'expectation',
        label: 'old-ct: accept',
        uri,
        range: { start: { line: 7, character: 2 }, end: { line: 7, character: 16 } },
        protocol: 'tier3a-public',
        study: 'old-ct',
        expected: 'accept',
      },
    ]);
    assert.equal(items.filter((i) => i.kind === 'case').length, 3);
    assert.equal(items.filter((i) => i.parent === `${ws.fileUri('protocols/cases/bands.case.yaml')}#active-oncology-validity-bands`).length, 5);
    const one = await client.request('reimage/listCases', { uri });
    assert.equal(one.length, 2);
  });
});

test('reimage/renderReport: HTML and Markdown of one case, with command links for a webview', async () => {
  await session(async (client, ws) => {
    const uri = ws.fileUri('protocols/cases/failing.case.yaml');
    const report = await client.request('reimage/renderReport', { uri, links: 'command' });
    assert.equal(report.title, 'Report: failing');
    assert.equal(report.name, 'failing');
    assert.equal(report.cases, 1);
    assert.match(report.html, /^<!DOCTYPE html>/i);
    assert.match(report.html, /command:reimage\.openSource\?/);
    assert.match(report.markdown, /failing/);
    const folder = await client.request('reimage/renderReport', { uri: ws.fileUri('protocols/cases') });
    assert.equal(folder.cases, 2);
    assert.ok(!folder.html.includes('command:'), 'file links by default');
  });
});

test('every method in lsp/ext.ts is documented in docs/lsp.md', () => {
  const ext = readFileSync(join(root, 'server', 'src', 'lsp', 'ext.ts'), 'utf8');
  const docs = readFileSync(join(root, 'docs', 'lsp.md'), 'utf8');
  const methods = [...ext.matchAll(/export const [A-Z_]+ = '([a-zA-Z]+\/[a-zA-Z]+|source\.[a-zA-Z]+)'/g)].map((m) => m[1]);
  assert.ok(methods.length >= 3, methods.join(', '));
  for (const method of methods) assert.ok(docs.includes(`### \`${method}\``), `docs/lsp.md has a section for ${method}`);
  const types = [...ext.matchAll(/export (?:interface|type) (\w+)/g)].map((m) => m[1]);
  for (const type of types) assert.ok(docs.includes(type), `docs/lsp.md names ${type}`);
});

test('a request that throws inside a handler answers empty, is logged, and the server goes on', async () => {
  await session(async (client, ws) => {
    const uri = ws.fileUri('protocols/cases/failing.case.yaml');
    client.open(uri, FAILING);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: null }), null);
    assert.equal(await client.request('textDocument/completion', { textDocument: { uri } }), null);
    assert.ok(client.logs.some((l) => l.type === 1 && /hover failed/.test(l.message)));
    const hover = await client.request('textDocument/hover', client.at(uri, 1, 12));
    assert.ok(hover.contents.value.length > 0, 'still answering');
    assert.equal(await client.request('textDocument/definition', client.at('file:///nowhere/x.case.yaml', 0, 0)), null, 'an unknown document');
  });
});

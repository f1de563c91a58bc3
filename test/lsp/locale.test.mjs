// The server answers in the client's language (LSP `initialize` `locale`): findings, quick-fix
// titles, CodeLens titles and run results in Chinese for `zh-cn`, with the same codes and ranges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startInProcess, workspaceFolder } from './harness.mjs';
import { BASE, MIXED } from './run-fixtures.mjs';

const HAN = /\p{Script=Han}/u;
const MISSPELT = `case: c
protocol: base
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - { id: s, modality: CT, date: 2026-04-01, slice_thicknes: 1mm }
`;

async function session(locale, fn) {
  const ws = workspaceFolder({ 'protocols/base.protocol.yaml': BASE, 'protocols/cases/mixed.case.yaml': MIXED });
  const client = await startInProcess([ws.uri], {}, locale ? { locale } : {});
  try {
    await fn(client, ws);
  } finally {
    await client.shutdown();
  }
}

async function findingsAndFix(client, ws) {
  const uri = ws.fileUri('protocols/cases/misspelt.case.yaml');
  client.open(uri, MISSPELT);
  const diagnostics = await client.diagnosticsWhere(uri, (list) => list.some((d) => d.code === 'unknown-key'), 'the unknown key');
  const d = diagnostics.find((x) => x.code === 'unknown-key');
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  return { d, fix: actions.find((a) => a.kind === 'quickfix') };
}

test('with locale zh-cn a finding and its quick fix are in Chinese; the code and range are the same as in English', async () => {
  let english;
  await session(undefined, async (client, ws) => {
    english = await findingsAndFix(client, ws);
  });
  await session('zh-cn', async (client, ws) => {
    const { d, fix } = await findingsAndFix(client, ws);
    assert.equal(d.code, english.d.code);
    assert.deepEqual(d.range, english.d.range);
    assert.ok(HAN.test(d.message) && !HAN.test(english.d.message), `${d.message} / ${english.d.message}`);
    assert.equal(fix.title, '改为 slice_thickness');
    assert.equal(english.fix.title, 'Change to slice_thickness');
    assert.deepEqual(Object.values(fix.edit.changes), Object.values(english.fix.edit.changes), 'the same edit');
  });
});

test('with locale zh-cn CodeLens titles and run results are in Chinese; an unknown locale answers in English', async () => {
  await session('zh-cn', async (client, ws) => {
    const mixed = ws.fileUri('protocols/cases/mixed.case.yaml');
    await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'the workspace index');
    const result = await client.request('reimage/runCases', { uri: mixed });
    const reasons = result.cases[0].studies.flatMap((s) => s.reasons.map((r) => r.message));
    assert.ok(reasons.length && reasons.every((m) => HAN.test(m)), reasons.join(' | '));
    assert.deepEqual(
      result.cases[0].studies.map((s) => s.verdict),
      ['accept', 'redo', 'review'],
      'verdicts are words of the language, not translated',
    );
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: mixed } });
    assert.match(lenses[0].command.title, /^运行病例 · 重做 ×1、复核 ×1、认可 ×1$/);
  });
  await session('fr', async (client, ws) => {
    const mixed = ws.fileUri('protocols/cases/mixed.case.yaml');
    await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'the workspace index');
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: mixed } });
    assert.equal(lenses[0].command.title, 'Run case');
  });
});

test("with locale zh-cn the report view's page is Chinese: its title, the page, its timeline and the Markdown it exports", async () => {
  await session('zh-cn', async (client, ws) => {
    const mixed = ws.fileUri('protocols/cases/mixed.case.yaml');
    await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'the workspace index');
    const report = await client.request('reimage/renderReport', { uri: mixed, links: 'command' });
    assert.equal(report.title, '报告：mixed');
    assert.match(report.html, /<html lang="zh-CN">/);
    assert.match(report.html, /<th scope="col" role="columnheader">规则与原因<\/th>/);
    assert.match(report.html, /<h3>重做、补充及新增检查的时间安排<\/h3>/);
    assert.doesNotMatch(report.html, /Timeline of redos|ready by|hatched/);
    assert.match(report.markdown, /^## Reimage 运行结果：1 个病例/m);
    assert.match(report.markdown, /^\| 检查 \| 结论 \| 规则 \| 原因 \| 安排 \|$/m);
    const workspace = await client.request('reimage/renderReport', {});
    assert.equal(workspace.title, '报告：工作区');
  });
});

test("with locale zh-cn New Case from DICOM's notes are in Chinese (reimage/importDicom)", async () => {
  await session('zh-cn', async (client) => {
    const result = await client.request('reimage/importDicom', { paths: ['/no/such/reimage-dicom-folder'] });
    assert.equal(result.text, undefined);
    assert.deepEqual(
      result.notes.map((n) => [n.severity, n.message]),
      [
        ['error', '没有这个文件或文件夹'],
        ['error', '输入中没有找到图像序列或报告'],
      ],
    );
  });
});

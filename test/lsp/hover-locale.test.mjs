// Hover and completion answer in the client's language (LSP `initialize` `locale`): with zh-cn
// the schema's descriptions, the kinds of values and the words around them are Chinese; without a
// locale, or with one Reimage does not speak, they are the schema's English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { positionOf, startInProcess, workspaceFolder } from './harness.mjs';
import { BASE } from './run-fixtures.mjs';

const CASE = `case: x
protocol: base
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - id: s
    modality: 
    date: 2026-04-01
`;

async function answers(locale) {
  const ws = workspaceFolder({ 'protocols/base.protocol.yaml': BASE });
  const client = await startInProcess([ws.uri], {}, locale ? { locale } : {});
  try {
    const uri = ws.fileUri('protocols/cases/x.case.yaml');
    client.open(uri, CASE);
    const value = positionOf(CASE, 'modality: ', 'modality: '.length);
    const completion = await client.request('textDocument/completion', client.at(uri, value.line, value.character));
    const key = positionOf(CASE, 'date:', 1);
    const hover = await client.request('textDocument/hover', client.at(uri, key.line, key.character));
    return { mr: completion.items.find((i) => i.label === 'MR'), hover: hover.contents.value };
  } finally {
    await client.shutdown();
  }
}

test('with locale zh-cn, hover and completion answer in Chinese', async () => {
  const { mr, hover } = await answers('zh-cn');
  assert.equal(mr.detail, '检查方式');
  assert.equal(mr.documentation.kind, 'markdown');
  assert.match(mr.documentation.value, /^\*\*MRI\*\*（磁共振成像）。原文：扫描 30–60 分钟/);
  assert.match(hover, /^\*\*date\*\* — 日期/);
  assert.match(hover, /做检查的日期：`2026-02-12`。/);
});

test('without a locale, or with one Reimage does not speak, hover and completion answer in English', async () => {
  for (const locale of [undefined, 'fr']) {
    const { mr, hover } = await answers(locale);
    assert.equal(mr.detail, 'modality', String(locale));
    assert.match(mr.documentation.value, /^\*\*MRI\*\* \(magnetic resonance\)\. The seed: scan 30–60 minutes/);
    assert.match(hover, /^\*\*date\*\* — date/);
    assert.match(hover, /The day the study was done: `2026-02-12`\./);
  }
});

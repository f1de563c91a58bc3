// With `initialize` locale zh-cn the server says every family of finding in Chinese — units and
// dates, YAML syntax, the protocols' own checks — and titles their quick fixes in Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startInProcess, workspaceFolder } from './harness.mjs';

const PROTOCOL = `protocol: base
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
concerns:
  new-headache: haed
regions:
  liver: [abdomen]
rules:
  - id: chest
    when: { modality: CT }
    require: { field_strength: >= 1.5T }
    otherwise: redo
`;

const CASE = `case: c
protocol: base
on: 2026-02-30
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - { id: s, modality: CT, date: 2026-04-01, slice_thickness: 5 }
`;

async function findingsIn(locale) {
  const ws = workspaceFolder({ 'protocols/base.protocol.yaml': PROTOCOL });
  const client = await startInProcess([ws.uri], {}, { locale });
  try {
    const protocol = ws.fileUri('protocols/base.protocol.yaml');
    const kase = ws.fileUri('protocols/cases/c.case.yaml');
    client.open(protocol, PROTOCOL);
    client.open(kase, CASE);
    const inProtocol = await client.diagnosticsWhere(
      protocol,
      (l) => ['yaml-syntax', 'region-cycle', 'unknown-region'].every((c) => l.some((d) => d.code === c)),
      'the protocol findings',
    );
    const inCase = await client.diagnosticsWhere(
      kase,
      (l) => ['duplicate-key', 'invalid-value', 'invalid-unit'].every((c) => l.some((d) => d.code === c)),
      'the case findings',
    );
    const fixTitles = async (uri, d) => {
      const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      return actions.filter((a) => a.kind === 'quickfix').map((a) => a.title);
    };
    const of = (list, code) => list.find((d) => d.code === code);
    return {
      messages: Object.fromEntries([...inProtocol, ...inCase].map((d) => [d.code, d.message])),
      places: [...inProtocol, ...inCase].map((d) => `${d.code} ${JSON.stringify(d.range)}`),
      quoteFix: await fixTitles(protocol, of(inProtocol, 'yaml-syntax')),
      unitFix: await fixTitles(kase, of(inCase, 'invalid-unit')),
    };
  } finally {
    await client.shutdown();
  }
}

test('with locale zh-cn unit, date, YAML and region findings and their quick fixes are in Chinese, at the places English puts them', async () => {
  const en = await findingsIn('en');
  const zh = await findingsIn('zh-cn');
  assert.deepEqual(zh.places, en.places, 'the same codes and ranges');
  assert.equal(zh.messages['yaml-syntax'], '以 > 开头的值在 YAML 中必须加引号：请写成 ">= 1.5T"');
  assert.equal(zh.messages['duplicate-key'], '键 `on` 在同一映射中出现了两次；只保留一个');
  assert.equal(en.messages['duplicate-key'], 'the key `on` appears twice in the same map; keep one');
  assert.equal(zh.messages['invalid-value'], '日期 2026-02-30 不存在：2026年2月只有 28 天');
  assert.equal(zh.messages['invalid-unit'], '5 缺少单位：请写长度，如 2.5mm（单位：mm）');
  assert.equal(zh.messages['region-cycle'], '部位层级形成循环（liver ⊃ abdomen ⊃ liver）：部位不能包含自身');
  assert.match(zh.messages['unknown-region'], /^“haed”不在部位层级中，因此找不到与 new-headache 相关的检查；是否想写“head”？/);
  assert.deepEqual(zh.quoteFix, ['加引号：">= 1.5T"']);
  assert.deepEqual(en.quoteFix, ['Quote ">= 1.5T"']);
  assert.deepEqual(zh.unitFix, ['改为 5mm']);
});

const PARENT = `protocol: parent
hospital: { sector: public, currency: USD }
rules:
  - id: infection
    when: { infection_relevant: true }
    verdict: redo
    hard: true
  - id: liver-phases
    when: { modality: CT, region: liver }
    require: { phases: [arterial, delayed] }
    otherwise: supplement
`;

const CHILD = `protocol: child
extends: parent
hospital: { sector: private }
rules:
  - id: infection
    when: { infection_relevant: true }
    verdict: review
    hard: true
  - id: hepatobiliary
    when: { modality: CT, region: [liver, biliary] }
    require: { phases: [arterial, delayed] }
    otherwise: redo
`;

test('with locale zh-cn the checks across protocols are in Chinese: a weakened hard rule with its related place, items whose verdicts differ', async () => {
  const ws = workspaceFolder({ 'protocols/parent.protocol.yaml': PARENT, 'protocols/child.protocol.yaml': CHILD });
  const client = await startInProcess([ws.uri], {}, { locale: 'zh-cn' });
  try {
    const child = ws.fileUri('protocols/child.protocol.yaml');
    client.open(child, CHILD);
    const list = await client.diagnosticsWhere(
      child,
      (l) => ['hard-rule-weakened', 'item-verdicts-differ'].every((c) => l.some((d) => d.code === c)),
      'the cross-protocol findings',
    );
    const weakened = list.find((d) => d.code === 'hard-rule-weakened');
    assert.equal(weakened.message, '“infection”是 parent 中的强制规则，此处不能放宽：其结论至少应为“重做”');
    assert.equal(weakened.relatedInformation[0].message, '强制规则“infection”');
    const differ = list.find((d) => d.code === 'item-verdicts-differ');
    assert.match(differ.message, /^缺少 arterial 时，在“hepatobiliary”下为“重做”，在“liver-phases”下却为“补充”/);
    assert.equal(differ.relatedInformation[0].message, '“liver-phases”给出“补充”');
  } finally {
    await client.shutdown();
  }
});

test('with locale zh-cn a refused rename says why in Chinese', async () => {
  const ws = workspaceFolder({ 'protocols/base.protocol.yaml': PROTOCOL });
  const client = await startInProcess([ws.uri], {}, { locale: 'zh-cn' });
  try {
    const uri = ws.fileUri('protocols/base.protocol.yaml');
    client.open(uri, PROTOCOL);
    const lines = PROTOCOL.split('\n');
    const line = lines.findIndex((l) => l.includes('id: chest'));
    const at = client.at(uri, line, lines[line].indexOf('chest'));
    await assert.rejects(
      client.request('textDocument/rename', { ...at, newName: 'Chest CT' }),
      /“Chest CT”不是有效的规则 id：请只用小写字母、数字和连字符，例如 oncology-thin-slice-ct/,
    );
    const offName = lines.findIndex((l) => l.includes('otherwise: redo'));
    await assert.rejects(
      client.request('textDocument/prepareRename', client.at(uri, offName, 4)),
      /^.*请将光标放在规范 id、规则 id、临床情境或检查 id 上再重命名/,
    );
  } finally {
    await client.shutdown();
  }
});

// `reimage validate --lang zh-CN` says every family of finding in Chinese — units and dates, YAML
// syntax, files, the protocols' own checks — at the same places, with the same codes and the
// same exit code as in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, reimage } from '../helpers/cli.mjs';

const HAN = /\p{Script=Han}/u;
const DIAGNOSTICS = 'test/fixtures/diagnostics';

/** A fixture folder of test/fixtures/diagnostics and words its Chinese findings must say. */
const FAMILIES = {
  'unit-mismatch': '“cm”是长度单位；场强应使用 T，如 1.5T',
  'invalid-value': '日期 2026-02-30 不存在：2026年2月只有 28 天',
  'reversed-range': '范围写反了：6w..4w 的起点大于终点；请先写下限（4w..6w）',
  'yaml-syntax': '以 > 开头的值在 YAML 中必须加引号：请写成 ">= 1.5T"',
  'duplicate-key': '键 `on` 在同一映射中出现了两次；只保留一个',
  'not-a-map': '病例文件应为键值映射（如 `case: …`），而不是列表',
  'region-cycle': '部位层级形成循环（liver ⊃ abdomen ⊃ liver）：部位不能包含自身',
  'unknown-region': '“haed”不在部位层级中',
  'item-verdicts-differ': '缺少 arterial 时，在“hepatobiliary”下为“重做”，在“liver-phases”下却为“补充”',
  'hard-rule-weakened': '缺少 LGE 时，在 parent 的强制规则“cardiac-lge”下为“重做”',
  'duplicate-rule-id': '规则 id“us-in-house”已被本规范中的另一条规则使用',
};

for (const [family, words] of Object.entries(FAMILIES)) {
  test(`validate --lang zh-CN: ${family} findings in Chinese, at the same places and with the same exit code`, () => {
    const folder = `${DIAGNOSTICS}/${family}`;
    const args = ['validate', folder, '--protocols', folder];
    const en = reimage(args);
    const zh = reimage([...args, '--lang', 'zh-CN']);
    assert.equal(zh.status, en.status, 'the language does not change the exit code');
    const place = (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code}`;
    const [enFindings, zhFindings] = [findings(en.stdout), findings(zh.stdout)];
    assert.ok(zhFindings.length > 0, zh.stdout);
    assert.deepEqual(zhFindings.map(place), enFindings.map(place));
    for (const f of zhFindings) assert.ok(HAN.test(f.message), `${place(f)}: ${f.message}`);
    for (const f of enFindings) assert.ok(!HAN.test(f.message), `${place(f)}: ${f.message}`);
    assert.ok(
      zhFindings.some((f) => f.message.includes(words)),
      `no finding says '${words}':\n${zh.stdout}`,
    );
  });
}

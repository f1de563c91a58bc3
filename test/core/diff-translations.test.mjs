// The semantic diff and a profile's words in two languages: a change that only touches a
// translation is a wording change (no direction, no case run, no verdict moved), named with its
// language; writing a plain string per language adds only the new language; and the diff's own
// wording is said in the reader's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';
import { replacedOnce } from '../helpers/edits.mjs';

const { diffProtocols, summaryText, changeText, normalizeProtocolText, renderDiffMarkdown, renderDiffHtml, Catalogue } = core;

const BASE = `protocol: p
title: { en: Public hospital, zh-CN: 公立医院 }
hospital: { sector: public, currency: USD }
validity:
  active-oncology:
    window: 4w..6w
    beyond: redo
    because: { en: Staging must be current., zh-CN: 分期必须是最新的。 }
missing:
  DWI: { verdict: supplement, because: { en: DWI can be added., zh-CN: 弥散加权成像 DWI 可以补做。 } }
concerns:
  new-headache: { regions: [head], because: { en: A headache concerns the head., zh-CN: 头痛涉及头部。 } }
rules:
  - id: thin
    title: { en: Thin CT, zh-CN: 薄层 CT }
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 5mm }
    otherwise: redo
    because:
      en: Thin sections find small nodules.
      zh-CN: 薄层图像能发现小结节。
    note: Ideally 1mm.
    impact:
      DWI: { en: Without DWI no infarct., zh-CN: 缺少 DWI 无法评估脑梗死。 }
  - id: metastases
    when: { indication: lung-cancer, symptom: new-headache }
    order: { modality: MR, region: brain, contrast: true, reason: { en: Screen for metastases, zh-CN: 筛查脑转移 } }
advice:
  - when: redo
    text: { en: Bring your newest imaging., zh-CN: 请带最新的影像。 }
`;

const CASE = `case: lung
protocol: p
on: 2026-04-10
patient: { context: active-oncology, purpose: oncology, indications: [lung-cancer] }
studies:
  - { id: chest-ct, modality: CT, date: 2026-04-01, slice_thickness: 3mm }
expect:
  chest-ct: accept
`;

/** `BASE` with each `[from, to]` replaced once. */
function edited(...pairs) {
  return replacedOnce(BASE, pairs);
}

function diff(after, before = BASE) {
  return diffProtocols(
    [
      { path: 'p.protocol.yaml', text: before },
      { path: 'lung.case.yaml', text: CASE },
    ],
    [
      { path: 'p.protocol.yaml', text: after },
      { path: 'lung.case.yaml', text: CASE },
    ],
  );
}

const brief = (c) => ({ kind: c.kind, field: c.field, language: c.language, wording: c.wording, direction: c.direction, message: c.message });

test('a translation changed alone: one wording change, named with its language, that runs no case and moves no verdict', () => {
  const d = diff(edited(['zh-CN: 薄层图像能发现小结节。', 'zh-CN: 薄层图像可发现小结节。']));
  assert.deepEqual(d.changes.map(brief), [
    {
      kind: 'rule-changed',
      field: 'because.zh-CN',
      language: 'zh-CN',
      wording: true,
      direction: null,
      message: 'rule thin: because (zh-CN): 薄层图像能发现小结节。 → 薄层图像可发现小结节。',
    },
  ]);
  assert.deepEqual(d.impact.studies, []);
  assert.deepEqual(d.impact.newlyFailing, []);
  assert.deepEqual(d.impact.cases, { compared: 1, run: 0 }, 'words cannot move a verdict: the case is not even run');
  assert.equal(d.changes[0].source.after.line, 21, 'the Chinese text itself');
  assert.equal(summaryText(d), '1 change in 1 protocol (1 wording only) · no verdict changes');
});

test("the English of a per-language text is named 'en'; a plain string stays unnamed", () => {
  const english = diff(edited(['en: Thin sections find small nodules.', 'en: Thin sections show small nodules.']));
  assert.deepEqual(
    english.changes.map((c) => c.message),
    ['rule thin: because (en): Thin sections find small nodules. → Thin sections show small nodules.'],
  );
  assert.equal(english.changes[0].language, 'en');
  const plain = diff(edited(['note: Ideally 1mm.', 'note: Ideally 1mm or less.']));
  assert.deepEqual(plain.changes.map(brief), [
    { kind: 'rule-changed', field: 'note', language: null, wording: true, direction: null, message: 'rule thin: note: Ideally 1mm. → Ideally 1mm or less.' },
  ]);
});

test('a plain string written per language with the same English: only the new language is added', () => {
  const d = diff(edited(['note: Ideally 1mm.', 'note: { en: Ideally 1mm., zh-CN: 最好为 1mm。 }']));
  assert.deepEqual(
    d.changes.map((c) => c.message),
    ['rule thin: note (zh-CN): not set → 最好为 1mm。'],
  );
});

test('every kind of text: title, window, missing item, concern, impact, order reason and advice line', () => {
  const d = diff(
    edited(
      ['zh-CN: 公立医院 }', 'zh-CN: 公立医院（默认） }'],
      ['zh-CN: 分期必须是最新的。', 'zh-CN: 分期须为最新。'],
      ['zh-CN: 弥散加权成像 DWI 可以补做。', 'zh-CN: 弥散加权成像 DWI 可在本国补做。'],
      ['zh-CN: 头痛涉及头部。', 'zh-CN: 新发头痛涉及头部。'],
      ['zh-CN: 薄层 CT', 'zh-CN: 肿瘤薄层 CT'],
      ['zh-CN: 缺少 DWI 无法评估脑梗死。', 'zh-CN: 缺少弥散加权成像 DWI，无法评估急性脑梗死。'],
      ['zh-CN: 筛查脑转移', 'zh-CN: 筛查有无脑转移'],
      ['zh-CN: 请带最新的影像。', 'zh-CN: 请只带最新的影像。'],
    ),
  );
  assert.deepEqual(
    d.changes.map((c) => `${c.kind} ${c.key} ${c.field}`),
    [
      'protocol-changed title zh-CN',
      'validity-changed active-oncology because.zh-CN',
      'rule-changed metastases order.reason.zh-CN',
      'rule-changed thin title.zh-CN',
      'rule-changed thin impact.DWI.zh-CN',
      'missing-changed DWI because.zh-CN',
      'concern-changed new-headache because.zh-CN',
      'advice-changed redo text.zh-CN',
    ],
  );
  assert.ok(
    d.changes.every((c) => c.wording && c.language === 'zh-CN' && c.direction === null),
    'all wording, all Chinese',
  );
  assert.deepEqual(d.impact.studies, []);
  assert.equal(d.impact.cases.run, 0);
  assert.equal(d.changes[0].message, 'title (zh-CN): 公立医院 → 公立医院（默认）');
  assert.equal(d.changes.at(-1).message, 'advice (when redo): text (zh-CN): 请带最新的影像。 → 请只带最新的影像。');
});

test('a behaviour change beside a wording change: the verdict moves and only the behaviour change says stricter', () => {
  const d = diff(edited(['<= 5mm', '<= 2.5mm'], ['zh-CN: 薄层图像能发现小结节。', 'zh-CN: 薄层图像可发现小结节。']));
  assert.deepEqual(
    d.changes.map((c) => [c.field, c.direction, c.wording]),
    [
      ['require.slice_thickness', 'stricter', false],
      ['because.zh-CN', null, true],
    ],
  );
  assert.deepEqual(
    d.impact.studies.map((v) => `${v.study}: ${v.before} → ${v.after}`),
    ['chest-ct: accept → redo'],
  );
  assert.equal(summaryText(d), '2 changes in 1 protocol (1 stricter, 1 wording only) · 1 study changes verdict · 1 case now fails its expect');
});

test("the diff's wording in Chinese: changes, notes, the summary, and the expectation that now fails", () => {
  const zh = new Catalogue('zh-CN');
  const d = diffProtocols(
    [
      { path: 'p.protocol.yaml', text: BASE },
      { path: 'lung.case.yaml', text: CASE },
    ],
    [
      { path: 'p.protocol.yaml', text: edited(['<= 5mm', '<= 2.5mm'], ['zh-CN: 薄层图像能发现小结节。', 'zh-CN: 薄层图像可发现小结节。']) },
      { path: 'lung.case.yaml', text: CASE },
    ],
    { say: zh },
  );
  assert.deepEqual(
    d.changes.map((c) => changeText(c, zh)),
    [
      '规则 thin：require.slice_thickness：<= 5mm → <= 2.5mm（更严格）',
      '规则 thin：because（zh-CN）：薄层图像能发现小结节。 → 薄层图像可发现小结节。（仅措辞）',
    ],
  );
  assert.equal(summaryText(d, zh), '1 个规范中有 2 处变更（1 处更严格、1 处仅措辞） · 1 项检查的结论改变 · 1 个病例的 expect 现在未通过');
  // The data stays English whatever the reader's language: the JSON and the LSP read `message`.
  assert.equal(d.changes[0].message, 'rule thin: require.slice_thickness: <= 5mm → <= 2.5mm');
  // The failing expectation is said in the language the diff was run in.
  assert.match(d.impact.newlyFailing[0].failures[0].message, /\p{Script=Han}/u);

  const markdown = renderDiffMarkdown({ before: 'HEAD', after: '工作区', diff: d, say: zh });
  assert.match(markdown, /^## Reimage 差异：HEAD → 工作区$/m);
  assert.match(markdown, /^### 规范变更$/m);
  assert.match(markdown, /^\| \| 变更 \| 方向 \| 位置 \|$/m);
  assert.match(markdown, /^\| ~ \| 规则 thin：because（zh-CN）：.* \| 仅措辞 \| `p\.protocol\.yaml:21` \|$/m);
  assert.match(markdown, /^\| lung \| chest-ct \| 认可 → \*\*重做\*\* \| `thin` \|/m);
  assert.match(markdown, /^#### ❌ `expect` 现在未通过的病例$/m);
  assert.match(markdown, /^比较了 1 个病例文件，1 个在两个版本中运行。$/m);

  const html = renderDiffHtml({ before: 'HEAD', after: '工作区', diff: d, say: zh });
  assert.match(html, /<html lang="zh-CN">/);
  assert.match(html, /<h2 id="protocol-changes">规范变更<\/h2>/);
  assert.match(html, /<h3 id="protocol-1">规范 <code>p<\/code><\/h3>/);
  assert.match(html, /<span class="muted">仅措辞<\/span>/);
  assert.match(html, /<h3><span aria-hidden="true">✘ <\/span><code>expect<\/code> 现在未通过的病例<\/h3>/);
});

test('the English views are unchanged by the catalogue: a report without a language is in English', () => {
  const d = diff(edited(['zh-CN: 薄层图像能发现小结节。', 'zh-CN: 薄层图像可发现小结节。']));
  const markdown = renderDiffMarkdown({ before: 'a', after: 'b', diff: d });
  assert.match(markdown, /^\| ~ \| rule thin: because \(zh-CN\): .* \| wording \| `p\.protocol\.yaml:21` \|$/m);
  assert.match(markdown, /^\*\*1 change in 1 protocol \(1 wording only\) · no verdict changes\*\*$/m);
});

test("git's normalized view shows each language's text on its own line, under the English", () => {
  const view = normalizeProtocolText({ path: 'p.protocol.yaml', text: BASE });
  const lines = view.split('\n');
  const after = (line) => lines[lines.indexOf(line) + 1];
  assert.equal(after('title: Public hospital'), 'title.zh-CN: 公立医院');
  assert.equal(after('rule thin: because: Thin sections find small nodules.'), 'rule thin: because.zh-CN: 薄层图像能发现小结节。');
  assert.equal(after('validity active-oncology: because: Staging must be current.'), 'validity active-oncology: because.zh-CN: 分期必须是最新的。');
  assert.equal(after('advice redo: Bring your newest imaging.'), 'advice redo: text.zh-CN: 请带最新的影像。');
  assert.ok(lines.includes('rule metastases: order.reason.zh-CN: 筛查脑转移'));
  assert.ok(lines.includes('rule thin: impact.DWI.zh-CN: 缺少 DWI 无法评估脑梗死。'));
});

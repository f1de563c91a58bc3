// A profile's own words in two languages: `because`, `note`, `impact`, `advice`, an order's
// `reason` written per language are said in the reader's; a plain string is in the profile's
// `language`, and a text missing in the reader's language falls back and is noted once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const { analyzeProject, runCases, Catalogue, formatText } = core;

const PROTOCOL = `protocol: two
hospital: { sector: public, currency: USD }
validity:
  active-oncology:
    window: 4w
    beyond: redo
    because: { en: The study is too old., zh-CN: 检查已过有效期。 }
rules:
  - id: brain
    when: { modality: MR }
    require: { sequences: [T1, DWI] }
    otherwise: supplement
    because:
      en: Brain MRI needs DWI.
      zh-CN: 脑部 MRI 需要弥散加权成像 DWI。
    impact:
      DWI: { en: Without DWI acute infarction cannot be assessed., zh-CN: 缺少 DWI 无法评估急性脑梗死。 }
    note: { en: Ask for the original DICOM., zh-CN: 请索取原始 DICOM。 }
    advice: { en: Bring the DWI series., zh-CN: 请带上 DWI 序列。 }
`;
const CASE = `case: c
protocol: two
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - { id: mr, modality: MR, date: 2026-04-01, sequences: [T1] }
  - { id: old, modality: MR, date: 2026-01-01, sequences: [T1, DWI] }
`;

function run(files, locale) {
  const project = analyzeProject(files);
  const say = new Catalogue(locale);
  const result = runCases(project, undefined, say).cases[0];
  const reasons = Object.fromEntries(result.studies.map((s) => [s.id, s.reasons.map((r) => r.message).join(' | ')]));
  return { project, reasons, advice: result.advice, fallbacks: [...say.fallbacks] };
}

test("text written per language is said in the reader's language, with no finding and no fallback", () => {
  const files = [
    { path: 'two.protocol.yaml', text: PROTOCOL },
    { path: 'c.case.yaml', text: CASE },
  ];
  const zh = run(files, 'zh-CN');
  assert.deepEqual([...zh.project.diagnostics.values()].flat(), []);
  assert.match(zh.reasons.mr, /脑部 MRI 需要弥散加权成像 DWI。/);
  assert.match(zh.reasons.mr, /缺少 DWI 无法评估急性脑梗死。/);
  assert.match(zh.reasons.mr, /请索取原始 DICOM。/);
  assert.match(zh.reasons.old, /检查已过有效期。/);
  assert.deepEqual(zh.advice, ['请带上 DWI 序列。'], "the rule's advice, as the rule writes it in Chinese");
  assert.deepEqual(zh.fallbacks, []);
  const en = run(files, 'en');
  assert.match(en.reasons.mr, /Brain MRI needs DWI\. .*Note: Ask for the original DICOM\./);
  assert.match(en.reasons.mr, /Without DWI acute infarction cannot be assessed\./);
  assert.deepEqual(en.advice, ['Bring the DWI series.']);
  assert.doesNotMatch(Object.values(en.reasons).join(), /\p{Script=Han}/u);
});

test('a profile written only in Chinese runs in English with its Chinese words, and says it fell back to zh-CN', () => {
  const chineseOnly = PROTOCOL.replace('hospital:', 'language: zh-CN\nhospital:').replace(/because:\n\s+en: .*\n\s+zh-CN: (.*)\n/, 'because: $1\n');
  const files = [
    { path: 'two.protocol.yaml', text: chineseOnly },
    { path: 'c.case.yaml', text: CASE },
  ];
  const en = run(files, 'en');
  assert.match(en.reasons.mr, /脑部 MRI 需要弥散加权成像 DWI。/);
  assert.deepEqual(en.fallbacks, ['zh-CN']);
});

test('per-language text: the formatter keeps it as written and is idempotent', () => {
  const once = formatText(PROTOCOL, { kind: 'protocol' });
  assert.ok(!once.refused, once.refused);
  const text = once.changed ? once.text : PROTOCOL;
  assert.match(text, /zh-CN: 脑部 MRI 需要弥散加权成像 DWI。/);
  const twice = formatText(text, { kind: 'protocol' });
  assert.equal(twice.changed, false);
});

/** Completion labels at `$0` in a protocol `text`. */
function labelsAt(text) {
  const offset = text.indexOf('$0');
  const source = text.replace('$0', '');
  const project = analyzeProject([{ path: 'p.protocol.yaml', text: source }]);
  return core.completeAt(project, 'p.protocol.yaml', offset);
}

test('completion offers the languages not yet written inside a per-language text, block or flow, wherever words are written', () => {
  const keys = (text) =>
    labelsAt(text)
      .filter((i) => i.kind === 'key')
      .map((i) => i.label);
  // A rule's because, one language written: the other one.
  assert.deepEqual(keys('protocol: p\nrules:\n  - id: r\n    verdict: redo\n    because:\n      en: Thin.\n      $0\n'), ['zh-CN']);
  // Flow form.
  assert.deepEqual(keys('protocol: p\nrules:\n  - id: r\n    verdict: redo\n    because: { zh-CN: 薄层。, $0 }\n'), ['en']);
  // A validity window's because, nothing written yet: both, English first.
  assert.deepEqual(keys('protocol: p\nvalidity:\n  active-oncology:\n    window: 4w\n    because:\n      $0\n'), ['en', 'zh-CN']);
  // An advice line's text and the protocol's title.
  assert.deepEqual(keys('protocol: p\nadvice:\n  - when: redo\n    text:\n      zh-CN: 请。\n      $0\n'), ['en']);
  assert.deepEqual(keys('protocol: p\ntitle:\n  $0\n'), ['en', 'zh-CN']);
  const item = labelsAt('protocol: p\ntitle:\n  $0\n')[1];
  assert.equal(item.detail, '简体中文');
  assert.equal(item.insertText, 'zh-CN: ');
  // Not in a map that is not text: a rule's `when` offers its conditions, no language.
  const when = keys('protocol: p\nrules:\n  - id: r\n    verdict: redo\n    when:\n      $0\n');
  assert.ok(when.includes('modality'));
  assert.ok(!when.includes('en') && !when.includes('zh-CN'), when.join());
});

test('hover on a language key of a per-language text says what it holds', () => {
  const text = 'protocol: p\nrules:\n  - id: r\n    verdict: redo\n    because:\n      en: Thin.\n      zh-CN: 薄层。\n';
  const project = analyzeProject([{ path: 'p.protocol.yaml', text }]);
  const hover = core.hoverAt(project, 'p.protocol.yaml', text.indexOf('zh-CN') + 1);
  assert.match(hover.markdown, /^\*\*zh-CN\*\*/);
  assert.match(hover.markdown, /language its key names/);
  const because = core.hoverAt(project, 'p.protocol.yaml', text.indexOf('because') + 1);
  assert.match(because.markdown, /^\*\*because\*\*/);
});

test('the formatter keeps every per-language text, in every place and form, and a second run changes nothing', () => {
  const messy = `protocol: p
title: {zh-CN: 公立医院, en: Public hospital}
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w, beyond: redo, because: { en: "Too old.", zh-CN: 太旧。 } }
rules:
  - id: r
    because:
        zh-CN:   薄层。
        en: Thin.
    verdict: redo
    when: { modality: CT }
    order: { modality: MR, reason: { en: Screen, zh-CN: 筛查 } }
    impact:
      DWI:
        - text: { en: Without DWI., zh-CN: 缺少 DWI。 }
          indication: stroke
advice:
  - text:
      en: Bring it.
      zh-CN: 带来。
    when: redo
`;
  const once = formatText(messy, { kind: 'protocol' });
  assert.ok(!once.refused, once.refused);
  assert.ok(once.changed);
  const twice = formatText(once.text, { kind: 'protocol' });
  assert.equal(twice.changed, false, 'fmt twice = fmt once');
  // The same texts in every language, read back from the formatted file.
  const texts = (source) => {
    const p = analyzeProject([{ path: 'p.protocol.yaml', text: source }]).protocols.get('p');
    return JSON.stringify([p.translations, p.rules[0].translations]);
  };
  assert.equal(texts(once.text), texts(messy));
  for (const zh of ['公立医院', '太旧。', '薄层。', '筛查', '缺少 DWI。', '带来。']) assert.ok(once.text.includes(zh), zh);
  // The key order of a rule is canonical; the languages stay in the order the author wrote them.
  assert.match(once.text, /because:\n {6}zh-CN: 薄层。\n {6}en: Thin\./);
});

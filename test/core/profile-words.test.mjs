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
  return { project, reasons, fallbacks: [...say.fallbacks] };
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
  assert.deepEqual(zh.fallbacks, []);
  const en = run(files, 'en');
  assert.match(en.reasons.mr, /Brain MRI needs DWI\. .*Note: Ask for the original DICOM\./);
  assert.match(en.reasons.mr, /Without DWI acute infarction cannot be assessed\./);
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

// The schemas' texts for people — titles, descriptions, enum values' descriptions, snippet
// descriptions — are written once, in English, in schemas/; every other shipped language has
// them in a table keyed by where the English stands (`case#/$defs/study/title`). This test reads
// the schema files itself, so a text added to a schema without its translation, a text changed
// after it was translated, a translation left behind after its text moved, or a translation that
// is still English fails here; then hover, completion and the schema findings are shown in
// Chinese through the core, and a stale entry is shown in English rather than in outdated words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import core from '../../dist/core.js';

const ROOT = join(import.meta.dirname, '..', '..');
const KINDS = ['protocol', 'case'];
const HAN = /\p{Script=Han}/u;

const step = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** Every text for people in a schema file, by place: the keywords of schema objects, not keys of `properties`, nor values in `examples`/`enum` or snippet bodies. */
function textsOf(kind) {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8'));
  const out = new Map();
  const visit = (node, pointer, namesOnly) => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${pointer}/${i}`, false));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${step(key)}`;
      if (namesOnly) visit(value, at, false);
      else if (['title', 'description', 'markdownDescription'].includes(key) && typeof value === 'string') out.set(`${kind}#${at}`, value);
      else if (key === 'markdownEnumDescriptions') value.forEach((text, i) => out.set(`${kind}#${at}/${i}`, text));
      else if (['examples', 'enum', 'const', 'default'].includes(key) || (key === 'body' && /\/defaultSnippets\/\d+$/.test(pointer))) continue;
      else visit(value, at, ['properties', '$defs', 'patternProperties', 'dependentRequired'].includes(key));
    }
  };
  visit(schema, '', false);
  return out;
}

const ENGLISH = new Map(KINDS.flatMap((kind) => [...textsOf(kind)]));
const codeSpans = (text) => text.match(/`[^`]*`/g) ?? [];
/** Prose a reader sees: the text without its code spans, markdown marks or fenced YAML. */
const prose = (text) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');

test('the schemas have texts for people, and the walk finds them where hover reads them', () => {
  assert.ok(ENGLISH.size > 600, `${ENGLISH.size} texts`);
  assert.equal(ENGLISH.get('case#/$defs/study/properties/date/description'), 'The day the study was done.');
  assert.match(ENGLISH.get('protocol#/$defs/modality/markdownEnumDescriptions/3'), /Ultrasound/);
});

for (const [locale, table] of Object.entries(core.SCHEMA_TRANSLATIONS)) {
  test(`${locale}: every schema text has an entry translating the English it has now, and every entry a schema text`, () => {
    const missing = [...ENGLISH.keys()].filter((place) => !Object.hasOwn(table, place));
    const gone = Object.keys(table).filter((place) => !ENGLISH.has(place));
    const stale = [...ENGLISH].filter(([place, english]) => Object.hasOwn(table, place) && table[place].en !== english).map(([place]) => place);
    assert.deepEqual(missing, [], `${locale} lacks these schema texts`);
    assert.deepEqual(gone, [], `${locale} has entries for places the schemas no longer have`);
    assert.deepEqual(stale, [], `${locale} translates an English these schema texts no longer have: translate them again`);
  });

  test(`${locale}: no entry reads as English, and each keeps the code of its English`, () => {
    const problems = [];
    for (const [place, english] of ENGLISH) {
      const text = table[place]?.text;
      if (text === undefined) continue;
      if (/[a-z]{3,}/i.test(prose(english)) && !HAN.test(prose(text))) problems.push(`${place} looks untranslated: ${text}`);
      // Three English words in a row outside code are English prose left in (names like `PI-RADS v2.1` are two).
      const englishRun = /\b[A-Za-z]{2,}[,;]? [A-Za-z]{2,}[,;]? [A-Za-z]{3,}\b/.exec(prose(text));
      if (englishRun) problems.push(`${place} has English prose "${englishRun[0]}": ${text}`);
      for (const span of codeSpans(english)) if (!text.includes(span)) problems.push(`${place} lost ${span}: ${text}`);
    }
    assert.deepEqual(problems, []);
  });
}

test('a text whose entry translates other English, or has no entry, is shown in its English rather than in outdated words', () => {
  const place = 'case#/$defs/study/properties/date/description';
  assert.equal(core.schemaTextIn('zh-CN', place, 'The day the study was done.'), '做检查的日期。');
  assert.equal(core.schemaTextIn('zh-CN', place, 'The day the images were taken.'), 'The day the images were taken.');
  assert.equal(core.schemaTextIn('zh-CN', 'case#/$defs/nowhere/description', 'Nowhere.'), 'Nowhere.');
  assert.equal(core.schemaTextIn('en', place, 'The day the study was done.'), 'The day the study was done.');
});

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
`;

const CASE = `case: x
protocol: p
on: 2026-04-10
patient: { context: active-oncology, purpose: oncology }
studies:
  - id: s
    modality: CT
    date: 2026-04-01
    slice_thickness: 5mm
`;

function project(caseText = CASE) {
  return core.analyzeProject([
    { path: 'protocols/p.protocol.yaml', text: PROTOCOL },
    { path: 'cases/x.case.yaml', text: caseText },
  ]);
}

const say = (locale) => core.catalogueFor(locale);
const hoverOn = (needle, locale, text = CASE) => core.hoverAt(project(text), 'cases/x.case.yaml', text.indexOf(needle) + 1, say(locale))?.markdown ?? '';

test('zh-CN: hover on a key gives its kind and description in Chinese; English as the schema writes it', () => {
  const zh = hoverOn('modality', 'zh-CN');
  assert.ok(zh.includes('**modality** — 检查方式'), zh);
  assert.ok(zh.includes('影像的种类：`CT`。'), zh);
  const en = hoverOn('modality', 'en');
  assert.ok(en.includes('**modality** — modality'), en);
  assert.ok(en.includes('The kind of imaging: `CT`.'), en);
});

test('zh-CN: hover on an enum value gives the value’s own description and the allowed values in Chinese', () => {
  const zh = hoverOn('CT\n', 'zh-CN');
  assert.ok(zh.includes('**CT**（计算机断层扫描）。原文：扫描 15–30 分钟，报告 1–2 个工作日。'), zh);
  assert.ok(zh.includes('可选值：`XR`、`CT`、`MR`'), zh);
  const en = hoverOn('CT\n', 'en');
  assert.ok(en.includes('**CT** (computed tomography).'), en);
  assert.ok(en.includes('Allowed values: `XR`, `CT`, `MR`'), en);
});

test('zh-CN: hover on a value with units and on a date says it in Chinese words', () => {
  assert.ok(hoverOn('5mm', 'zh-CN').includes('**5mm**：5 毫米'), hoverOn('5mm', 'zh-CN'));
  assert.ok(hoverOn('2026-04-01', 'zh-CN').includes('2026年4月1日（星期三）'), hoverOn('2026-04-01', 'zh-CN'));
  assert.ok(hoverOn('2026-04-01', 'en').includes('Wednesday, 1 April 2026'), hoverOn('2026-04-01', 'en'));
  const window = core.hoverAt(project(), 'protocols/p.protocol.yaml', PROTOCOL.indexOf('4w..6w') + 1, say('zh-CN')).markdown;
  assert.ok(window.includes('4 周（28 天）以内认可，6 周（42 天）以内复核，超出则**重做**'), window);
});

test('zh-CN: hover on a study gives its verdict, plan and expectation in Chinese, dates written the Chinese way', () => {
  const text = `${CASE}expect:\n  s: redo\n`;
  const zh = hoverOn('s: redo', 'zh-CN', text);
  assert.ok(zh.includes('**检查 `s`**：**重做**（CT，2026年4月1日，按 `p` 于 2026年4月10日 评估）'), zh);
  assert.ok(zh.includes('预期**重做**：符合'), zh);
  const en = hoverOn('s: redo', 'en', text);
  assert.ok(en.includes('**study `s`**: **redo** (CT, 2026-04-01, against `p` on 2026-04-10)'), en);
  assert.ok(en.includes('Expected **redo**: met'), en);
});

test('zh-CN: completion details and documentation come from the Chinese table', () => {
  const text = CASE.replace('    modality: CT\n', '    modality: \n');
  const offset = text.indexOf('modality: ') + 'modality: '.length;
  const zh = core.completeAt(project(text), 'cases/x.case.yaml', offset, say('zh-CN'));
  const mr = zh.find((i) => i.label === 'MR');
  assert.equal(mr.detail, '检查方式');
  assert.equal(mr.documentation, '**MRI**（磁共振成像）。原文：扫描 30–60 分钟，报告 1–3 个工作日。');
  const en = core.completeAt(project(text), 'cases/x.case.yaml', offset, say('en')).find((i) => i.label === 'MR');
  assert.equal(en.detail, 'modality');
  assert.equal(en.documentation, '**MRI** (magnetic resonance). The seed: scan 30–60 minutes, report 1–3 business days.');

  const keys = CASE.replace('    slice_thickness: 5mm\n', '    slice_thickness: 5mm\n    \n');
  const keyOffset = keys.indexOf('5mm\n    \n') + '5mm\n    '.length;
  const fieldStrength = core.completeAt(project(keys), 'cases/x.case.yaml', keyOffset, say('zh-CN')).find((i) => i.label === 'field_strength');
  assert.equal(fieldStrength.detail, '场强');
  assert.ok(fieldStrength.documentation.startsWith('MRI 扫描仪的场强：`1.5T`。'), fieldStrength.documentation);
  const sequences = core.completeAt(project(keys), 'cases/x.case.yaml', keyOffset, say('zh-CN')).find((i) => i.label === 'sequences');
  assert.equal(sequences.detail, 'MR 序列列表');

  const unit = CASE.replace('slice_thickness: 5mm', 'slice_thickness: 5');
  const units = core.completeAt(project(unit), 'cases/x.case.yaml', unit.indexOf('slice_thickness: 5') + 'slice_thickness: 5'.length, say('zh-CN'));
  assert.deepEqual(
    units.map((i) => [i.label, i.detail]),
    [['mm', '毫米']],
  );
});

test('zh-CN: a schema finding says what was expected in Chinese; its code and English are unchanged', () => {
  const text = CASE.replace('on: 2026-04-10', 'on: [2026]').replace('    modality: CT\n    date: 2026-04-01\n', '    modality: CTT\n');
  const findings = project(text).files.get('cases/x.case.yaml').diagnostics;
  const said = (code) => {
    const d = findings.find((x) => x.code === code);
    return [d.message, core.sayMessage(d, say('zh-CN'))];
  };
  assert.deepEqual(said('wrong-type'), ['`on` must be a date such as 2026-04-10, found a list', '`on`应为日期（如 2026-04-10），实际为列表']);
  assert.deepEqual(said('missing-key'), ["study 's' needs `date`: the day the study was done.", '检查“s”缺少 `date`：做检查的日期。']);
  assert.deepEqual(said('unknown-value'), [
    "'CTT' is not a known modality value for `modality`; did you mean CT? Expected one of: XR, CT, MR, US, PET-CT, PET-MR",
    '“CTT”不是`modality`已知的检查方式取值；是否想写 CT？可选值：XR、CT、MR、US、PET-CT、PET-MR',
  ]);
});

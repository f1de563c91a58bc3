// The shipped profiles speak both languages: every text a reader sees (title, because, advice,
// impact, note, an order's reason, advice lines, the because of windows, missing items and
// concerns) is written in English and in Chinese, the Chinese uses the glossary's terms, and a
// run in either language says every text in that language without falling back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import core from '../../dist/core.js';

const { analyzeProject, runCases, Catalogue, LOCALES } = core;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (dir) =>
  readdirSync(`${ROOT}/${dir}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(`${ROOT}/${dir}/${f}`, 'utf8') }));
const PROFILES = read('protocols');
const CASES = [...read('protocols/cases'), ...read('protocols/cases/standards')];
const HAN = /\p{Script=Han}/u;

/** Every text of a protocol a reader can be shown, with where it is and its per-language texts. */
function textsOf(protocol) {
  const out = [];
  const add = (where, text, translations) => {
    if (text !== undefined) out.push({ where: `${protocol.id}: ${where}`, text, texts: translations[text] });
  };
  add('title', protocol.title, protocol.translations);
  for (const [key, w] of protocol.validity) add(`validity ${key}: because`, w.because, protocol.translations);
  for (const [key, m] of protocol.missing) add(`missing ${key}: because`, m.because, protocol.translations);
  for (const [key, c] of protocol.concerns) add(`concerns ${key}: because`, c.because, protocol.translations);
  protocol.advice.forEach((a, i) => add(`advice ${i} (${a.when})`, a.text, protocol.translations));
  for (const rule of protocol.rules) {
    const own = rule.translations ?? {};
    const at = `rule ${rule.id}`;
    add(`${at}: title`, rule.title, own);
    add(`${at}: because`, rule.because, own);
    add(`${at}: note`, rule.note, own);
    add(`${at}: advice`, rule.advice, own);
    add(`${at}: order reason`, rule.order?.reason, own);
    for (const [item, lines] of Object.entries(rule.impact)) for (const line of lines) add(`${at}: impact ${item}`, line.text, own);
    for (const [item, m] of rule.missing) add(`${at}: missing ${item}: because`, m.because, own);
  }
  return out;
}

const project = analyzeProject(PROFILES);
const texts = [...project.protocols.values()].flatMap(textsOf);

test('the shipped profiles are all read, with no finding at all (no missing translation, no unknown language)', () => {
  assert.deepEqual([...project.protocols.keys()].sort(), ['private-international', 'published-standards', 'tier3a-public']);
  assert.deepEqual([...project.diagnostics.values()].flat(), []);
  // A profile that wrote plain strings only would pass the finding check above: count the texts.
  assert.ok(texts.length >= 100, `${texts.length} texts`);
});

test('every text of every shipped profile is written in every shipped language: English in English, Chinese in Chinese', () => {
  const problems = [];
  for (const { where, text, texts: written } of texts) {
    if (!written) {
      problems.push(`${where}: a plain string ("${text}")`);
      continue;
    }
    for (const locale of LOCALES) if (!written[locale]?.trim()) problems.push(`${where}: no ${locale} text`);
    if (written.en && HAN.test(written.en)) problems.push(`${where}: Chinese characters in the English text`);
    if (written['zh-CN'] && !HAN.test(written['zh-CN'])) problems.push(`${where}: the zh-CN text is not Chinese ("${written['zh-CN']}")`);
  }
  assert.deepEqual(problems, []);
});

/**
 * Terms of docs/glossary.md that a Chinese text must use when its English says the term. Each
 * Chinese term is checked to be in the glossary, so the list cannot drift from it.
 */
const TERMS = [
  [/\bDWI\b/, '弥散加权成像 DWI'],
  [/\bLGE\b|late gadolinium enhancement/i, '延迟强化 LGE'],
  [/portal venous/i, '门静脉期'],
  [/delayed phase|, delayed\b|and delayed\b/i, '延迟期'],
  [/late arterial/i, '动脉晚期'],
  [/\bslice thickness\b|thin sections/i, '层厚'],
  [/field strength|≥ 1\.5T/i, '场强'],
  [/dynamic contrast/i, '动态增强'],
  [/\bcine\b/i, '电影序列'],
  [/multi-phase/i, '多期增强'],
  [/validity|valid for/i, '有效期'],
  [/\bIMD\b/, '接收医院国际医疗部'],
  [/in-plane/i, '层内'],
  [/temporal resolution/i, '时间分辨率'],
  [/transitional/i, '移行期'],
  [/sagittal/i, '矢状位'],
  [/coronal/i, '冠状位'],
  [/\baxial\b/i, '轴位'],
  [/gadolinium/i, '钆对比剂'],
  [/brain metastases/i, '脑转移'],
];

test("the Chinese texts use the glossary's terms where the English says them", () => {
  const glossary = readFileSync(`${ROOT}/docs/glossary.md`, 'utf8');
  for (const [, term] of TERMS) assert.ok(glossary.includes(term), `'${term}' is not in docs/glossary.md`);
  const problems = [];
  for (const { where, texts: written } of texts) {
    if (!written?.en || !written['zh-CN']) continue;
    // `DWI` alone is the vocabulary word; the prose term is checked once per text, not per mention.
    for (const [english, term] of TERMS) {
      if (!english.test(written.en)) continue;
      const wanted = term === '弥散加权成像 DWI' ? /DWI/ : new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (!wanted.test(written['zh-CN'])) problems.push(`${where}: "${written.en}" → "${written['zh-CN']}" lacks ${term}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the shipped cases run in Chinese without falling back to English, and in English without a Chinese word', () => {
  const all = analyzeProject([...PROFILES, ...CASES]);
  const zh = new Catalogue('zh-CN');
  const inChinese = runCases(all, undefined, zh);
  assert.deepEqual([...zh.fallbacks], []);
  const en = new Catalogue('en');
  const inEnglish = runCases(all, undefined, en);
  assert.deepEqual([...en.fallbacks], []);
  const words = (result) =>
    result.cases.flatMap((c) => [
      ...c.studies.flatMap((s) => s.reasons.map((r) => r.message)),
      ...c.orders.map((o) => o.reason ?? ''),
      ...c.advice.map((a) => (typeof a === 'string' ? a : a.text)),
    ]);
  const english = words(inEnglish);
  assert.ok(english.length > 100);
  assert.deepEqual(
    english.filter((w) => HAN.test(w)),
    [],
  );
  // The same verdicts in both languages: a language changes the words, never a judgement.
  const verdicts = (result) => result.cases.map((c) => `${c.case}: ${c.studies.map((s) => `${s.id} ${s.verdict}`).join(', ')}`);
  assert.deepEqual(verdicts(inChinese), verdicts(inEnglish));
  // Each Chinese reason quoting a profile's own words quotes its Chinese.
  const chinese = words(inChinese).join('\n');
  for (const sample of ['脑肿瘤及卒中 MRI 需要', '肿瘤活动期', '筛查脑转移', '超声是实时、依赖操作者的检查']) assert.ok(chinese.includes(sample), sample);
});

// The message catalogues: every key in every shipped language with the same parameters, the
// language a tag or the environment asks for, and display widths for aligned columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const { CATALOGUES, LOCALES, Catalogue, placeholdersOf, matchLocale, localeFromEnvironment, parseLanguageList, displayWidth, padToWidth, formatDateIn } = core;

test('every shipped language has every message key of English, with the same parameters, and no other', () => {
  const english = CATALOGUES.en;
  for (const locale of LOCALES) {
    const table = CATALOGUES[locale];
    const missing = Object.keys(english).filter((k) => !Object.hasOwn(table, k));
    const extra = Object.keys(table).filter((k) => !Object.hasOwn(english, k));
    assert.deepEqual(missing, [], `${locale} lacks these keys`);
    assert.deepEqual(extra, [], `${locale} has keys English does not`);
    for (const key of Object.keys(english)) {
      assert.deepEqual(placeholdersOf(table[key]), placeholdersOf(english[key]), `${locale} ${key}: parameters differ`);
      if (locale !== 'en' && key !== 'list.separator' && /[a-z]{3,}/i.test(english[key].replace(/\{[^}]*\}/g, '')) && !/[^\p{ASCII}]/u.test(table[key])) {
        assert.fail(`${locale} ${key} looks untranslated: ${table[key]}`);
      }
    }
  }
});

test("a message is said in the catalogue's language, with its parameters and plurals", () => {
  const en = new Catalogue('en');
  const zh = new Catalogue('zh-CN');
  assert.equal(en.t('cli.checked', { files: 1, errors: 2, warnings: 0 }), '1 file checked: 2 errors, 0 warnings');
  assert.equal(zh.t('cli.checked', { files: 1, errors: 2, warnings: 0 }), '已检查 1 个文件：2 个错误，0 个警告');
  assert.equal(zh.t('budget.unknown', { known: '', keys: ['CT', 'MR'], reserve: '' }), 'CT、MR 价格未知（请与接收医院国际医疗部确认）');
});

test('Chinese sets a Latin word from a parameter apart from the characters around it, and leaves digits, punctuation and English alone', () => {
  const zh = new Catalogue('zh-CN');
  const decided = (item) => zh.t('eval.item-decision', { item, decision: core.message('eval.item.supplement'), because: '' });
  assert.equal(decided('FLAIR'), 'FLAIR 可补充检查', 'a parameter followed by another parameter');
  assert.equal(decided('弥散加权'), '弥散加权可补充检查', 'Chinese meets Chinese');
  assert.equal(zh.t('hover.value-words', { value: 'CT', words: '计算机断层扫描' }), '**CT**：计算机断层扫描', 'punctuation between them');
  assert.equal(zh.t('cli.checked', { files: 1, errors: 2, warnings: 0 }), '已检查 1 个文件：2 个错误，0 个警告', 'the template spaces digits itself');
  assert.equal(formatDateIn('2026-04-10', zh), '2026年4月10日', 'digits in a date stay close');
  assert.equal(
    new Catalogue('en').t('eval.item-decision', { item: 'FLAIR', decision: core.message('eval.item.supplement'), because: '' }),
    'FLAIR can be supplemented',
  );
});

test("English's a/an before a parameter goes by the sound of its first word: vowels, letters spelled out, numbers read aloud", () => {
  const en = new Catalogue('en');
  const article = (words) => en.t('eval.any-series-with', { words }).split(' ')[0];
  const cases = {
    axial: 'an',
    oblique: 'an',
    'post-contrast': 'a',
    sagittal: 'a',
    contiguous: 'a',
    // Capitals are spelled letter by letter; an "em", "es", "ex", "ef" starts with a vowel sound.
    MR: 'an',
    SWI: 'an',
    XR: 'an',
    'MR-contrast': 'an',
    CT: 'a',
    DWI: 'a',
    'T1-contrast': 'a',
    US: 'a',
    'PET-CT': 'a',
    // A letter alone is said by its name; FLAIR is said as a word.
    F: 'an',
    FLAIR: 'a',
    // Numbers as they are read: "three-D", "eight", "eleven", "eighteen thousand", "one hundred ten", "twelve", "twenty-one thousand".
    '3D': 'a',
    '2D': 'a',
    '8mm': 'an',
    11: 'an',
    '11,000': 'an',
    110: 'a',
    12: 'a',
    18000: 'an',
    21100: 'a',
    '1.5T': 'a',
    800: 'an',
    // Spelled with a vowel, said with a consonant, and the other way round.
    unilateral: 'a',
    'one-off': 'a',
    unknown: 'an',
    opportunity: 'an',
    hour: 'an',
    honor: 'an',
    head: 'a',
    dishonest: 'a',
  };
  assert.deepEqual(Object.fromEntries(Object.keys(cases).map((w) => [w, article(w)])), cases);
  // Chinese has no article; its template is untouched.
  assert.equal(new Catalogue('zh-CN').t('eval.any-series-with', { words: 'axial' }), 'axial 序列');
});

test("a profile's words are said in the reader's language, or fall back to the profile's and say from which", () => {
  const zh = new Catalogue('zh-CN');
  const en = new Catalogue('en');
  const both = { texts: { en: 'Thin sections.', 'zh-CN': '需要薄层。' }, language: 'en' };
  const chineseOnly = { texts: { 'zh-CN': '需要薄层。' }, language: 'zh-CN' };
  assert.equal(zh.t('sentence.dash', { text: both }), '——需要薄层。');
  assert.equal(en.t('sentence.dash', { text: both }), ' — Thin sections.');
  assert.equal(en.fallbacks.size, 0);
  assert.equal(en.t('sentence.dash', { text: chineseOnly }), ' — 需要薄层。');
  assert.deepEqual([...en.fallbacks], ['zh-CN']);
});

test('language tags from LSP clients, --lang and POSIX locales', () => {
  for (const tag of ['en', 'en-US', 'en_GB.UTF-8', 'C', 'POSIX', 'C.UTF-8']) assert.equal(matchLocale(tag), 'en', tag);
  for (const tag of ['zh-CN', 'zh-cn', 'zh_CN.UTF-8', 'zh-Hans', 'zh', 'zh_CN.GB18030@stroke']) assert.equal(matchLocale(tag), 'zh-CN', tag);
  for (const tag of ['zh-TW', 'zh-Hant', 'fr', 'de_DE.UTF-8', '', undefined]) assert.equal(matchLocale(tag), undefined, String(tag));
  assert.equal(localeFromEnvironment({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
  assert.equal(localeFromEnvironment({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'en', 'LC_ALL decides before LANG');
  assert.equal(localeFromEnvironment({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh-CN', 'LC_MESSAGES decides before LANG');
  assert.equal(localeFromEnvironment({ LC_ALL: '', LANG: 'zh_CN.UTF-8' }), 'zh-CN', 'an empty variable is not set');
  assert.equal(localeFromEnvironment({ LANG: 'fr_FR.UTF-8' }), 'en');
  assert.equal(localeFromEnvironment({}), 'en');
  assert.deepEqual(parseLanguageList('zh-CN,en'), { ok: true, locales: ['zh-CN', 'en'] });
  assert.deepEqual(parseLanguageList('ZH_cn'), { ok: true, locales: ['zh-CN'] });
  assert.deepEqual(parseLanguageList('zh-CN,fr'), { ok: false, unknown: 'fr' });
});

test('Chinese characters and full-width punctuation take two columns; colour codes and combining marks none', () => {
  assert.equal(displayWidth('chest-ct'), 8);
  assert.equal(displayWidth('重做'), 4);
  assert.equal(displayWidth('预算：'), 6);
  assert.equal(displayWidth('\x1b[31m重做\x1b[39m'), 4);
  assert.equal(displayWidth('e\u0301'), 1);
  assert.equal(displayWidth('𠀀'), 2, 'a CJK extension B character (a surrogate pair) is one wide character');
  assert.equal(padToWidth('认可', 6), '认可  ');
});

test('dates are written as each language writes them', () => {
  assert.equal(formatDateIn('2026-04-10', new Catalogue('en')), '2026-04-10');
  assert.equal(formatDateIn('2026-04-10', new Catalogue('zh-CN')), '2026年4月10日');
});

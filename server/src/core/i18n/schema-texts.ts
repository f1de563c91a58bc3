// The schemas' own texts — titles, descriptions, enum values' descriptions, snippet descriptions —
// in the reader's language. There is one schema per file kind and its texts are English; another
// language reads them from a table keyed by where the English stands (see schema-zh-cn.ts).
import type { Locale } from './locale';
import { SCHEMA_ZH_CN } from './schema-zh-cn';

/** One language's schema texts by place, `<file kind>#<JSON pointer>`: each with the English it translates. */
export type SchemaTranslations = Readonly<Record<string, { readonly en: string; readonly text: string }>>;

/** Per language other than English, its schema texts. */
export const SCHEMA_TRANSLATIONS: Readonly<Record<Exclude<Locale, 'en'>, SchemaTranslations>> = { 'zh-CN': SCHEMA_ZH_CN };

/** A JSON pointer's step for a key (`/` and `~` escaped, RFC 6901). */
export function pointerStep(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The schema text at `place` (`case#/$defs/study/properties/date/description`) in `locale`: the
 * English as written in the schema, else the table's translation of that English. A place without
 * an entry, or whose entry translates an English the schema no longer has, reads in English rather
 * than in outdated words (test/core/schema-texts.test.mjs keeps either from shipping).
 */
export function schemaTextIn(locale: Locale, place: string, english: string): string {
  if (locale === 'en') return english;
  const entry = SCHEMA_TRANSLATIONS[locale][place];
  return entry?.en === english ? entry.text : english;
}

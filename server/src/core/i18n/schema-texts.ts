// The schemas' own texts — titles, descriptions, enum values' descriptions, snippet descriptions —
// in the reader's language. There is one schema per file kind and its texts are English; another
// language reads them from a table keyed by where the English stands (see schema-zh-cn.ts).
import type { Locale } from './locale';
import { SCHEMA_ZH_CN } from './schema-zh-cn';

/** Per language other than English: the schema texts by place, `<file kind>#<JSON pointer>`. */
export const SCHEMA_TRANSLATIONS: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<string, string>>>> = { 'zh-CN': SCHEMA_ZH_CN };

/** A JSON pointer's step for a key (`/` and `~` escaped, RFC 6901). */
export function pointerStep(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The schema text at `place` (`case#/$defs/study/properties/date/description`) in `locale`: the
 * English as written in the schema, else the table's; the English when the table has no entry
 * (the completeness test keeps that from shipping).
 */
export function schemaTextIn(locale: Locale, place: string, english: string): string {
  if (locale === 'en') return english;
  return SCHEMA_TRANSLATIONS[locale][place] ?? english;
}

// The languages Reimage speaks and how a request for one is read: an LSP client's `locale`, a
// `--lang` value or a POSIX locale variable (`zh_CN.UTF-8`). English is the fallback everywhere.

/** Every shipped language; the first is the fallback. Adding one: see docs/localization.md. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The shipped language a tag asks for, or undefined: `en`, `en-US`, `en_GB.UTF-8` → en;
 * `zh-CN`, `zh-cn`, `zh_CN.UTF-8`, `zh-Hans`, `zh` → zh-CN. `C` and `POSIX` mean English.
 * Traditional-script tags (`zh-TW`, `zh-HK`, `zh-Hant`) are not Simplified Chinese: undefined.
 */
export function matchLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const t = tag
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-')
    .toLowerCase();
  if (t === 'c' || t === 'posix') return 'en';
  const [language, ...rest] = t.split('-');
  if (language === 'en') return 'en';
  if (language === 'zh') {
    if (rest.some((r) => r === 'tw' || r === 'hk' || r === 'mo' || r === 'hant')) return undefined;
    return 'zh-CN';
  }
  return undefined;
}

/** The language the environment asks for, POSIX's way: the first set of LC_ALL, LC_MESSAGES, LANG decides. */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return matchLocale(first) ?? DEFAULT_LOCALE;
}

/**
 * A `--lang` value: one language, or several separated by commas for a bilingual report
 * (`zh-CN,en`). Returns the languages in order, or the tag that is not a shipped language.
 */
export function parseLanguageList(value: string): { ok: true; locales: Locale[] } | { ok: false; unknown: string } {
  const locales: Locale[] = [];
  for (const part of value.split(',').map((p) => p.trim())) {
    // --lang is typed by a person: only the shipped names (any case, `_` for `-`) and bare `zh`.
    const exact = LOCALES.find((l) => l.toLowerCase() === part.replace(/_/g, '-').toLowerCase()) ?? (part.toLowerCase() === 'zh' ? 'zh-CN' : undefined);
    if (!exact) return { ok: false, unknown: part };
    if (!locales.includes(exact)) locales.push(exact);
  }
  return { ok: true, locales };
}

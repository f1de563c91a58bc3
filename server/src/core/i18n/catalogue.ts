// Messages as language-neutral data (a key of the catalogue and its parameters) and their text
// in one language. The core builds Messages; the CLI, the server and the reports say them in the
// reader's language. Templates: `{name}` is a parameter, `{name|one|other}` chooses by the number
// `name` (1 → one), for languages with plurals.
import { DEFAULT_LOCALE, type Locale } from './locale';
import { EN, type MessageKey } from './messages-en';
import { ZH_CN } from './messages-zh-cn';

export type { MessageKey } from './messages-en';

/** A profile's own words: written per language (`{ en: …, zh-CN: … }`) or once, in the profile's default language. */
export interface ProfileText {
  /** By language tag as written in the profile. */
  texts: Readonly<Record<string, string>>;
  /** The language a plain string is in (the profile's `language`, English unless it says). */
  language: string;
}

export type MessageParam = string | number | Message | ProfileText | readonly MessageParam[];

export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, MessageParam>>;
}

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: EN, 'zh-CN': ZH_CN };

export function message(key: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

function isMessage(p: MessageParam): p is Message {
  return typeof p === 'object' && !Array.isArray(p) && 'key' in p;
}

function isList(p: MessageParam): p is readonly MessageParam[] {
  return Array.isArray(p);
}

/** The text of a profile's words in `locale`: its own, or the default language's when it has none (and `fellBack` hears of it). */
export function profileTextIn(text: ProfileText, locale: Locale, fellBack?: (from: string) => void): string {
  const own = text.texts[locale];
  if (own !== undefined) return own;
  const fallback = text.texts[text.language] ?? Object.values(text.texts)[0] ?? '';
  const from = text.texts[text.language] !== undefined ? text.language : Object.keys(text.texts)[0];
  if (from !== undefined && from !== locale) fellBack?.(from);
  return fallback;
}

/** Says messages in one language. */
export class Catalogue {
  readonly locale: Locale;
  private readonly table: Readonly<Record<MessageKey, string>>;
  /** Languages the profile's words fell back to because they had none in this one. */
  readonly fallbacks = new Set<string>();

  constructor(locale: Locale = DEFAULT_LOCALE) {
    this.locale = locale;
    this.table = CATALOGUES[locale];
  }

  t(key: MessageKey, params?: Readonly<Record<string, MessageParam>>): string {
    return fill(this.table[key] ?? EN[key], params ?? {}, (p) => this.param(p));
  }

  /** A message's text. */
  say(m: Message): string {
    return this.t(m.key, m.params);
  }

  private param(p: MessageParam): string {
    if (typeof p === 'string') return p;
    if (typeof p === 'number') return String(p);
    if (isList(p)) return p.map((x) => this.param(x)).join(this.t('list.separator'));
    if (isMessage(p)) return this.say(p);
    return profileTextIn(p, this.locale, (from) => this.fallbacks.add(from));
  }
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

function fill(template: string, params: Readonly<Record<string, MessageParam>>, say: (p: MessageParam) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (one !== undefined) return value === 1 ? one : other!;
    return say(value);
  });
}

/**
 * The parameters a template shows: what every language's template of a key must show alike. A
 * parameter that only chooses a plural form (`{count|sequence|sequences}`) is not shown: a
 * language without plurals leaves it out.
 */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].filter((m) => m[2] === undefined).map((m) => m[1]))].sort();
}

const catalogues = new Map<Locale, Catalogue>();

/** A shared catalogue for `locale` (without fallback tracking: make a `new Catalogue` to hear of fallbacks). */
export function catalogueFor(locale: Locale): Catalogue {
  let c = catalogues.get(locale);
  if (!c) catalogues.set(locale, (c = new Catalogue(locale)));
  return c;
}

/** A message in English: the text the core's data carries by default (`message` fields). */
export function english(key: MessageKey, params?: Readonly<Record<string, MessageParam>>): string {
  return catalogueFor('en').t(key, params);
}

// Messages as language-neutral data (a key of the catalogue and its parameters) and their text
// in one language. The core builds Messages; the CLI, the server and the reports say them in the
// reader's language. Templates: `{name}` is a parameter, `{name|one|other}` chooses by the number
// `name` (1 → one), for languages with plurals. In English, an `a` or `an` written just before a
// parameter agrees with the parameter's first word as spoken (english-article.ts).
import { indefiniteArticle } from './english-article';
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
    return fill(this.table[key] ?? EN[key], params ?? {}, (p) => this.param(p), {
      spaced: SPACED_SCRIPTS.has(this.locale),
      articles: this.locale === 'en',
    });
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

/**
 * Languages that set a Latin word apart from the Han characters around it with a space (W3C's
 * "Requirements for Chinese Text Layout", mixed text): `FLAIR 可补充检查`, not `FLAIR可补充检查`.
 * A template writes its own spaces; where a parameter meets the template, fill adds them. Digits
 * are left alone: a Chinese date is `2026年4月10日`.
 */
const SPACED_SCRIPTS: ReadonlySet<Locale> = new Set(['zh-CN']);
const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[A-Za-z]/;

function needsSpace(left: string | undefined, right: string | undefined): boolean {
  if (!left || !right) return false;
  return (HAN.test(left) && LATIN_LETTER.test(right)) || (LATIN_LETTER.test(left) && HAN.test(right));
}

/** How `fill` sets a parameter into its template's language. */
interface FillStyle {
  /** A space between a parameter's Latin letters and the template's Han characters (SPACED_SCRIPTS). */
  spaced: boolean;
  /** English: the template's `a`/`an` just before a parameter agrees with it ("an axial", "a 3D"). */
  articles: boolean;
}

/** The template's own `a`/`an` (a word of its own) at the end of its text before a parameter. */
const ARTICLE_BEFORE = /(^|[^A-Za-z])(an?) $/;

function fill(template: string, params: Readonly<Record<string, MessageParam>>, say: (p: MessageParam) => string, { spaced, articles }: FillStyle): string {
  let out = '';
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const [whole, name, one, other] = m;
    const at = m.index;
    const literal = template.slice(from, at);
    out += literal;
    from = at + whole.length;
    if (!Object.hasOwn(params, name)) out += whole;
    else if (one !== undefined) out += params[name] === 1 ? one : other;
    else {
      // What comes before is the text so far (a parameter may follow another); what comes after
      // is the template's, or the next parameter's own concern.
      const text = say(params[name]);
      const article = articles ? ARTICLE_BEFORE.exec(literal)?.[2] : undefined;
      if (article) {
        out = out.slice(0, out.length - article.length - 1) + indefiniteArticle(text) + ' ';
      }
      const before = spaced && needsSpace(out[out.length - 1], text[0]) ? ' ' : '';
      const after = spaced && needsSpace(text[text.length - 1], template[from]) ? ' ' : '';
      out += before + text + after;
    }
  }
  return out + template.slice(from);
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

// Typed reads of YAML nodes for the model builders: each read returns the value with its
// range, or nothing when the shape is wrong (the schema check reports shapes). A builder
// that reports a finding on a value claims its path, so the schema check stays quiet there.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { error, fixOf, warning, type Diagnostic, type DiagnosticCode, type Fix } from '../diagnostics';
import { message, type Message } from '../i18n/catalogue';
import { LOCALES, matchLocale } from '../i18n/locale';
import type { Translations } from '../model';
import { closest } from '../semantics/spelling';
import { EMPTY_RANGE, type TextRange } from '../text';
import type { UnitError, UnitResult } from '../units/units';
import { rangeOf } from './parse-yaml';

export type Path = ReadonlyArray<string | number>;

export interface Entry {
  key: string;
  keyRange: TextRange;
  node: Node | null;
  path: Path;
  pair: Pair;
}

/** JSON pointer of a path, as ajv writes `instancePath`. */
export function pointer(path: Path): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export class NodeReader {
  readonly diagnostics: Diagnostic[] = [];
  /** JSON pointers of values this reader reported on. */
  readonly claimed = new Set<string>();

  /** The per-language texts read (`words`), by the text the model keeps for each. */
  readonly translations: Translations = {};

  constructor(readonly file: string) {}

  report(code: DiagnosticCode, message: Message, range: TextRange, path: Path | null, fixes?: Fix[]): void {
    this.diagnostics.push(error(code, message, range, fixes ? { fixes } : undefined));
    if (path) this.claimed.add(pointer(path));
  }

  warn(code: DiagnosticCode, message: Message, range: TextRange, fixes?: Fix[]): void {
    this.diagnostics.push(warning(code, message, range, fixes ? { fixes } : undefined));
  }

  /**
   * A profile's own words: a plain string, or the same text per language (`{ en: …, zh-CN: … }`).
   * For the latter the model keeps the English text (else the first written) and `translations`
   * every language's; a tag that is not a shipped language, or a shipped language left out, is a
   * warning — the text still reads in the languages it has.
   */
  words(node: Node | null | undefined): string | undefined {
    if (!isMap(node)) return this.string(node);
    const texts: Record<string, string> = {};
    for (const entry of this.entries(node, [])) {
      const text = this.string(entry.node);
      if (text === undefined) continue;
      const known = (LOCALES as readonly string[]).includes(entry.key);
      if (!known) {
        const guess = matchLocale(entry.key) ?? closest(entry.key, LOCALES);
        const fixes = guess ? [fixOf(message('fix.change-to', { value: guess }), [{ range: entry.keyRange, text: guess }])] : undefined;
        this.warn(
          'unknown-key',
          message(guess ? 'words.unknown-language-guess' : 'words.unknown-language', { tag: entry.key, guess: guess ?? '', languages: [...LOCALES] }),
          entry.keyRange,
          fixes,
        );
      }
      texts[entry.key] = text;
    }
    const shown = texts.en ?? Object.values(texts)[0];
    if (shown === undefined) return undefined;
    const missing = LOCALES.filter((l) => texts[l] === undefined);
    const written = Object.keys(texts).filter((t) => (LOCALES as readonly string[]).includes(t));
    if (missing.length)
      this.warn(
        'missing-translation',
        message('words.missing-translation', { missing, written: written.length ? written : Object.keys(texts) }),
        this.range(node),
      );
    this.translations[shown] = texts;
    return shown;
  }

  range(node: Node | null | undefined, fallback: TextRange = EMPTY_RANGE): TextRange {
    return rangeOf(node) ?? fallback;
  }

  entries(node: Node | null | undefined, path: Path): Entry[] {
    if (!isMap(node)) return [];
    const out: Entry[] = [];
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      out.push({ key, keyRange: this.range(pair.key), node: (pair.value as Node | null) ?? null, path: [...path, key], pair });
    }
    return out;
  }

  get(node: Node | null | undefined, key: string): Node | null {
    if (!isMap(node)) return null;
    for (const pair of node.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key) return (pair.value as Node | null) ?? null;
    }
    return null;
  }

  items(node: Node | null | undefined): Node[] {
    return isSeq(node) ? (node.items as Node[]) : [];
  }

  scalar(node: Node | null | undefined): unknown {
    return isScalar(node) ? node.value : undefined;
  }

  string(node: Node | null | undefined): string | undefined {
    const v = this.scalar(node);
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  }

  boolean(node: Node | null | undefined): boolean | undefined {
    const v = this.scalar(node);
    return typeof v === 'boolean' ? v : undefined;
  }

  /** A scalar or a list of scalars, as a list (for `when` conditions and vocabulary lists). */
  list(node: Node | null | undefined): Array<string | boolean> {
    if (isSeq(node)) {
      return node.items.map((n) => (isScalar(n) ? n.value : undefined)).filter((v): v is string | boolean => typeof v === 'string' || typeof v === 'boolean');
    }
    const v = this.scalar(node);
    return typeof v === 'string' || typeof v === 'boolean' ? [v] : typeof v === 'number' ? [String(v)] : [];
  }

  stringList(node: Node | null | undefined): string[] {
    return this.list(node).filter((v): v is string => typeof v === 'string');
  }

  /**
   * Parses a unit-carrying scalar; on failure reports at the offending part of the value.
   * Numbers are read as their text, so `5` for a length says "needs a unit".
   */
  unit<T>(node: Node | null | undefined, path: Path, parse: (text: string) => UnitResult<T>): T | undefined {
    const raw = this.scalar(node);
    if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
    const text = String(raw);
    const result = parse(text);
    if (result.ok) return result.value;
    this.reportUnitError(node!, path, text, result.error);
    return undefined;
  }

  reportUnitError(node: Node, path: Path, text: string, e: UnitError): void {
    const range = this.range(node);
    // Offsets inside the value map onto the source only when the source spells it plainly, or
    // quoted with nothing escaped (`'>= 1400'`, which YAML needs for a leading `>`).
    const length = range.end - range.start;
    const quoted = isScalar(node) && (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') && length === text.length + 2;
    const source = length === text.length ? range.start : quoted ? range.start + 1 : null;
    const at = source === null ? range : { start: source + e.start, end: source + Math.max(e.end, e.start + 1) };
    // YAML reads a bare value that starts with `>` as folded text: such a value goes in quotes, as yaml-errors' fix writes it.
    const written = (value: string) => (value.startsWith('>') ? `"${value}"` : value);
    const fixes = e.suggestion ? [fixOf(message('fix.change-to', { value: e.suggestion }), [{ range, text: written(e.suggestion) }])] : undefined;
    this.report(e.code, e.text, at, path, fixes);
  }
}

// The canonical format of protocol and case files (docs/language.md, "Canonical format").
// Invariants: no comment is lost or moved away from what it annotates, nothing the author
// ordered is reordered, the data never changes (checked on every run), format(format(x)) ===
// format(x). Text the formatter cannot round-trip exactly is refused and left as it is.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseYaml } from '../parse/parse-yaml';
import { fileKindOf } from '../file-kind';
import type { FileKind } from '../schema/validate-schema';
import type { TextRange } from '../text';
import { isOneLineDef, keyOrder, schemaOfItems, schemaOfKey, schemaRoot, type SchemaAt } from './key-order';
import { scalarText, type ParentColumn, type ScalarPlace, type ScalarText } from './scalars';
import { SourceText, type SourceComment, type Trivia } from './source-text';
import { english, message, type Message, type MessageKey } from '../i18n/catalogue';

/** A refusal as the results carry it: in English (`refused`, as before) and as a message to say in any language. */
function refusal(m: Message): { refused: string; refusal: Message } {
  return { refused: english(m.key, m.params), refusal: m };
}

export interface FormatOptions {
  /** Which schema gives the key order; found from the text (`protocol:` / `case:`) when absent. */
  kind?: FileKind;
}

export interface FormatResult {
  text: string;
  changed: boolean;
  /** Why the text was left as it is (then `text` is the input and `changed` is false). */
  refused?: string;
  /** The same, as a message to say in the reader's language. */
  refusal?: Message;
}

export interface FormatEdit {
  range: TextRange;
  text: string;
}

export interface RangeFormatResult {
  edits: FormatEdit[];
  refused?: string;
  refusal?: Message;
}

/** Formats a whole protocol or case file. */
export function formatText(text: string, options: FormatOptions = {}): FormatResult {
  const run = formatDocument(text, options);
  if ('refused' in run) return { text, changed: false, ...refusal(run.refused) };
  return { text: run.text, changed: run.text !== text };
}

/**
 * Formats only the top-level sections — or, inside a list section such as `rules`, the list
 * items — that `range` touches. Each edit lies inside one of those items.
 */
export function formatRange(text: string, range: TextRange, options: FormatOptions = {}): RangeFormatResult {
  const run = formatDocument(text, options);
  if ('refused' in run) return { edits: [], ...refusal(run.refused) };
  if (run.text === text) return { edits: [] };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const src = run.source;
  const first = src.lineOf(Math.max(0, range.start - bom));
  const last = src.lineOf(Math.max(0, Math.max(range.start, range.end - 1) - bom));
  const touches = (u: Unit) => u.srcFirst <= last && u.srcLast >= first;
  const chosen: Unit[] = [];
  for (const root of run.units.filter((u) => u.kind === 'root' && touches(u))) {
    const items = run.units.filter((u) => u.kind === 'item' && u.parent === root.id);
    // Below a list section's key line: only the items touched; otherwise the whole section.
    const insideItems = items.length > 0 && first > root.keyLine;
    pushAll(chosen, insideItems ? items.filter(touches) : [root]);
  }
  if (run.units.length === 0) {
    // Not a block map of sections: the whole document is the one enclosing item.
    return { edits: minimalEdits(text, 0, text.length, run.text) };
  }
  const edits: FormatEdit[] = [];
  for (const unit of chosen) {
    const own = run.lines.filter((l) => (unit.kind === 'root' ? l.root === unit.id : l.item === unit.id));
    while (own.length && own[0].text === '') own.shift();
    while (own.length && own[own.length - 1].text === '' && !own[own.length - 1].keep) own.pop();
    let lines = own.map((l) => l.text);
    if (unit.kind === 'item') {
      const shifted = shiftLines(lines, unit.dashCol - unit.newDashCol);
      if (!shifted) continue;
      lines = shifted;
    }
    const start = bom + src.lineStarts[unit.srcFirst];
    const end = bom + src.lineStarts[unit.srcLast] + src.lines[unit.srcLast].length;
    edits.push(...minimalEdits(text, start, end, lines.join(src.eol)));
  }
  edits.sort((a, b) => a.range.start - b.range.start);
  // Formatting part of a file must not change its data either.
  let patched = text;
  for (const edit of [...edits].reverse()) patched = patched.slice(0, edit.range.start) + edit.text + patched.slice(edit.range.end);
  const check = parseYaml(patched);
  if (check.diagnostics.some((d) => d.severity === 'error') || !deepEqual(check.value, run.value)) {
    return { edits: [], ...refusal(message('format.range-changes-meaning')) };
  }
  return { edits };
}

/** The one edit that turns text[start, end) into `replacement`, trimmed to what differs. */
function minimalEdits(text: string, start: number, end: number, replacement: string): FormatEdit[] {
  const old = text.slice(start, end);
  if (old === replacement) return [];
  let head = 0;
  while (head < old.length && head < replacement.length && old[head] === replacement[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < replacement.length - head && old[old.length - 1 - tail] === replacement[replacement.length - 1 - tail]) tail++;
  return [{ range: { start: start + head, end: end - tail }, text: replacement.slice(head, replacement.length - tail) }];
}

/** Moves lines right (or left) by `delta` columns; null when a line has too little indentation. */
function shiftLines(lines: string[], delta: number): string[] | null {
  if (delta === 0) return lines;
  const out: string[] = [];
  for (const line of lines) {
    if (line === '') out.push(line);
    else if (delta > 0) out.push(' '.repeat(delta) + line);
    else if (/^ *$/.test(line.slice(0, -delta))) out.push(line.slice(-delta));
    else return null;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

interface Unit {
  id: number;
  /** A top-level section, or an item of a top-level list. */
  kind: 'root' | 'item';
  parent: number;
  /** First and last source line: its own comments, the item, comments indented under it. */
  srcFirst: number;
  srcLast: number;
  /** The line of the section's key, or of the item's `-`. */
  keyLine: number;
  dashCol: number;
  newDashCol: number;
}

interface OutLine {
  text: string;
  /** A comment written at the end of this line. */
  comment?: SourceComment;
  /** A comment or blank line standing on its own. */
  trivia?: boolean;
  blank?: boolean;
  /** Part of a scalar's content: written exactly as it is. */
  keep?: boolean;
  root?: number;
  item?: number;
}

interface RenderedLine {
  text: string;
  root?: number;
  item?: number;
  /** Part of a scalar's content (an empty line here is content, not spacing). */
  keep?: boolean;
}

type Formatted = { text: string; lines: RenderedLine[]; units: Unit[]; source: SourceText; value: unknown } | { refused: Message };

function formatDocument(input: string, options: FormatOptions): Formatted {
  const bom = input.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = bom ? input.slice(1) : input;
  const parsed = parseYaml(text);
  const firstError = parsed.diagnostics.find((d) => d.severity === 'error');
  if (firstError || !parsed.doc) {
    if (!firstError) return { refused: message('format.unreadable') };
    const line = parsed.lineIndex.position(firstError.range.start).line + 1;
    return { refused: message('format.yaml-error', { line, error: firstError.text ?? firstError.message }) };
  }
  const src = new SourceText(text);
  const unsupported = src.unsupported[0];
  if (unsupported) return { refused: message('format.unsupported', { what: message(UNSUPPORTED[unsupported.what]), line: unsupported.line + 1 }) };
  if (src.docStarts.length > 1) return { refused: message('format.several-documents') };
  const kind = options.kind ?? fileKindOf('', parsed.value);
  const printer = new Printer(src, parsed.doc, schemaRoot(kind));
  const lines = printer.printDocument();
  printer.checkComments();
  if (printer.problem) return { refused: printer.problem };
  const rendered = render(lines);
  const out = rendered.length ? rendered.map((l) => l.text).join(src.eol) + src.eol : '';
  const again = parseYaml(out);
  if (again.diagnostics.some((d) => d.severity === 'error') || !deepEqual(again.value, parsed.value)) {
    return { refused: message('format.would-change-data') };
  }
  const before = src.comments.map((c) => c.text).sort();
  const after = new SourceText(out).comments.map((c) => c.text).sort();
  if (before.length !== after.length || before.some((c, i) => c !== after[i])) {
    return { refused: message('format.would-lose-comment') };
  }
  return { text: bom + out, lines: rendered, units: printer.units, source: src, value: parsed.value };
}

const MODELINE = /^#\s*yaml-language-server:/;

const UNSUPPORTED: Record<string, MessageKey> = {
  anchor: 'format.uses-anchor',
  alias: 'format.uses-alias',
  tag: 'format.uses-tag',
  'explicit-key': 'format.uses-explicit-key',
  directive: 'format.uses-directive',
  'doc-end': 'format.uses-doc-end',
};

/** Output lines → text lines: runs of blank lines become one, none at the start or the end. */
function render(lines: OutLine[]): RenderedLine[] {
  const out: RenderedLine[] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (line.blank && !line.keep) {
      if (!previousBlank) out.push({ text: '', root: line.root, item: line.item });
      previousBlank = true;
      continue;
    }
    let text = line.keep ? line.text : line.text.trimEnd();
    if (line.comment) text = text.trimEnd() + ' '.repeat(Math.max(1, line.comment.col - text.trimEnd().length)) + line.comment.text;
    out.push({ text, root: line.root, item: line.item, keep: line.keep });
    previousBlank = false;
  }
  while (out.length && out[out.length - 1].text === '' && !out[out.length - 1].keep) out.pop();
  return out;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !deepEqual(v, b.get(k))) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

function isCollection(node: unknown): node is Collection {
  return isMap(node) || isSeq(node);
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

class Printer {
  /** End-of-line comments, by the node they follow on their line. */
  private readonly anchored = new Map<unknown, SourceComment>();
  private readonly used = new Set<SourceComment>();
  readonly units: Unit[] = [];
  problem: Message | null = null;

  constructor(
    private readonly src: SourceText,
    private readonly doc: Document.Parsed,
    private readonly schema: SchemaAt,
  ) {
    this.anchorComments();
  }

  private fail(problem: Message): void {
    this.problem ??= problem;
  }

  private failed(problem: Message): OutLine[] {
    this.fail(problem);
    return [];
  }

  /** Gives every end-of-line comment to the last scalar or flow collection before it on its line. */
  private anchorComments(): void {
    const candidates = new Map<number, Array<{ end: number; node: unknown }>>();
    const add = (node: unknown, end: number) => {
      const line = this.src.lineOf(end);
      let list = candidates.get(line);
      if (!list) candidates.set(line, (list = []));
      list.push({ end, node });
    };
    const walk = (node: unknown, depth: number) => {
      if (depth > 200) return;
      if (isScalar(node) && node.range) {
        const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
        add(node, block ? node.range[0] + 1 : node.range[1]);
      } else if (isCollection(node) && node.range) {
        if (node.flow) add(node, node.range[1]);
        for (const item of node.items) {
          if (isMap(node)) {
            const pair = item as Pair;
            walk(pair.key, depth + 1);
            walk(pair.value, depth + 1);
          } else {
            walk(item, depth + 1);
          }
        }
      }
    };
    walk(this.doc.contents, 0);
    for (const comment of this.src.comments) {
      if (comment.ownLine) continue;
      let best: { end: number; node: unknown } | null = null;
      for (const c of candidates.get(comment.line) ?? []) {
        if (c.end <= comment.start && (!best || c.end > best.end)) best = c;
      }
      if (best && !this.anchored.has(best.node)) this.anchored.set(best.node, comment);
    }
  }

  private take(node: unknown): SourceComment | undefined {
    const comment = this.anchored.get(node);
    if (!comment) return undefined;
    this.anchored.delete(node);
    this.use(comment);
    return comment;
  }

  private use(comment: SourceComment): void {
    if (this.used.has(comment)) this.fail(message('format.comment-twice', { line: comment.line + 1 }));
    this.used.add(comment);
  }

  checkComments(): void {
    for (const comment of this.src.comments) {
      if (!this.used.has(comment)) {
        this.fail(message('format.comment-cannot-stay', { line: comment.line + 1 }));
      }
    }
    const stray = this.src.strayLines[0];
    if (stray !== undefined) this.fail(message('format.line-layout', { line: stray + 1 }));
  }

  private startLine(node: Node): number {
    return this.src.lineOf(node.range![0]);
  }

  /** The last source line of a node's content (a block text's trailing empty lines are not). */
  private endLine(node: Node | null | undefined): number {
    if (!node?.range) return -1;
    const [start, end] = node.range;
    if (isCollection(node) && !node.flow && node.items.length) {
      const last = node.items[node.items.length - 1];
      if (isMap(node)) {
        const pair = last as Pair;
        return Math.max(this.endLine(pair.key as Node), this.endLine(pair.value as Node | null));
      }
      return this.endLine(last as Node);
    }
    let line = this.src.lineOf(end > start ? end - 1 : start);
    if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      const header = /^[|>][-+0-9]*/.exec(this.src.text.slice(start, start + 8))?.[0] ?? '';
      const first = this.src.lineOf(start);
      if (!header.includes('+')) while (line > first && this.src.lines[line].trim() === '') line--;
    }
    return line;
  }

  private triviaLines(trivia: readonly Trivia[], indent: number): OutLine[] {
    const pad = ' '.repeat(indent);
    return trivia.map((t) => {
      if (t.kind === 'blank') return { text: '', trivia: true, blank: true };
      this.use(t.comment);
      return { text: pad + t.comment.text, trivia: true };
    });
  }

  printDocument(): OutLine[] {
    const src = this.src;
    const contents = this.doc.contents as Node | null;
    const hasContent = !!contents && !!contents.range && !isEmptyScalar(contents);
    const firstLine = hasContent ? this.firstLineOf(contents) : src.lines.length;
    if (firstLine < 0) return this.failed(message('format.first-item-layout'));
    const out: OutLine[] = [];
    const marker = src.docStarts[0];
    let top: Trivia[];
    if (marker !== undefined) {
      const markerLine = src.lineOf(marker);
      if (src.lines[markerLine].replace(/#.*$/, '').trim() !== '---') {
        this.fail(message('format.content-after-marker', { line: markerLine + 1 }));
        return [];
      }
      pushAll(out, this.triviaLines(src.triviaBetween(-1, markerLine), 0));
      const comment = src.commentOn(markerLine);
      if (comment) this.use(comment);
      out.push({ text: '---', comment });
      top = src.triviaBetween(markerLine, firstLine);
    } else {
      top = src.triviaBetween(-1, firstLine);
    }
    if (!hasContent || !isCollection(contents)) {
      pushAll(out, this.triviaLines(top, 0));
      if (!hasContent) return out;
    }
    const after = src.triviaBetween(this.endLine(contents), src.lines.length);
    if (isCollection(contents)) {
      // The file's header ends at its last blank line; comments right above the first key are
      // that key's. The modeline stays first whatever follows it.
      let split = top.map((t) => t.kind).lastIndexOf('blank') + 1;
      const first = top[split];
      if (split === 0 && first?.kind === 'comment' && MODELINE.test(first.comment.text)) split = 1;
      pushAll(out, this.triviaLines(top.slice(0, split), 0));
      pushAll(out, this.printCollection(contents, 0, firstLine - 1, after, this.schema, 0, top.slice(split)));
    } else {
      // A single value instead of a map: not a Reimage file; its text is kept as written.
      for (let line = firstLine; line <= this.endLine(contents); line++) {
        const comment = src.commentOn(line);
        if (comment) this.use(comment);
        out.push({ text: src.lines[line], keep: true });
      }
      pushAll(out, this.triviaLines(after, 0));
    }
    return out;
  }

  /** The first source line of a node: its first key, or the `-` of its first item. */
  private firstLineOf(node: Node): number {
    if (isSeq(node) && !node.flow && node.items.length) {
      const dash = this.src.dashBefore((node.items[0] as Node).range![0]);
      if (dash < 0) return -1;
      return this.src.lineOf(dash);
    }
    return this.startLine(node);
  }

  /** Whether a collection stays in flow style (`{ … }`, `[…]`) at this nesting level. */
  private staysFlow(node: unknown, level: number): boolean {
    if (!isCollection(node) || !node.flow) return false;
    if (node.items.length === 0) return true;
    if (level === 0 || (level === 1 && isSeq(node))) return false;
    return this.startLine(node) === this.endLine(node);
  }

  /**
   * Whether a map over several lines (a series, a series requirement) is written on one line in flow style:
   * its values are one-line words, numbers or flow lists of them, nothing in it is commented, and
   * the line fits in `ONE_LINE_WIDTH` columns.
   */
  private becomesOneLine(node: unknown, schema: SchemaAt, indent: number): boolean {
    if (!isMap(node) || !node.items.length || !isOneLineDef(schema)) return false;
    const oneLine = (n: unknown) => isScalar(n) && this.startLine(n) === this.endLine(n) && n.type !== 'BLOCK_LITERAL' && n.type !== 'BLOCK_FOLDED';
    const simple = node.items.every((p) => isScalar(p.key) && (oneLine(p.value) || (isSeq(p.value) && p.value.flow && p.value.items.every(oneLine))));
    if (!simple) return false;
    const [start, end] = [this.startLine(node), this.endLine(node)];
    for (let line = start; line <= end; line++) if (this.src.commentOn(line)) return false;
    return indent + 2 + this.flowText(node, schema).length <= ONE_LINE_WIDTH;
  }

  /**
   * The entries of a collection written as a block at `indent`. `prevLine` is the source line
   * its first entry's comments start after; `after` holds comments below its last entry that
   * are indented under it (they stay at its end).
   */
  private printCollection(
    node: Collection,
    indent: number,
    prevLine: number,
    after: Trivia[],
    schema: SchemaAt,
    level: number,
    firstLeading?: Trivia[],
  ): OutLine[] {
    const src = this.src;
    const flow = node.flow === true;
    const items = node.items as unknown[];
    const n = items.length;
    if (n === 0) {
      this.fail(message('format.empty-collection', { line: this.startLine(node) + 1 }));
      return [];
    }
    const mapNode = isMap(node);
    const starts: number[] = [];
    const ends: number[] = [];
    const dashes: number[] = [];
    for (const item of items) {
      if (mapNode) {
        const pair = item as Pair;
        if (!isScalar(pair.key) || !pair.key.range) {
          const at = (pair.key as Node | null)?.range ? this.startLine(pair.key as Node) : this.startLine(node);
          this.fail(message('format.complex-key', { line: at + 1 }));
          return [];
        }
        starts.push(this.startLine(pair.key));
        ends.push(Math.max(this.endLine(pair.key), this.endLine(pair.value as Node | null)));
        dashes.push(-1);
      } else {
        const value = item as Node | null;
        if (!value || !value.range) {
          this.fail(message('format.item-without-value', { line: this.startLine(node) + 1 }));
          return [];
        }
        const dash = flow ? -1 : src.dashBefore(value.range[0]);
        if (!flow && dash < 0) {
          this.fail(message('format.item-layout', { line: this.startLine(value) + 1 }));
          return [];
        }
        starts.push(flow ? this.startLine(value) : src.lineOf(dash));
        ends.push(this.endLine(value));
        dashes.push(dash);
      }
    }
    const srcIndent = flow ? -1 : mapNode ? src.colOf((items[0] as Pair<Node>).key.range![0]) : src.colOf(dashes[0]);
    const valueOf = (i: number): unknown => (mapNode ? (items[i] as Pair).value : items[i]);
    const isBlock = (v: unknown) => isCollection(v) && !v.flow;
    const leading: Trivia[][] = [firstLeading ?? src.triviaBetween(prevLine, starts[0])];
    const deep: Trivia[][] = items.map(() => []);
    for (let i = 1; i < n; i++) {
      const gap = src.triviaBetween(ends[i - 1], starts[i]);
      if (!flow && isBlock(valueOf(i - 1))) {
        [deep[i - 1], leading[i]] = splitDeeper(gap, srcIndent);
      } else {
        leading[i] = gap;
      }
    }
    let trailing: Trivia[];
    if (flow) {
      trailing = [...src.triviaBetween(ends[n - 1], this.endLine(node)), ...after];
    } else if (isBlock(valueOf(n - 1))) {
      [deep[n - 1], trailing] = splitDeeper(after, srcIndent);
    } else {
      trailing = after;
    }

    const order = items.map((_, i) => i);
    const known = mapNode ? keyOrder(schema) : null;
    if (known) {
      const rank = (i: number) => {
        const at = known.indexOf(String(((items[i] as Pair).key as Scalar).value));
        return at < 0 ? known.length : at;
      };
      order.sort((a, b) => rank(a) - rank(b) || a - b);
    }

    const out: OutLine[] = [];
    order.forEach((i, position) => {
      let lead = leading[i];
      if (position === 0 && level > 0) lead = dropLeadingBlanks(lead);
      // Top-level sections and the items of top-level lists are what formatRange works on.
      const unitKind = flow ? null : level === 0 ? 'root' : level === 1 && !mapNode ? 'item' : null;
      let unit: Unit | null = null;
      if (unitKind) {
        const firstComment = lead.find((t) => t.kind === 'comment');
        const lastDeep = [...deep[i]].reverse().find((t) => t.kind === 'comment');
        unit = {
          id: this.units.length,
          kind: unitKind,
          parent: unitKind === 'item' ? this.currentRoot : -1,
          srcFirst: firstComment ? firstComment.line : starts[i],
          srcLast: Math.max(ends[i], lastDeep ? lastDeep.line : -1),
          keyLine: starts[i],
          dashCol: unitKind === 'item' ? src.colOf(dashes[i]) : 0,
          newDashCol: indent,
        };
        this.units.push(unit);
        if (unitKind === 'root') this.currentRoot = unit.id;
      }
      const lines = [
        ...this.triviaLines(lead, indent),
        ...(mapNode
          ? this.printPair(items[i] as Pair, indent, deep[i], schemaOfKey(schema, String(((items[i] as Pair).key as Scalar).value)), level)
          : this.printItem(items[i] as Node, indent, deep[i], schemaOfItems(schema), level, dashes[i], starts[i])),
      ];
      if (unit) {
        for (const l of lines) {
          if (unit.kind === 'root') l.root = unit.id;
          else l.item = unit.id;
        }
      }
      pushAll(out, lines);
    });
    if (flow) {
      const comment = this.take(node);
      if (comment) {
        const last = [...out].reverse().find((l) => !l.trivia && !l.keep);
        if (last && !last.comment) last.comment = comment;
        else out.push({ text: ' '.repeat(indent) + comment.text, trivia: true });
      }
    }
    pushAll(out, this.triviaLines(trailing, indent));
    return out;
  }

  /** The id of the top-level section being printed (items of its list point to it). */
  private currentRoot = -1;

  private printPair(pair: Pair, indent: number, deep: Trivia[], schema: SchemaAt, level: number): OutLine[] {
    const src = this.src;
    const key = pair.key as Scalar;
    const value = pair.value as Node | null;
    const pad = ' '.repeat(indent);
    const keyText = this.scalarLine(key, 'block-key');
    const keyLine = this.startLine(key);
    const keyComment = this.take(key);
    if (value === null || isEmptyScalar(value)) {
      const valueComment = value ? this.take(value) : undefined;
      const lines: OutLine[] = [{ text: `${pad}${keyText}:`, comment: keyComment ?? valueComment }];
      if (keyComment && valueComment) lines.unshift({ text: pad + valueComment.text, trivia: true });
      return lines;
    }
    if (isScalar(value) || this.staysFlow(value, level + 1)) {
      const hoisted = this.triviaLines(onlyComments(src.triviaBetween(keyLine, this.startLine(value))), indent);
      const text = isScalar(value)
        ? scalarText(src, value, 'block-value', { old: src.colOf(key.range![0]), new: indent })
        : { first: this.flowText(value, schema), more: [], body: [] };
      if (!text) {
        this.fail(message('format.block-text', { line: this.startLine(value) + 1 }));
        return [];
      }
      const lines = this.valueLines(`${pad}${keyText}: `, text, indent);
      const valueComment = this.take(value);
      const commentLine = text.body.length ? lines[0] : lines[lines.length - 1];
      if (valueComment) commentLine.comment = valueComment;
      if (keyComment) {
        if (lines[0].comment) hoisted.push({ text: pad + keyComment.text, trivia: true });
        else lines[0].comment = keyComment;
      }
      return [...hoisted, ...lines];
    }
    const collection = value as Collection;
    let prev = keyLine;
    let hoisted: OutLine[] = [];
    if (collection.flow) {
      prev = this.startLine(collection);
      hoisted = this.triviaLines(onlyComments(src.triviaBetween(keyLine, prev)), indent);
    }
    return [...hoisted, { text: `${pad}${keyText}:`, comment: keyComment }, ...this.printCollection(collection, indent + 2, prev, deep, schema, level + 1)];
  }

  private printItem(item: Node, indent: number, deep: Trivia[], schema: SchemaAt, level: number, dash: number, dashLine: number): OutLine[] {
    const src = this.src;
    const pad = ' '.repeat(indent);
    if (isEmptyScalar(item)) return [{ text: `${pad}-`, comment: this.take(item) }];
    if (isScalar(item) || this.staysFlow(item, level + 1) || this.becomesOneLine(item, schema, indent)) {
      const hoisted = this.triviaLines(onlyComments(src.triviaBetween(dashLine, this.startLine(item))), indent);
      const parent: ParentColumn = { old: dash >= 0 ? src.colOf(dash) : src.colOf(item.range![0]), new: indent };
      const text = isScalar(item) ? scalarText(src, item, 'block-value', parent) : { first: this.flowText(item, schema), more: [], body: [] };
      if (!text) {
        this.fail(message('format.block-text', { line: this.startLine(item) + 1 }));
        return [];
      }
      const lines = this.valueLines(`${pad}- `, text, indent);
      const comment = this.take(item);
      if (comment) (text.body.length ? lines[0] : lines[lines.length - 1]).comment = comment;
      return [...hoisted, ...lines];
    }
    if (!isCollection(item)) {
      this.fail(message('format.item-unwritable', { line: this.startLine(item) + 1 }));
      return [];
    }
    let prev = dashLine;
    let hoisted: OutLine[] = [];
    if (item.flow) {
      prev = this.startLine(item);
      hoisted = this.triviaLines(onlyComments(src.triviaBetween(dashLine, prev)), indent);
    }
    // A comment after a lone `-` (the item's value starts below it) is about the item: it goes
    // on its own line above the item.
    const dashComment = dash >= 0 && this.startLine(item) > dashLine ? src.commentOn(dashLine) : undefined;
    if (dashComment && !dashComment.ownLine && /^\s*-\s*$/.test(src.lines[dashLine].slice(0, dashComment.col))) this.use(dashComment);
    else if (dashComment) return this.failed(message('format.comment-place', { line: dashLine + 1 }));
    const body = this.printCollection(item, indent + 2, prev, deep, schema, level + 1);
    const first = body.findIndex((l) => !l.trivia);
    if (dashComment) hoisted.push({ text: pad + dashComment.text, trivia: true });
    if (first < 0) return [...hoisted, { text: `${pad}-` }, ...body];
    // The item's first entry goes on the `-` line; comments above that entry go above the `-`.
    const above = body
      .slice(0, first)
      .filter((l) => !l.blank)
      .map((l) => ({ ...l, text: pad + l.text.trimStart() }));
    const line = { ...body[first], text: `${pad}- ${body[first].text.slice(indent + 2)}` };
    return [...hoisted, ...above, line, ...body.slice(first + 1)];
  }

  /** `prefix` + the scalar's first line, continuation lines two columns in, a block body as is. */
  private valueLines(prefix: string, text: ScalarText, indent: number): OutLine[] {
    const lines: OutLine[] = [{ text: prefix + text.first }];
    const pad = ' '.repeat(indent + 2);
    for (const more of text.more) lines.push(more === '' ? { text: '', keep: true } : { text: pad + more, keep: true });
    for (const body of text.body) lines.push({ text: body, keep: true });
    return lines;
  }

  /** A scalar that must fit on one line (a key, or a value inside `{ … }` / `[…]`). */
  private scalarLine(node: Scalar, place: ScalarPlace): string {
    const text = scalarText(this.src, node, place, { old: 0, new: 0 });
    if (!text || text.more.length || text.body.length) {
      this.fail(message('format.multiline-value', { line: this.startLine(node) + 1 }));
      return '';
    }
    return text.first;
  }

  /** A collection written on one line: `{ key: value, … }` or `[a, b]`. */
  private flowText(node: unknown, schema: SchemaAt): string {
    if (isScalar(node)) return this.scalarLine(node, 'flow-value');
    if (isMap(node)) {
      if (!node.items.length) return '{}';
      const known = keyOrder(schema);
      const pairs = [...node.items] as Pair[];
      if (known) {
        const rank = (p: Pair) => {
          const at = known.indexOf(String((p.key as Scalar).value));
          return at < 0 ? known.length : at;
        };
        pairs.sort((a, b) => rank(a) - rank(b));
      }
      const parts = pairs.map((p) => {
        if (!isScalar(p.key)) {
          this.fail(message('format.complex-key', { line: this.startLine(node) + 1 }));
          return '';
        }
        const key = this.scalarLine(p.key, 'flow-key');
        if (p.value === null || isEmptyScalar(p.value)) return `${key}:`;
        return `${key}: ${this.flowText(p.value, schemaOfKey(schema, String(p.key.value)))}`;
      });
      return `{ ${parts.join(', ')} }`;
    }
    if (isSeq(node)) {
      return `[${node.items.map((item) => (isEmptyScalar(item) ? '' : this.flowText(item, schemaOfItems(schema)))).join(', ')}]`;
    }
    this.fail(message('format.value-unwritable'));
    return '';
  }
}

/** Comments below an entry that are indented deeper than the entry belong inside it. */
function splitDeeper(trivia: Trivia[], indent: number): [Trivia[], Trivia[]] {
  let end = 0;
  for (let i = 0; i < trivia.length; i++) {
    const t = trivia[i];
    if (t.kind === 'blank') continue;
    if (t.comment.col > indent) end = i + 1;
    else break;
  }
  return [trivia.slice(0, end), trivia.slice(end)];
}

/** The widest line a block series (or series requirement) is folded into on one line. */
const ONE_LINE_WIDTH = 100;

/** Appends without spreading into arguments (a huge file's lines would overflow the stack). */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function dropLeadingBlanks(trivia: Trivia[]): Trivia[] {
  const first = trivia.findIndex((t) => t.kind !== 'blank');
  return first < 0 ? [] : trivia.slice(first);
}

function onlyComments(trivia: Trivia[]): Trivia[] {
  return trivia.filter((t) => t.kind === 'comment');
}

// Where the cursor is in a YAML file, read from the text: the path to it, whether a key, value or
// list item is typed there, and the keys or items already present. Works on text that does not
// parse; reads the lines around the cursor and walks up by indentation (the parsed doc skips ahead).
import { isSeq as isSeqNode, type Document } from 'yaml';
import { docCollectionAt, docEntries, docEntryAt } from './doc-locate';
import type { PathStep } from './schema-index';
import { commentStart, isBlank, isCommentStart, lineEnd, quoteEnd } from '../parse/scan';

export type CursorRole = 'key' | 'value' | 'item';

export interface CursorContext {
  /** Path of the map or list the token belongs to. */
  path: PathStep[];
  /** `key`: a key of the map at `path` (or a new entry of a list there); `value`: the value of `key`; `item`: item `index` of the list at `path`. */
  role: CursorRole;
  key?: string;
  index: number;
  /** Inside `{ … }` or `[ … ]`. */
  flow: boolean;
  /** The token the cursor is in or at (half-open offsets on the cursor's line); empty at the cursor when nothing is typed. */
  start: number;
  end: number;
  /** Token text from its start to the cursor, and as a whole. */
  prefix: string;
  token: string;
  /** Other keys of the map (role key/value), or keys already written in a new item's map (role item). */
  presentKeys: string[];
  /** Other items of the list (role item), or items of the list at `path` (role key on a list). */
  presentItems: string[];
  /** Block column where keys written here start (for multi-line insert text). */
  column: number;
  /** Role value: the cursor is right after `key:` with no space yet. */
  needsSpace: boolean;
  /** Role key: a `:` already follows the token. */
  hasColon: boolean;
  /** Role item: written after `- ` in block style. */
  afterDash: boolean;
  /** The token starts with a quote. */
  quoted: boolean;
}

interface LineHead {
  /** Column of the first non-space character; -1 for a blank or comment-only line. */
  indent: number;
  /** Columns of the block sequence dashes at the start of the line. */
  dashes: number[];
  /** Column after the dashes. */
  content: number;
  key?: string;
  keyCol: number;
  keyEnd: number;
  colon: number;
  /** Column of the value after `key:` (or of the content when there is no key), and its trimmed end. */
  valueCol: number;
  valueEnd: number;
  /** Column where a comment starts, or the line's length. */
  comment: number;
  text: string;
}

const FLOW_INDICATORS = ',[]{}';

const isSpace = isBlank;

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text[to - 1])) to--;
  return to;
}

export function parseLineHead(text: string): LineHead {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  const empty: LineHead = { indent: -1, dashes: [], content: i, keyCol: -1, keyEnd: -1, colon: -1, valueCol: i, valueEnd: i, comment: text.length, text };
  if (i >= text.length || text[i] === '#') return empty;
  const indent = i;
  const dashes: number[] = [];
  while (text[i] === '-' && (i + 1 >= text.length || isSpace(text[i + 1]))) {
    dashes.push(i);
    i++;
    while (i < text.length && isSpace(text[i])) i++;
  }
  const content = i;
  const comment = commentStart(text, content, text.length);
  const head: LineHead = {
    indent,
    dashes,
    content,
    keyCol: -1,
    keyEnd: -1,
    colon: -1,
    valueCol: content,
    valueEnd: trimEnd(text, content, comment),
    comment,
    text,
  };
  const first = text[content];
  if (content >= comment || first === '[' || first === '{') return head;
  let keyEnd = -1;
  let colon = -1;
  let key: string | undefined;
  if (first === '"' || first === "'") {
    let j = content + 1;
    for (; j < comment; j++) {
      if (first === '"' && text[j] === '\\') j++;
      else if (text[j] === first) break;
    }
    let k = j + 1;
    while (k < comment && isSpace(text[k])) k++;
    if (text[k] === ':' && (k + 1 >= text.length || isSpace(text[k + 1]))) {
      keyEnd = j + 1;
      colon = k;
      key = text.slice(content + 1, j);
    }
  } else {
    for (let j = content; j < comment; j++) {
      if (text[j] === ':' && (j + 1 >= text.length || isSpace(text[j + 1]) || j + 1 === comment)) {
        colon = j;
        keyEnd = trimEnd(text, content, j);
        key = text.slice(content, keyEnd);
        break;
      }
    }
  }
  if (key === undefined || colon < 0) return head;
  let v = colon + 1;
  while (v < comment && isSpace(text[v])) v++;
  return { ...head, key, keyCol: content, keyEnd, colon, valueCol: v, valueEnd: trimEnd(text, v, comment) };
}

function isBlockScalarHeader(h: LineHead): boolean {
  return h.key !== undefined && /^[|>][-+0-9]*$/.test(h.text.slice(h.valueCol, h.valueEnd));
}

/**
 * Lines of the text, named by the offset where they start and read lazily: walking to the
 * line above or below is a native search for a newline, so a walk over many lines allocates
 * nothing and reads only each line's indentation.
 */
class Lines {
  private readonly heads = new Map<number, LineHead>();

  constructor(
    readonly text: string,
    readonly doc: Document | null,
  ) {}

  /** Start of the line holding `offset`. */
  lineOf(offset: number): number {
    return offset <= 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Start of the line above, or -1. */
  prev(s: number): number {
    return s <= 0 ? -1 : s === 1 ? 0 : this.text.lastIndexOf('\n', s - 2) + 1;
  }

  /** Start of the line below, or -1. */
  next(s: number): number {
    const e = this.text.indexOf('\n', s);
    return e < 0 ? -1 : e + 1;
  }

  /** End of the line (before `\r\n` or `\n`). */
  end(s: number): number {
    let e = this.text.indexOf('\n', s);
    if (e < 0) e = this.text.length;
    if (e > s && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  /** Indentation of the line, -1 for blank or comment lines, Infinity when deeper than `limit`. */
  indent(s: number, limit: number): number {
    const text = this.text;
    let i = s;
    const max = s + limit + 1;
    while (i < max && i < text.length && text.charCodeAt(i) === 32) i++;
    if (i >= max) return Infinity;
    const c = text.charCodeAt(i);
    if (i >= text.length || c === 10 || c === 13 || c === 35 /* # */) return -1;
    if (c === 9) return this.head(s).indent; // a tab: read the line properly
    return i - s;
  }

  /** Whether the line has a block dash at column `col`. */
  dashAt(s: number, col: number): boolean {
    const p = s + col;
    if (this.text[p] !== '-') return false;
    const next = this.text.charCodeAt(p + 1);
    return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13;
  }

  head(s: number): LineHead {
    let h = this.heads.get(s);
    if (!h) {
      h = parseLineHead(this.text.slice(s, this.end(s)));
      this.heads.set(s, h);
    }
    return h;
  }

  /** The line's text before any comment, trimmed. */
  code(s: number): string {
    const h = this.head(s);
    return h.indent < 0 ? '' : h.text.slice(h.indent, h.comment).trim();
  }
}

interface Climbed {
  /** Path of the collection at the starting column. */
  path: PathStep[];
  /** For a list: how many items come before the starting line. */
  index: number;
}

/** Offset where the entry after the dash at `col` starts (the item's content), or -1 when the item is empty. */
function afterDash(lines: Lines, n: number, col: number): number {
  const end = lines.end(n);
  let p = n + col + 1;
  while (p < end && isSpace(lines.text[p])) p++;
  return p < end && lines.text[p] !== '#' ? p : -1;
}

/**
 * Walks up from `line` to find the path of the collection whose entries start at `col`
 * (a map's keys, or a list's dashes when `isSeq`). Lines indented deeper than the current
 * column are skipped after reading their first characters; as soon as a line above the cursor
 * is an entry the parsed document knows, the rest of the path comes from the document.
 * `null` inside a block scalar.
 */
function climb(lines: Lines, line: number, col: number, isSeq: boolean): Climbed | null {
  const steps: PathStep[] = [];
  let count = 0;
  let initial = true;
  let index = 0;
  let probes = 0;
  /** Asks the document about the entry at `entry`, `extra` entries before ours at this level. */
  const probe = (entry: number, extra: number, seqHit = isSeq): boolean => {
    if (!lines.doc || entry < 0 || probes >= 4) return false;
    probes++;
    const hit = docEntryAt(lines.doc, entry);
    if (!hit || isSeqNode(hit.collection) !== seqHit) return false;
    if (initial) index = hit.index + extra;
    else if (isSeq) steps.unshift(hit.index + extra);
    steps.unshift(...hit.path);
    return true;
  };
  // Entries at column 0 that are not list items belong to the root map.
  if (col === 0 && !isSeq) return { path: [], index: 0 };
  for (let n = lines.prev(line); n >= 0; n = lines.prev(n)) {
    const ind = lines.indent(n, col);
    if (ind < 0 || ind > col) continue;
    if (ind === col) {
      if (!isSeq) {
        // A sibling key tells the map's path; a list item's dash at this column (a list
        // written flush with its key) tells the list's.
        const dash = lines.dashAt(n, ind);
        if (dash ? probe(afterDash(lines, n, col), 0, true) : probe(n + col, 0)) return { path: steps, index };
        continue;
      }
      if (lines.dashAt(n, ind)) {
        if (probe(afterDash(lines, n, col), count + 1)) return { path: steps, index };
        count++;
        continue;
      }
    }
    const h = lines.head(n);
    if (h.key === undefined && h.dashes.length === 0) continue;
    const ownsAsValue = h.key !== undefined && (col > h.keyCol || (isSeq && col === h.keyCol));
    const enclosing = h.dashes.filter((d) => d < (ownsAsValue ? h.keyCol : col));
    if (!ownsAsValue && enclosing.length === 0) continue;
    if (initial) {
      index = count;
      initial = false;
    } else if (isSeq) {
      steps.unshift(count);
    }
    if (ownsAsValue) {
      if (isBlockScalarHeader(h)) return null;
      steps.unshift(h.key!);
    }
    if (enclosing.length) {
      for (let j = enclosing.length - 1; j >= 1; j--) steps.unshift(0);
      col = enclosing[0];
      isSeq = true;
      probes = 0;
      if (probe(enclosing.length > 1 ? n + enclosing[1] : n + (h.dashes.length > 1 ? h.dashes[1] : h.content), 0)) return { path: steps, index };
    } else {
      col = h.keyCol;
      isSeq = false;
      probes = 0;
      if (probe(n + col, 0)) return { path: steps, index };
    }
    count = 0;
  }
  if (initial) index = count;
  else if (isSeq) steps.unshift(count);
  return { path: steps, index };
}

/** Path of the collection at `col` on `line`, where `dashes` are the line's dashes left of `col`. */
function collectionAt(lines: Lines, line: number, col: number, dashes: readonly number[], isSeq: boolean): Climbed | null {
  if (dashes.length === 0) return climb(lines, line, col, isSeq);
  const outer = climb(lines, line, dashes[0], true);
  if (!outer) return null;
  // The collection starts on this line: its own earlier entries are none.
  return { path: [...outer.path, outer.index, ...dashes.slice(1).map(() => 0)], index: 0 };
}

interface Siblings {
  keys: string[];
  items: string[];
}

/**
 * Keys (and plain list items) written at column `col` in the block collection at `path`
 * around the cursor's line `skip`: from the parsed document when it has that collection, plus
 * the lines near the cursor (which the document may have read differently if they are broken);
 * from the text alone otherwise.
 */
function siblingsAt(lines: Lines, path: readonly PathStep[], col: number, skip: number, ownLine = false): Siblings {
  const keys = new Set<string>();
  const items: string[] = [];
  const node = docCollectionAt(lines.doc, path);
  if (node) {
    const found = docEntries(node, skip, lines.end(skip) + 1);
    found.keys.forEach((k) => keys.add(k));
    items.push(...found.items);
  }
  const limit = node ? 200 : Infinity;
  const take = (n: number) => {
    const h = lines.head(n);
    if (h.dashes.length) {
      if (h.key === undefined && h.valueEnd > h.content) {
        const item = unquote(h.text.slice(h.content, h.valueEnd));
        if (!items.includes(item)) items.push(item);
      }
    } else if (h.key !== undefined) {
      keys.add(h.key);
    }
  };
  if (!ownLine) {
    let seen = 0;
    for (let n = lines.prev(skip); n >= 0 && seen < limit; n = lines.prev(n), seen++) {
      const ind = lines.indent(n, col);
      if (ind < 0 || ind > col) continue;
      if (ind === col) {
        take(n);
        continue;
      }
      // The line holding the collection: a list item's first key sits on the dash line.
      const h = lines.head(n);
      if (h.key !== undefined && h.keyCol === col && h.dashes.length) keys.add(h.key);
      break;
    }
  }
  let seen = 0;
  for (let n = lines.next(skip); n >= 0 && seen < limit; n = lines.next(n), seen++) {
    const ind = lines.indent(n, col);
    if (ind < 0 || ind > col) continue;
    if (ind < col) break;
    take(n);
  }
  return { keys: [...keys], items };
}

function unquote(token: string): string {
  if (token.length >= 2 && (token[0] === '"' || token[0] === "'") && token[token.length - 1] === token[0]) return token.slice(1, -1);
  if (token[0] === '"' || token[0] === "'") return token.slice(1);
  return token;
}

// ---------------------------------------------------------------------------------------
// Flow collections
// ---------------------------------------------------------------------------------------

interface Frame {
  kind: 'map' | 'seq';
  /** Step from the enclosing frame into this one. */
  step: PathStep;
  key: string | null;
  afterColon: boolean;
  keys: string[];
  items: string[];
  index: number;
}

interface FlowHit {
  steps: PathStep[];
  frame: Frame;
  role: CursorRole;
  key?: string;
  index: number;
  start: number;
  end: number;
  hasColon: boolean;
}

/**
 * Line where the logical line holding the cursor starts: a line ending in `,`, `[` or `{`
 * continues into the next, provided the next is indented deeper (YAML requires flow content
 * to be indented more than the block line that opened it; a line that is not is where an
 * unclosed bracket ended). `column` stands in for the indentation of a blank cursor line.
 */
function logicalStart(lines: Lines, line: number, column: number): number {
  let s = line;
  const own = lines.head(line).indent;
  let lowest = own >= 0 ? own : column;
  for (let guard = 0; guard < 50; guard++) {
    let prev = lines.prev(s);
    for (let blanks = 0; prev >= 0 && blanks < 50 && lines.head(prev).indent < 0; blanks++) prev = lines.prev(prev);
    if (prev < 0 || lines.head(prev).indent < 0) break;
    const indent = lines.head(prev).indent;
    if (indent >= lowest) break;
    if (/[,[{]$/.test(lines.code(prev)) || /^[\]},]/.test(lines.code(s))) {
      s = prev;
      lowest = indent;
    } else {
      break;
    }
  }
  return s;
}

/** Last offset the flow scan may read: the end of the logical line that starts at `first` and holds the cursor's `line`. */
function logicalEnd(lines: Lines, first: number, line: number): number {
  const base = lines.head(first).indent;
  let n = line;
  for (let guard = 0; guard < 50 && /[,[{]$/.test(lines.code(n)); guard++) {
    const next = lines.next(n);
    if (next < 0) break;
    const indent = lines.head(next).indent;
    if (indent >= 0 && indent <= base) break;
    n = next;
  }
  return lines.end(n);
}

/**
 * Tokenises flow collections from `from` (an opening bracket) and reports the innermost one
 * open at `offset`, with the token there and the keys or items around it; `null` when every
 * bracket closes before the cursor.
 */
function scanFlow(text: string, from: number, offset: number, limit: number): FlowHit | null {
  const frames: Frame[] = [];
  let hit: FlowHit | null = null;
  let lastQuoted = false;
  const capture = (start: number, end: number): FlowHit | null => {
    const frame = frames[frames.length - 1];
    if (!frame) return null;
    let k = end;
    while (k < limit && (isSpace(text[k]) || text[k] === '\n' || text[k] === '\r')) k++;
    const hasColon = text[k] === ':';
    const role: CursorRole = frame.kind === 'seq' ? 'item' : frame.afterColon ? 'value' : 'key';
    return {
      steps: frames.slice(1).map((f) => f.step),
      frame,
      role,
      key: role === 'value' ? (frame.key ?? '') : undefined,
      index: frame.index,
      start,
      end,
      hasColon,
    };
  };
  // After a captured key, its colon belongs to it: no key is recorded for it.
  let hitKeyPending = false;
  let i = from;
  while (i < limit) {
    const ch = text[i];
    if (!hit && (i > offset || (i === offset && (isSpace(ch) || '\n\r#:'.includes(ch) || FLOW_INDICATORS.includes(ch))))) {
      hit = capture(offset, offset);
      if (!hit) return null;
      if (hit.role === 'key') hitKeyPending = true;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (isCommentStart(text, i)) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = text.length;
      if (!hit && offset > i && offset <= e) return null;
      i = e;
      continue;
    }
    const top = frames[frames.length - 1];
    if (ch === '{' || ch === '[') {
      const step: PathStep = top ? (top.kind === 'map' ? (top.key ?? '') : top.index) : 0;
      if (top?.kind === 'map' && top.key !== null && !top.keys.includes(top.key)) top.keys.push(top.key);
      frames.push({ kind: ch === '{' ? 'map' : 'seq', step, key: null, afterColon: false, keys: [], items: [], index: 0 });
      i++;
      lastQuoted = false;
      continue;
    }
    if (ch === '}' || ch === ']') {
      const closed = frames.pop();
      if (closed?.kind === 'map' && closed.key !== null && !closed.keys.includes(closed.key)) closed.keys.push(closed.key);
      if (!closed || (hit && closed === hit.frame)) break;
      if (frames.length === 0 && !hit) return null;
      i++;
      lastQuoted = false;
      continue;
    }
    if (!top) return hit;
    if (ch === ',') {
      if (top.kind === 'map') {
        if (top.key !== null && !top.keys.includes(top.key)) top.keys.push(top.key);
        top.key = null;
        top.afterColon = false;
        if (hit?.frame === top) hitKeyPending = false;
      } else {
        top.index++;
      }
      i++;
      lastQuoted = false;
      continue;
    }
    if (ch === ':' && (lastQuoted || isSpace(text[i + 1]) || i + 1 >= text.length || '\n\r'.includes(text[i + 1]) || FLOW_INDICATORS.includes(text[i + 1]))) {
      if (top.kind === 'map') {
        if (hitKeyPending && hit?.frame === top) {
          hitKeyPending = false;
        } else {
          if (top.key === null) top.key = '';
          if (!top.keys.includes(top.key)) top.keys.push(top.key);
        }
        top.afterColon = true;
      }
      i++;
      lastQuoted = false;
      continue;
    }
    // A scalar.
    const s = i;
    let e = i;
    if (ch === '"' || ch === "'") {
      // A quote still being typed ends with its line.
      const lineLimit = Math.min(limit, lineEnd(text, i));
      const end = quoteEnd(text, i, lineLimit);
      e = end < 0 ? lineLimit : end;
      lastQuoted = true;
    } else {
      while (e < limit) {
        const c = text[e];
        if (c === '\n' || c === '\r' || FLOW_INDICATORS.includes(c)) break;
        if (c === ':' && (isSpace(text[e + 1]) || e + 1 >= text.length || '\n\r'.includes(text[e + 1]) || FLOW_INDICATORS.includes(text[e + 1]))) break;
        if (isCommentStart(text, e)) break;
        e++;
      }
      e = trimEnd(text, s, e);
      lastQuoted = false;
    }
    if (!hit && offset >= s && offset <= e) {
      hit = capture(s, e);
      if (!hit) return null;
      if (hit.role === 'key') hitKeyPending = true;
    } else if (top.kind === 'map') {
      if (!top.afterColon) top.key = unquote(text.slice(s, e));
    } else {
      top.items.push(unquote(text.slice(s, e)));
    }
    i = Math.max(e, i + 1);
  }
  if (!hit && offset <= limit && frames.length) hit = capture(offset, offset);
  return hit;
}

// ---------------------------------------------------------------------------------------

function blank(): Omit<CursorContext, 'path' | 'role' | 'start' | 'end'> {
  return {
    index: 0,
    flow: false,
    prefix: '',
    token: '',
    presentKeys: [],
    presentItems: [],
    column: 0,
    needsSpace: false,
    hasColon: false,
    afterDash: false,
    quoted: false,
  };
}

/** The context with its token; null unless the token lies on the cursor's line and holds the cursor. */
function finish(ctx: Omit<CursorContext, 'prefix' | 'token' | 'quoted'>, text: string, offset: number): CursorContext | null {
  if (!(ctx.start <= offset && offset <= ctx.end)) return null;
  const token = text.slice(ctx.start, ctx.end);
  if (token.includes('\n')) return null;
  return { ...ctx, token, prefix: text.slice(ctx.start, Math.max(ctx.start, Math.min(offset, ctx.end))), quoted: token[0] === '"' || token[0] === "'" };
}

/** The cursor context at `offset`, or `null` in a comment or a block scalar. */
export function cursorContext(text: string, offset: number, doc: Document | null = null): CursorContext | null {
  offset = Math.max(0, Math.min(offset, text.length));
  const lines = new Lines(text, doc);
  const line = lines.lineOf(offset);
  const lineStart = line; // lines are named by their start offset
  const col = offset - lineStart;
  const head = lines.head(line);
  if (head.indent >= 0 ? col > head.comment : head.text[head.content] === '#' && col > head.content) return null;

  // Inside a flow collection (perhaps opened on a line above)?
  const first = logicalStart(lines, line, col);
  let flow = flowContext(lines, first, offset);
  if (flow === null && first !== line) flow = flowContext(lines, line, offset);
  if (flow !== null) return flow ?? null;

  const base = blank();
  // In the indentation before something written: nothing to do there.
  if (head.indent >= 0 && col < head.indent) return null;
  // A blank line: a new entry at the cursor's column.
  if (head.indent < 0) {
    const at = collectionAt(lines, line, col, [], false);
    if (!at) return null;
    const sib = siblingsAt(lines, at.path, col, line);
    return finish(
      { ...base, path: at.path, role: 'key', start: offset, end: offset, column: col, presentKeys: sib.keys, presentItems: sib.items },
      text,
      offset,
    );
  }
  const dashesBefore = head.dashes.filter((d) => d < col);
  // Right after `- `, or on a list item's scalar: an item of the list at the last dash.
  if (dashesBefore.length && head.key === undefined) {
    const last = dashesBefore[dashesBefore.length - 1];
    const at = collectionAt(lines, line, last, dashesBefore.slice(0, -1), true);
    if (!at) return null;
    const seq = siblingsAt(lines, at.path, last, line);
    const itemKeys = siblingsAt(lines, [...at.path, at.index], head.content, line, true).keys;
    const start = col >= head.content ? head.content : col;
    const end = col >= head.content ? Math.max(head.valueEnd, col) : col;
    return finish(
      {
        ...base,
        path: at.path,
        role: 'item',
        index: at.index,
        start: lineStart + start,
        end: lineStart + end,
        column: head.content,
        afterDash: true,
        presentItems: seq.items,
        presentKeys: itemKeys,
      },
      text,
      offset,
    );
  }
  const mapCol = head.key !== undefined ? head.keyCol : head.content;
  const at = collectionAt(
    lines,
    line,
    mapCol,
    head.dashes.filter((d) => d < mapCol),
    false,
  );
  if (!at) return null;
  const sib = siblingsAt(
    lines,
    at.path,
    mapCol,
    line,
    head.dashes.some((d) => d < mapCol),
  );
  const common = { ...base, path: at.path, column: mapCol, presentKeys: sib.keys, presentItems: sib.items };
  if (head.key === undefined || col <= head.keyEnd) {
    // A key, written or half-typed.
    const end = head.key !== undefined ? head.keyEnd : Math.max(head.valueEnd, col);
    return finish({ ...common, role: 'key', start: lineStart + mapCol, end: lineStart + end, hasColon: head.key !== undefined }, text, offset);
  }
  if (col <= head.colon) return null;
  if (isBlockScalarHeader(head) && col >= head.valueCol) return null;
  if (col === head.colon + 1 && !isSpace(head.text[col])) {
    return finish({ ...common, role: 'value', key: head.key, start: offset, end: offset, needsSpace: true }, text, offset);
  }
  const start = Math.min(head.valueCol, col);
  const end = head.valueEnd > start ? Math.max(head.valueEnd, col) : col;
  return finish({ ...common, role: 'value', key: head.key, start: lineStart + start, end: lineStart + end }, text, offset);
}

/**
 * The context inside a flow collection that starts on line `first`: `null` when the cursor is
 * not inside one, `undefined` when it is somewhere nothing can be completed (a comment).
 */
function flowContext(lines: Lines, first: number, offset: number): CursorContext | null | undefined {
  const text = lines.text;
  const h = lines.head(first);
  if (h.indent < 0) return null;
  const lineStart = first;
  const valueCol = h.key !== undefined ? h.valueCol : h.content;
  const opener = text[lineStart + valueCol];
  if (opener !== '[' && opener !== '{') return null;
  const from = lineStart + valueCol;
  if (offset <= from) return null;
  const limit = logicalEnd(lines, first, lines.lineOf(offset));
  const hit = scanFlow(text, from, offset, Math.max(limit, offset));
  if (!hit) return null;
  // The block path down to the flow collection.
  let blockPath: PathStep[];
  if (h.key !== undefined) {
    const at = collectionAt(lines, first, h.keyCol, h.dashes, false);
    if (!at) return undefined;
    blockPath = [...at.path, h.key];
  } else if (h.dashes.length) {
    const last = h.dashes[h.dashes.length - 1];
    const at = collectionAt(lines, first, last, h.dashes.slice(0, -1), true);
    if (!at) return undefined;
    blockPath = [...at.path, at.index];
  } else {
    blockPath = [];
  }
  const frame = hit.frame;
  const ctx: Omit<CursorContext, 'prefix' | 'token' | 'quoted'> = {
    ...blank(),
    path: [...blockPath, ...hit.steps],
    role: hit.role,
    key: hit.key,
    index: hit.index,
    flow: true,
    start: hit.start,
    end: hit.end,
    hasColon: hit.role === 'key' && hit.hasColon,
    presentKeys: frame.kind === 'map' ? frame.keys.filter((k) => !(hit.role === 'key' && k === text.slice(hit.start, hit.end))) : [],
    presentItems: frame.kind === 'seq' ? frame.items : [],
    column: h.indent,
  };
  return finish(ctx, text, offset) ?? undefined;
}

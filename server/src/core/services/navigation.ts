// Navigation over a project: go to definition, find references and rename for protocol ids,
// rule ids (a child's override is the same rule as its parent's), clinical contexts and study
// ids; the outline, folding ranges and workspace symbols. Pure: offsets in, offsets out.
import { isMap, isSeq, type Node, type Pair } from 'yaml';
import type { TextEdit } from '../diagnostics';
import { english, message, type Message, type MessageKey, type MessageParam } from '../i18n/catalogue';
import type { AnalyzedFile, Project } from '../project';
import { namesOf, type NameKind, type Occurrence } from '../semantics/names';
import { entries, get, keyOf, nameOf, type Named } from '../semantics/yaml-nodes';
import { foldsUnder, ruleDetail, ruleNames, scalarText, shorten, summary } from '../semantics/outline';
import type { TextRange } from '../text';

export type { NameKind, Occurrence };

export interface Location {
  file: string;
  range: TextRange;
}

export type RenameResult = { ok: true; edits: TextEdit[] } | { ok: false; message: string; text: Message };

/** Why a rename cannot be done: in English (`message`) and to say in the reader's language (`text`). */
function refusal(key: MessageKey, params?: Record<string, MessageParam>): { ok: false; message: string; text: Message } {
  return { ok: false, message: english(key, params), text: message(key, params) };
}

export type SymbolKind = 'protocol' | 'case' | 'section' | 'context' | 'rule' | 'timeline' | 'cost' | 'study' | 'expectation' | 'field' | 'advice';

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  /** The whole entry (key and value). */
  range: TextRange;
  /** The name to highlight (the key, or the id value of a list item). */
  selectionRange: TextRange;
  children: DocumentSymbol[];
}

export interface FoldingRange {
  start: number;
  end: number;
  kind?: 'comment';
}

export interface WorkspaceSymbol {
  name: string;
  kind: SymbolKind;
  file: string;
  range: TextRange;
  /** The protocol or case the symbol belongs to. */
  container?: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const NOUNS: Record<NameKind, MessageKey> = { protocol: 'noun.protocol-id', rule: 'noun.rule-id', context: 'noun.context', study: 'noun.study-id' };

// ---- the names in a file ------------------------------------------------------------------

/** Every protocol id, rule id, context and study id written in a file, in text order. */
export function occurrencesIn(file: AnalyzedFile): Occurrence[] {
  return namesOf(file).occurrences;
}

/** The occurrence under `offset` (touching either end counts), by binary search. */
function occurrenceAt(file: AnalyzedFile, offset: number): Occurrence | null {
  const list = occurrencesIn(file);
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const o = list[mid];
    if (offset < o.range.start) high = mid - 1;
    else if (offset > o.range.end) low = mid + 1;
    else return o;
  }
  return null;
}

// ---- the project's index ---------------------------------------------------------------------

interface ProtocolFacts {
  id: string;
  file: string;
  parent?: string;
  rules: Set<string>;
  contexts: Set<string>;
}

interface Index {
  protocols: Map<string, ProtocolFacts>;
  children: Map<string, string[]>;
  byKey: Map<string, Occurrence[]>;
}

const indexCache = new WeakMap<Project, Index>();

function indexOf(project: Project): Index {
  const cached = indexCache.get(project);
  if (cached) return cached;
  const protocols = new Map<string, ProtocolFacts>();
  const all: Occurrence[][] = [];
  for (const file of project.files.values()) {
    const list = occurrencesIn(file);
    all.push(list);
    if (file.kind !== 'protocol') continue;
    const def = list.find((o) => o.kind === 'protocol' && o.role === 'definition');
    if (!def || protocols.has(def.name)) continue;
    const facts: ProtocolFacts = { id: def.name, file: file.path, rules: new Set(), contexts: new Set() };
    for (const o of list) {
      if (o.kind === 'protocol' && o.role === 'reference') facts.parent = o.name;
      else if (o.kind === 'rule' && o.role === 'definition') facts.rules.add(o.name);
      else if (o.kind === 'context' && o.role === 'definition') facts.contexts.add(o.name);
    }
    protocols.set(def.name, facts);
  }
  const children = new Map<string, string[]>();
  for (const p of protocols.values()) {
    if (p.parent) children.set(p.parent, [...(children.get(p.parent) ?? []), p.id]);
  }
  const index: Index = { protocols, children, byKey: new Map() };
  for (const list of all) {
    for (const o of list) {
      const key = symbolKey(index, o);
      const group = index.byKey.get(key);
      if (group) group.push(o);
      else index.byKey.set(key, [o]);
    }
  }
  indexCache.set(project, index);
  return index;
}

/** The protocol ids from `id` up through its parents (cycles cut). */
function chain(index: Index, id: string): string[] {
  const out: string[] = [];
  for (let current: string | undefined = id; current && !out.includes(current); current = index.protocols.get(current)?.parent) {
    out.push(current);
  }
  return out;
}

function defines(index: Index, protocol: string, kind: NameKind, name: string): boolean {
  const facts = index.protocols.get(protocol);
  return !!facts && (kind === 'rule' ? facts.rules : facts.contexts).has(name);
}

/**
 * The identity of a name: protocol ids are global, study ids belong to their case, and a rule
 * or context belongs to the topmost protocol of the `extends` chain that defines it (so a
 * parent's rule and every child's override of it are one symbol).
 */
function symbolKey(index: Index, o: Occurrence): string {
  if (o.kind === 'protocol') return `protocol:${o.name}`;
  if (o.kind === 'study') return `study:${o.scope}:${o.name}`;
  const ids = chain(index, o.scope);
  let root = ids[ids.length - 1] ?? o.scope;
  for (let i = ids.length - 1; i >= 0; i--) {
    if (defines(index, ids[i], o.kind, o.name)) {
      root = ids[i];
      break;
    }
  }
  return `${o.kind}:${root}:${o.name}`;
}

function toLocation(o: Occurrence): Location {
  return { file: o.file, range: o.range };
}

/** The definitions of the name under the cursor (a child's override leads to its parent's rule). */
export function definitionAt(project: Project, path: string, offset: number): Location[] {
  const file = project.files.get(path);
  const o = file && occurrenceAt(file, offset);
  if (!o) return [];
  const index = indexOf(project);
  const group = index.byKey.get(symbolKey(index, o)) ?? [];
  const definitions = group.filter((g) => g.role === 'definition');
  if (o.kind === 'protocol' || o.kind === 'study') return definitions.map(toLocation);
  // Rules and contexts: the nearest definition up the chain (for a definition, its parent's).
  const ids = chain(index, o.scope);
  for (const id of o.role === 'definition' ? ids.slice(1) : ids) {
    const found = definitions.filter((d) => d.scope === id);
    if (found.length) return found.map(toLocation);
  }
  return o.role === 'definition' ? [toLocation(o)] : [];
}

/** Every place the name under the cursor is written, across the project, in file order. */
export function referencesAt(project: Project, path: string, offset: number, options: { includeDeclaration?: boolean } = {}): Location[] {
  const file = project.files.get(path);
  const o = file && occurrenceAt(file, offset);
  if (!o) return [];
  const index = indexOf(project);
  const group = index.byKey.get(symbolKey(index, o)) ?? [];
  return group.filter((g) => options.includeDeclaration !== false || g.role !== 'definition').map(toLocation);
}

/** What a rename at the cursor would rename: the name's range and text, or why not. */
export function prepareRenameAt(
  project: Project,
  path: string,
  offset: number,
): { range: TextRange; placeholder: string } | { message: string; text: Message } {
  const file = project.files.get(path);
  const o = file && occurrenceAt(file, offset);
  if (!o) return refusal('rename.no-name');
  return { range: o.range, placeholder: o.name };
}

/** All protocol ids of the family a rule or context of `root` lives in (ancestors and descendants). */
function family(index: Index, root: string): Set<string> {
  const out = new Set(chain(index, root));
  const queue = [root];
  while (queue.length) {
    for (const child of index.children.get(queue.pop()!) ?? []) {
      if (out.has(child)) continue;
      out.add(child);
      queue.push(child);
    }
  }
  return out;
}

/**
 * Renames the name under the cursor everywhere it is written. Refuses a name that is not a
 * kebab-case id, or that is already used for the same kind of thing where it would clash.
 */
export function renameAt(project: Project, path: string, offset: number, newName: string): RenameResult {
  const file = project.files.get(path);
  const o = file && occurrenceAt(file, offset);
  if (!o) return refusal('rename.no-name');
  const noun = message(NOUNS[o.kind]);
  if (!ID.test(newName))
    return refusal('rename.invalid', { name: newName, noun, example: o.kind === 'context' ? 'active-oncology' : 'oncology-thin-slice-ct' });
  const index = indexOf(project);
  const key = symbolKey(index, o);
  const group = index.byKey.get(key) ?? [];
  if (newName !== o.name) {
    let taken: boolean;
    if (o.kind === 'protocol') taken = index.protocols.has(newName);
    else if (o.kind === 'study') taken = (index.byKey.get(`study:${o.scope}:${newName}`) ?? []).some((g) => g.role === 'definition');
    else {
      const root = key.slice(o.kind.length + 1, key.length - o.name.length - 1);
      taken = [...family(index, root)].some((id) => defines(index, id, o.kind, newName));
    }
    if (taken)
      return refusal(o.kind === 'protocol' ? 'rename.taken-workspace' : o.kind === 'study' ? 'rename.taken-case' : 'rename.taken-family', {
        name: newName,
        noun,
      });
  }
  return { ok: true, edits: group.map((g) => ({ file: g.file, range: g.range, text: newName })) };
}

// ---- outline, folding, workspace symbols ------------------------------------------------------

function rangeOfNode(node: unknown): TextRange | null {
  const r = (node as Node | null)?.range;
  return r ? { start: r[0], end: r[1] } : null;
}

function pairSymbol(pair: Pair, kind: SymbolKind, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol | null {
  const keyRange = rangeOfNode(pair.key);
  const name = keyOf(pair);
  if (!keyRange || name === null) return null;
  const valueRange = rangeOfNode(pair.value);
  return { name, kind, detail, range: { start: keyRange.start, end: Math.max(keyRange.end, valueRange?.end ?? 0) }, selectionRange: keyRange, children };
}

const idOf = (item: unknown) => nameOf(get(item, 'id'));

function itemSymbols(
  node: unknown,
  kind: SymbolKind,
  detailOf: (item: unknown) => string | undefined,
  nameOfItem: (item: unknown) => Named | null = idOf,
): DocumentSymbol[] {
  if (!isSeq(node)) return [];
  const out: DocumentSymbol[] = [];
  node.items.forEach((item, i) => {
    const range = rangeOfNode(item);
    if (!range) return;
    const named = nameOfItem(item);
    const detail = detailOf(item);
    out.push({
      name: named?.name ?? `item ${i + 1}`,
      kind,
      detail,
      range,
      selectionRange: named?.range ?? { start: range.start, end: range.start },
      children: [],
    });
  });
  return out;
}

function mapSymbols(node: unknown, kind: SymbolKind, detailOf: (value: unknown) => string | undefined = summary): DocumentSymbol[] {
  return entries(node)
    .map((p) => pairSymbol(p, kind, [], detailOf(p.value)))
    .filter((s): s is DocumentSymbol => s !== null);
}

/** The outline of a file: validity windows, rules, timelines, costs of a protocol; studies of a case. */
export function documentSymbols(file: AnalyzedFile): DocumentSymbol[] {
  const root = file.parsed.doc?.contents;
  if (!isMap(root)) return [];
  const out: DocumentSymbol[] = [];
  for (const pair of entries(root)) {
    const key = keyOf(pair);
    const value = pair.value;
    let symbol: DocumentSymbol | null;
    if (file.kind === 'protocol') {
      switch (key) {
        case 'protocol':
          symbol = pairSymbol(pair, 'protocol', [], scalarText(value));
          break;
        case 'validity':
          symbol = pairSymbol(pair, 'section', mapSymbols(value, 'context'));
          break;
        case 'rules':
          symbol = pairSymbol(
            pair,
            'section',
            itemSymbols(value, 'rule', ruleDetail, (rule) => ruleNames(rule).id),
          );
          break;
        case 'timelines':
          symbol = pairSymbol(pair, 'section', mapSymbols(value, 'timeline'));
          break;
        case 'costs':
          symbol = pairSymbol(pair, 'section', mapSymbols(value, 'cost'));
          break;
        case 'hospital':
          symbol = pairSymbol(pair, 'section', mapSymbols(value, 'field'));
          break;
        case 'advice':
          symbol = pairSymbol(
            pair,
            'section',
            itemSymbols(
              value,
              'advice',
              (a) => shorten(scalarText(get(a, 'text'))),
              (a) => nameOf(get(a, 'when')),
            ),
          );
          break;
        default:
          symbol = pairSymbol(pair, 'field', [], summary(value));
      }
    } else {
      switch (key) {
        case 'case':
          symbol = pairSymbol(pair, 'case', [], scalarText(value));
          break;
        case 'patient':
          symbol = pairSymbol(pair, 'section', mapSymbols(value, 'field'), summary(value));
          break;
        case 'studies':
          symbol = pairSymbol(
            pair,
            'section',
            itemSymbols(value, 'study', (s) => [get(s, 'modality'), get(s, 'region'), get(s, 'date')].map(scalarText).filter(Boolean).join(' ')),
          );
          break;
        case 'expect':
          symbol = pairSymbol(pair, 'section', mapSymbols(value, 'expectation'));
          break;
        default:
          symbol = pairSymbol(pair, 'field', [], summary(value));
      }
    }
    if (symbol) out.push(symbol);
  }
  return out;
}

/** Foldable regions: every map or list that spans lines, and runs of two or more comment lines. */
export function foldingRanges(file: AnalyzedFile): FoldingRange[] {
  const text = file.parsed.text;
  const folds: number[] = [];
  foldsUnder(file.parsed.doc?.contents, null, text, folds);
  const out: FoldingRange[] = [];
  for (let i = 0; i < folds.length; i += 2) out.push({ start: folds[i], end: folds[i + 1] });
  // Comment blocks.
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const isComment = /^\s*#/.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 200)));
    if (isComment) {
      if (count === 0) runStart = lineStart + (text.slice(lineStart, lineEnd).length - text.slice(lineStart, lineEnd).trimStart().length);
      runEnd = lineEnd;
      count++;
    } else {
      if (count >= 2) out.push({ start: runStart, end: runEnd, kind: 'comment' });
      count = 0;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (count >= 2) out.push({ start: runStart, end: runEnd, kind: 'comment' });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether `query`'s letters appear in `name` in order (case-insensitive); an empty query matches all. */
function matches(name: string, query: string): boolean {
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Protocols, rules, contexts, cases and studies of the whole project whose name matches `query`. */
export function workspaceSymbols(project: Project, query: string, limit = 1000): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  const kinds: Record<NameKind, SymbolKind> = { protocol: 'protocol', rule: 'rule', context: 'context', study: 'study' };
  for (const file of project.files.values()) {
    const list = occurrencesIn(file);
    const caseName = namesOf(file).caseName;
    const container = file.kind === 'protocol' ? list.find((o) => o.kind === 'protocol' && o.role === 'definition')?.name : caseName?.name;
    if (caseName && matches(caseName.name, query)) out.push({ name: caseName.name, kind: 'case', file: file.path, range: caseName.range });
    for (const o of list) {
      if (out.length >= limit) return out;
      if (o.role !== 'definition' || !matches(o.name, query)) continue;
      out.push({ name: o.name, kind: kinds[o.kind], file: file.path, range: o.range, ...(o.kind !== 'protocol' && container ? { container } : {}) });
    }
  }
  return out;
}

// A parsed protocol file → the typed `Protocol` model, with unit values parsed and checked
// where they are written. Structure (unknown keys, wrong types) is the schema check's job;
// this reads what it can and reports what only it can see (units, dates, duplicate ids).
import { isMap, type Node } from 'yaml';
import {
  ADVICE_TRIGGERS,
  VERDICTS,
  type AdviceLine,
  type AdviceTrigger,
  CONDITION_KEYS,
  type Cost,
  type ImpactLine,
  type ItemVerdict,
  type MissingItem,
  type Order,
  type RegionChildren,
  type RegionConcern,
  type Located,
  type Protocol,
  type Requirements,
  type Rule,
  type SeriesRequirement,
  type Timeline,
  type TimelineOverride,
  type ValidityWindow,
  type Verdict,
  SERIES_COMPARISONS,
  SERIES_WORDS,
  type SeriesComparison,
} from '../model';
import { NodeReader, pointer, type Path } from '../parse/node-reader';
import type { ItemVisitor, ParsedYaml } from '../parse/parse-yaml';
import type { ItemsEdit } from '../parse/pieces';
import { moveRange } from '../text';
import { parseDateOrRange } from '../units/calendar';
import { parseComparison, parseSpan, parseTurnaround, parseWindow, type ComparableKind } from '../units/units';
import { error, movedDiagnostic, relatedOf, type Diagnostic } from '../diagnostics';
import { message, type MessageParam } from '../i18n/catalogue';
import { ruleFacts } from './outline';
import { carrySignature } from './rule-signature';

export interface BuiltFile<T> {
  model: T | null;
  diagnostics: Diagnostic[];
  claimed: Set<string>;
}

function asVerdict(value: unknown): Verdict | undefined {
  return (VERDICTS as readonly unknown[]).includes(value) ? (value as Verdict) : undefined;
}

/**
 * `previous`: this file's protocol before an edit that re-read only some `rules` items
 * (`parsed.edits`); the items it left alone are moved instead of read again. `readEarly`: the
 * rules a RuleReader read during the parse (their nodes may be gone since).
 */
export function buildProtocol(parsed: ParsedYaml, file: string, previous?: Protocol | null, readEarly?: RuleReader): BuiltFile<Protocol> {
  const r = new NodeReader(file);
  const root = parsed.doc?.contents as Node | null | undefined;
  const id = r.string(r.get(root, 'protocol'));
  if (!root || id === undefined) return { model: null, diagnostics: r.diagnostics, claimed: r.claimed };

  const hospital = r.get(root, 'hospital');
  const extendsNode = r.get(root, 'extends');
  const extendsId = r.string(extendsNode);
  const costsNode = r.get(root, 'costs');
  const rulesNode = r.get(root, 'rules');
  // Read in the order of the file's sections, so findings come out in that order.
  const holidays = readDates(r, r.get(hospital, 'holidays'), ['hospital', 'holidays']);
  const workdays = readDates(r, r.get(hospital, 'workdays'), ['hospital', 'workdays']);
  const validity = readValidity(r, r.get(root, 'validity'), file);
  const rules = readRules(
    r,
    rulesNode,
    file,
    id,
    reusableItems(previous, parsed, file, id, r.items(rulesNode).length),
    readEarly?.rules.size ? readEarly.rules : null,
  );

  const protocol: Protocol = {
    id,
    title: r.words(r.get(root, 'title')),
    language: r.string(r.get(root, 'language')) ?? 'en',
    ...(extendsId !== undefined ? { extends: { value: extendsId, range: r.range(extendsNode), file } } : {}),
    sector: ((s) => (s === 'public' || s === 'private' ? s : undefined))(r.string(r.get(hospital, 'sector'))),
    currency: r.string(r.get(hospital, 'currency')) ?? '',
    holidays,
    workdays,
    validity,
    rules: rules.rules,
    timelines: readTimelines(r, r.get(root, 'timelines'), file),
    costs: readCosts(r, costsNode, file),
    private_multiplier: r.unit(r.get(costsNode, 'private_multiplier'), ['costs', 'private_multiplier'], parseSpan),
    reserve: r.unit(r.get(costsNode, 'reserve'), ['costs', 'reserve'], parseSpan),
    advice: readAdvice(r, r.get(root, 'advice')),
    missing: readMissing(r, r.get(root, 'missing'), ['missing'], file),
    regions: readRegions(r, r.get(root, 'regions'), file),
    concerns: readConcerns(r, r.get(root, 'concerns'), file),
    file,
    idRange: r.range(r.get(root, 'protocol')),
    translations: r.translations,
  };
  itemsOfProtocol.set(protocol, rules.items);
  return { model: protocol, diagnostics: r.diagnostics, claimed: r.claimed };
}

function readDates(r: NodeReader, node: Node | null, path: Path): string[] {
  const out: string[] = [];
  r.items(node).forEach((item, i) => {
    const dates = r.unit(item, [...path, i], parseDateOrRange);
    if (dates) out.push(...dates);
  });
  return out;
}

function readValidity(r: NodeReader, node: Node | null, file: string): Map<string, ValidityWindow> {
  const out = new Map<string, ValidityWindow>();
  for (const entry of r.entries(node, ['validity'])) {
    const windowNode = r.get(entry.node, 'window');
    const window = r.unit(windowNode, [...entry.path, 'window'], parseWindow);
    const beyond = asVerdict(r.string(r.get(entry.node, 'beyond')));
    if (!window) continue;
    out.set(entry.key, {
      context: entry.key,
      accept: window.accept,
      ...(window.review ? { review: window.review } : {}),
      beyond: beyond ?? 'redo',
      because: r.words(r.get(entry.node, 'because')),
      timeline: readTimelineMap(r, r.get(entry.node, 'timeline'), [...entry.path, 'timeline']),
      text: window.text,
      range: { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end },
      file,
    });
  }
  return out;
}

function readTimelineFields(r: NodeReader, node: Node | null, path: Path): TimelineOverride {
  const out: TimelineOverride = {};
  for (const key of ['scan', 'report', 'lead', 'expedited'] as const) {
    const value = r.unit(r.get(node, key), [...path, key], parseTurnaround);
    if (value) out[key] = value;
  }
  const sameDay = r.scalar(r.get(node, 'same_day'));
  if (typeof sameDay === 'boolean' || sameDay === 'scan') out.same_day = sameDay;
  const where = r.string(r.get(node, 'where'));
  if (where === 'home' || where === 'arrival') out.where = where;
  return out;
}

/** A rule's or a validity window's `timeline`: overrides per modality key. */
function readTimelineMap(r: NodeReader, node: Node | null, path: Path): Record<string, TimelineOverride> {
  const out: Record<string, TimelineOverride> = {};
  for (const entry of r.entries(node, path)) out[entry.key] = readTimelineFields(r, entry.node, entry.path);
  return out;
}

const ITEM_VERDICTS: readonly ItemVerdict[] = ['review', 'supplement', 'redo'];

/** A `missing` table (the profile's or a rule's): `{ DWI: supplement, LGE: { verdict: redo, because: … } }`. */
function readMissing(r: NodeReader, node: Node | null, path: Path, file: string): Map<string, MissingItem> {
  const out = new Map<string, MissingItem>();
  for (const entry of r.entries(node, path)) {
    const short = r.string(entry.node);
    const verdict = short ?? r.string(r.get(entry.node, 'verdict'));
    if (!(ITEM_VERDICTS as readonly (string | undefined)[]).includes(verdict)) continue;
    const because = short === undefined ? r.words(r.get(entry.node, 'because')) : undefined;
    out.set(entry.key, {
      item: entry.key,
      verdict: verdict as ItemVerdict,
      ...(because ? { because } : {}),
      file,
      range: { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end },
      keyRange: entry.keyRange,
    });
  }
  return out;
}

function readRegions(r: NodeReader, node: Node | null, file: string): Map<string, RegionChildren> {
  const out = new Map<string, RegionChildren>();
  for (const entry of r.entries(node, ['regions'])) {
    const parts = r.items(entry.node).length ? r.items(entry.node) : [entry.node];
    const words = parts.map((p) => r.string(p));
    out.set(entry.key, {
      region: entry.key,
      parts: words.filter((w): w is string => w !== undefined),
      partRanges: parts.filter((_, i) => words[i] !== undefined).map((p) => r.range(p)),
      file,
      range: { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end },
      keyRange: entry.keyRange,
    });
  }
  return out;
}

/** `concerns: { new-headache: head, liver-cancer: { regions: [liver], because: … } }`. */
function readConcerns(r: NodeReader, node: Node | null, file: string): Map<string, RegionConcern> {
  const out = new Map<string, RegionConcern>();
  for (const entry of r.entries(node, ['concerns'])) {
    const listNode = r.string(entry.node) !== undefined || r.items(entry.node).length ? entry.node : r.get(entry.node, 'regions');
    const parts = r.items(listNode).length ? r.items(listNode) : listNode ? [listNode] : [];
    const words = parts.map((p) => r.string(p));
    const because = listNode === entry.node ? undefined : r.words(r.get(entry.node, 'because'));
    out.set(entry.key, {
      word: entry.key,
      regions: words.filter((w): w is string => w !== undefined),
      regionRanges: parts.filter((_, i) => words[i] !== undefined).map((p) => r.range(p)),
      ...(because ? { because } : {}),
      file,
      range: { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end },
    });
  }
  return out;
}

/** An `impact` value: a sentence, `{ text, indication }`, or a list of those. */
function readImpactLines(r: NodeReader, node: Node | null): ImpactLine[] {
  const items = r.items(node).length ? r.items(node) : node ? [node] : [];
  const out: ImpactLine[] = [];
  for (const item of items) {
    const plain = isMap(item) && !r.get(item, 'text') ? r.words(item) : r.string(item);
    if (plain !== undefined) {
      out.push({ text: plain });
      continue;
    }
    const text = r.words(r.get(item, 'text'));
    const indications = r.get(item, 'indication') ? r.stringList(r.get(item, 'indication')) : undefined;
    if (text) out.push({ text, ...(indications ? { indications } : {}) });
  }
  return out;
}

function readTimelines(r: NodeReader, node: Node | null, file: string): Map<string, Timeline> {
  const out = new Map<string, Timeline>();
  for (const entry of r.entries(node, ['timelines'])) {
    out.set(entry.key, {
      key: entry.key,
      ...readTimelineFields(r, entry.node, entry.path),
      file,
      range: { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end },
    });
  }
  return out;
}

function readCosts(r: NodeReader, node: Node | null, file: string): Map<string, Cost> {
  const out = new Map<string, Cost>();
  for (const entry of r.entries(node, ['costs'])) {
    if (entry.key === 'private_multiplier' || entry.key === 'reserve') continue;
    const amount = r.unit(entry.node, entry.path, parseSpan);
    if (!amount) continue;
    out.set(entry.key, {
      key: entry.key,
      amount,
      multiplied: false,
      file,
      range: { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end },
    });
  }
  return out;
}

function readAdvice(r: NodeReader, node: Node | null): AdviceLine[] {
  const out: AdviceLine[] = [];
  for (const item of r.items(node)) {
    const when = r.string(r.get(item, 'when'));
    const text = r.words(r.get(item, 'text'));
    if (text && (ADVICE_TRIGGERS as readonly string[]).includes(when ?? '')) out.push({ when: when as AdviceTrigger, text });
  }
  return out;
}

const COMPARISON_KINDS: Record<SeriesComparison, ComparableKind> = {
  slice_thickness: 'length',
  spacing: 'length',
  pixel_spacing: 'length',
  b_value: 'b-value',
  temporal_resolution: 'time',
  contrast_delay: 'time',
};

function readRequirements(r: NodeReader, node: Node | null, path: Path, file: string): Requirements | undefined {
  if (!node) return undefined;
  const located = <T>(value: T | undefined, n: Node | null) => (value === undefined ? undefined : { value, range: r.range(n), file });
  const req: Requirements = {};
  for (const key of ['slice_thickness', 'field_strength'] as const) {
    const n = r.get(node, key);
    const kind = key === 'slice_thickness' ? 'length' : 'field-strength';
    const value = located(
      r.unit(n, [...path, key], (t) => parseComparison(t, kind)),
      n,
    );
    if (value) req[key] = value;
  }
  for (const key of ['sequences', 'phases', 'format'] as const) {
    const n = r.get(node, key);
    if (n) req[key] = { value: r.stringList(n), range: r.range(n), file };
  }
  const seriesNode = r.get(node, 'series');
  if (seriesNode) {
    const entries = r.items(seriesNode).map((item, i) => readSeriesRequirement(r, item, [...path, 'series', i]));
    req.series = { value: entries, range: r.range(seriesNode), file };
  }
  return req;
}

function readSeriesRequirement(r: NodeReader, item: Node, path: Path): SeriesRequirement {
  const entry: SeriesRequirement = { range: r.range(item) };
  for (const key of ['sequence', 'phase', ...SERIES_WORDS] as const) {
    const n = r.get(item, key);
    if (n) entry[key] = r.stringList(n);
  }
  for (const key of ['contrast', 'contiguous'] as const) {
    const value = r.boolean(r.get(item, key));
    if (value !== undefined) entry[key] = value;
  }
  for (const key of SERIES_COMPARISONS) {
    const value = r.unit(r.get(item, key), [...path, key], (t) => parseComparison(t, COMPARISON_KINDS[key]));
    if (value) entry[key] = value;
  }
  return entry;
}

/** Modalities whose studies have MR sequences; a rule for none of them cannot ask for one. */
const SEQUENCE_MODALITIES = ['MR', 'PET-MR'];

/** A series requirement aimed at an MR sequence on a rule whose `when` admits no MR modality. */
function checkSequenceModality(r: NodeReader, when: Rule['when'], item: Node, req: Requirements | undefined, key: string): void {
  const modalities = when.modality?.filter((m): m is string => typeof m === 'string');
  if (!modalities?.length || modalities.some((m) => SEQUENCE_MODALITIES.includes(m))) return;
  const seriesNodes = r.items(r.get(r.get(item, key), 'series'));
  req?.series?.value.forEach((entry, i) => {
    if (!entry.sequence?.length) return;
    const at = r.get(seriesNodes[i], 'sequence');
    r.report('invalid-rule', message('check.sequence-without-mr', { modalities, sequences: eitherOf(entry.sequence) }), r.range(at), [
      key,
      'series',
      i,
      'sequence',
    ]);
  });
}

/** `a or b or c`, in the reader's language. */
function eitherOf(items: readonly string[]): MessageParam {
  return items.length > 1 ? message('check.either', { first: items[0], rest: eitherOf(items.slice(1)) }) : (items[0] ?? '');
}

function readOrder(r: NodeReader, node: Node | null): Order | undefined {
  const modality = r.string(r.get(node, 'modality'));
  if (!node || !modality) return undefined;
  return {
    modality,
    region: r.string(r.get(node, 'region')),
    contrast: r.boolean(r.get(node, 'contrast')) ?? false,
    reason: r.words(r.get(node, 'reason')),
  };
}

/** One `rules` item as read on its own, kept so that an edit elsewhere does not read it again. */
interface RuleItem {
  /** Null when the item has no id (the schema reports it). */
  rule: Rule | null;
  diagnostics: Diagnostic[];
  /** Claimed JSON pointers, relative to the item. */
  claimed: string[];
}

const itemsOfProtocol = new WeakMap<Protocol, RuleItem[]>();

/** The items of the previous build that `edit` left alone, or null when none can be kept. */
interface ItemReuse {
  items: RuleItem[];
  edit: ItemsEdit;
}

function reusableItems(previous: Protocol | null | undefined, parsed: ParsedYaml, file: string, id: string, count: number): ItemReuse | null {
  const items = previous && itemsOfProtocol.get(previous);
  const edit = parsed.edits?.find((e) => e.key === 'rules');
  if (!items || !edit || previous.file !== file || previous.id !== id) return null;
  return items.length - edit.removed + edit.added === count ? { items, edit } : null;
}

/**
 * For a parse that lets the nodes of rules go (`ParseOptions.onItem`): reads each `rules` item
 * while its nodes are there, keeping what it built (`rules`, by index) for `buildProtocol` and the
 * item's facts for the outline.
 */
export interface RuleReader {
  onItem: ItemVisitor;
  rules: Map<number, RuleItem>;
}

export function ruleReader(file: string): RuleReader {
  const rules = new Map<number, RuleItem>();
  const onItem: ItemVisitor = (item, at) => {
    if (at.key !== 'rules') return undefined;
    const r = new NodeReader(file);
    const id = r.string(r.get(at.doc.contents, 'protocol'));
    if (id === undefined) return undefined;
    rules.set(at.index, readRule(item, file, id));
    return { facts: ruleFacts(item, at.text) };
  };
  return { onItem, rules };
}

function readRules(
  r: NodeReader,
  node: Node | null,
  file: string,
  protocol: string,
  reuse: ItemReuse | null,
  readEarly: Map<number, RuleItem> | null,
): { rules: Rule[]; items: RuleItem[] } {
  const items = r.items(node).map((item, i): RuleItem => {
    if (reuse && i < reuse.edit.index) return reuse.items[i];
    if (reuse && i >= reuse.edit.index + reuse.edit.added) return movedItem(reuse.items[i - reuse.edit.added + reuse.edit.removed], file, reuse.edit.delta);
    return readEarly?.get(i) ?? readRule(item, file, protocol);
  });
  const rules: Rule[] = [];
  const seen = new Map<string, Rule>();
  items.forEach((item, i) => {
    r.diagnostics.push(...item.diagnostics);
    for (const claimed of item.claimed) r.claimed.add(pointer(['rules', i]) + claimed);
    const rule = item.rule;
    if (!rule) return;
    const first = seen.get(rule.id);
    if (first) {
      r.diagnostics.push(
        error('duplicate-rule-id', message('check.duplicate-rule-id', { id: rule.id }), rule.idRange, {
          related: [relatedOf(message('check.first-rule', { id: rule.id }), file, first.idRange)],
        }),
      );
      return;
    }
    seen.set(rule.id, rule);
    rules.push(rule);
  });
  return { rules, items };
}

function readRule(item: Node, file: string, protocol: string): RuleItem {
  const r = new NodeReader(file);
  const done = (rule: Rule | null): RuleItem => ({ rule, diagnostics: r.diagnostics, claimed: [...r.claimed] });
  const idNode = r.get(item, 'id');
  const id = r.string(idNode);
  if (id === undefined) return done(null);
  const whenNode = r.get(item, 'when');
  const when: Rule['when'] = {};
  for (const key of CONDITION_KEYS) {
    const n = r.get(whenNode, key);
    if (n) when[key] = r.list(n);
  }
  const timeline = readTimelineMap(r, r.get(item, 'timeline'), ['timeline']);
  const require = readRequirements(r, r.get(item, 'require'), ['require'], file);
  const preferred = readRequirements(r, r.get(item, 'preferred'), ['preferred'], file);
  checkSequenceModality(r, when, item, require, 'require');
  checkSequenceModality(r, when, item, preferred, 'preferred');
  const disabled = r.boolean(r.get(item, 'disabled')) ?? false;
  // Where the key is written, for the finding on a rule that switches nothing off: looked up only then.
  const disabledRange = disabled ? r.entries(item, []).find((e) => e.key === 'disabled')?.keyRange : undefined;
  const impact: Rule['impact'] = {};
  for (const entry of r.entries(r.get(item, 'impact'), ['impact'])) {
    const lines = readImpactLines(r, entry.node);
    if (lines.length) impact[entry.key] = lines;
  }
  return done({
    id,
    title: r.words(r.get(item, 'title')),
    when,
    verdict: asVerdict(r.string(r.get(item, 'verdict'))),
    require,
    ...(preferred ? { preferred } : {}),
    otherwise: asVerdict(r.string(r.get(item, 'otherwise'))),
    if_unknown: asVerdict(r.string(r.get(item, 'if_unknown'))) ?? 'review',
    order: readOrder(r, r.get(item, 'order')),
    because: r.words(r.get(item, 'because')),
    impact,
    missing: readMissing(r, r.get(item, 'missing'), ['missing'], file),
    note: r.words(r.get(item, 'note')),
    advice: r.words(r.get(item, 'advice')),
    timeline,
    expedite: r.boolean(r.get(item, 'expedite')) ?? false,
    hard: r.boolean(r.get(item, 'hard')) ?? false,
    disabled,
    ...(disabledRange ? { disabledRange } : {}),
    file,
    range: r.range(item),
    idRange: r.range(idNode),
    protocol,
    ...(Object.keys(r.translations).length ? { translations: r.translations } : {}),
  });
}

function movedRequirements(req: Requirements | undefined, delta: number): Requirements | undefined {
  if (!req) return undefined;
  const moved: Requirements = {};
  for (const [key, located] of Object.entries(req) as Array<[keyof Requirements, Located<never>]>) {
    moved[key] = { ...located, range: moveRange(located.range, delta) };
  }
  if (req.series) {
    moved.series = { ...moved.series!, value: req.series.value.map((entry) => ({ ...entry, range: moveRange(entry.range, delta) })) };
  }
  return moved;
}

/** An item read before an edit, with every range moved by `delta` (its text did not change). */
function movedItem(item: RuleItem, file: string, delta: number): RuleItem {
  if (delta === 0) return item;
  const rule = item.rule;
  const moved: Rule | null = rule && {
    ...rule,
    range: moveRange(rule.range, delta),
    idRange: moveRange(rule.idRange, delta),
    ...(rule.disabledRange ? { disabledRange: moveRange(rule.disabledRange, delta) } : {}),
    require: movedRequirements(rule.require, delta),
    missing: rule.missing.size
      ? new Map([...rule.missing].map(([item, m]) => [item, { ...m, range: moveRange(m.range, delta), keyRange: moveRange(m.keyRange, delta) }]))
      : rule.missing,
    ...(rule.preferred ? { preferred: movedRequirements(rule.preferred, delta) } : {}),
  };
  if (rule && moved) carrySignature(rule, moved);
  return { rule: moved, diagnostics: item.diagnostics.map((d) => movedDiagnostic(d, file, delta)), claimed: item.claimed };
}

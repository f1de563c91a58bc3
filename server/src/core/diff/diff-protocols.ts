// The semantic diff of two versions of a set of protocols, after `extends` is resolved (a
// parent's change shows in each child it reaches, attributed to the parent), by meaning: rules
// by id, windows by context, timelines and costs by key — reordering or reformatting is no change.
import type { SourceRef } from '../evaluate/result';
import { english, message, type Catalogue, type Message, type MessageParam } from '../i18n/catalogue';
import type { AdviceLine, Protocol, Rule } from '../model';
import { analyzeFile, linkProject, type AnalyzedFile, type Project, type SourceFile } from '../project';
import {
  adviceText,
  adviceTranslationFields,
  compareFieldNames,
  concernFields,
  costFields,
  directionOf,
  headerFields,
  missingFields,
  regionFields,
  ruleFields,
  ruleSignature,
  sameValue,
  spanFields,
  timelineOwnFields,
  trendOf,
  validityFields,
  windowText,
  type Field,
} from './fields';
import { sideOf, type Side } from './as-written';
import { caseImpact } from './impact';
import { locatePath, sourceRef, type PathStep } from './locate';
import type { ChangeKind, ProtocolChange, ProtocolDiff } from './types';

/** One version: its files as text, or a project already linked by the caller. */
export type DiffInput = readonly SourceFile[] | Project;

export interface DiffOptions {
  /** Run the cases of both versions (default true). */
  impact?: boolean;
  /** The language the impact's expectation failures are written in (default English); the changes carry messages for any language. */
  say?: Catalogue;
}

export function diffProtocols(before: DiffInput, after: DiffInput, options: DiffOptions = {}): ProtocolDiff {
  const [a, b] = linkVersions(before, after);
  const [sa, sb] = [sideOf(a), sideOf(b)];
  // Parents before their children (whose inherited changes repeat theirs), then by id.
  const depth = (id: string) => chain(sb.raw.has(id) ? sb : sa, id).length;
  const ids = [...new Set([...a.protocols.keys(), ...b.protocols.keys()])].sort((x, y) => depth(x) - depth(y) || (x < y ? -1 : x > y ? 1 : 0));
  const changes = ids.flatMap((id) => diffProtocol(id, sa, sb));
  const impact = options.impact === false ? { cases: { compared: 0, run: 0 }, studies: [], newlyFailing: [], newlyPassing: [] } : caseImpact(a, b, options.say);
  return { changes, impact };
}

/**
 * Links both versions; a file with the same path and text on both sides is analysed once (and
 * shared, which also tells the impact that the case is unchanged). Callers that want the
 * projects too (for their diagnostics) link here and pass the projects to `diffProtocols`.
 * Case files keep no YAML syntax tree (`caseTree: false`): the diff locates nothing inside
 * them but ranges the case model holds.
 */
export function linkVersions(before: DiffInput, after: DiffInput): [Project, Project] {
  const cache = new Map<string, AnalyzedFile>();
  const analyze = (f: SourceFile) => {
    const key = `${f.path}\0${f.text}`;
    let done = cache.get(key);
    if (!done) {
      done = analyzeFile(f, { caseTree: false });
      cache.set(key, done);
    }
    return done;
  };
  const link = (input: DiffInput) => (isProject(input) ? input : linkProject(input.map(analyze)));
  return [link(before), link(after)];
}

function isProject(input: DiffInput): input is Project {
  return !Array.isArray(input);
}

// ---------------------------------------------------------------------------------------
// One version: who wrote what
// ---------------------------------------------------------------------------------------

/** The protocol and its ancestors as written, nearest first. */
function chain(side: Side, id: string): Protocol[] {
  const out: Protocol[] = [];
  const seen = new Set<string>();
  for (let p = side.raw.get(id); p && !seen.has(p.id); p = p.extends ? side.raw.get(p.extends.value) : undefined) {
    seen.add(p.id);
    out.push(p);
  }
  return out;
}

/** The nearest protocol in the chain that writes something (`has`), if any does. */
function writer(side: Side, id: string, has: (p: Protocol) => boolean): Protocol | undefined {
  return chain(side, id).find(has);
}

/** The parent a change comes from, or null when the protocol itself made it (in either version). */
function inherited(id: string, ownerBefore: string | undefined, ownerAfter: string | undefined): string | null {
  if (ownerBefore === id || ownerAfter === id) return null;
  return ownerAfter ?? ownerBefore ?? null;
}

/** Where an element is written on one side (the field, else its element), or its section. */
function at(side: Side, file: string | undefined, path: readonly PathStep[]): SourceRef | null {
  return file ? locatePath(side.project, file, path) : null;
}

// ---------------------------------------------------------------------------------------
// Comparing one protocol
// ---------------------------------------------------------------------------------------

interface Element {
  /** `rule oncology-thin-slice-ct`, `validity active-oncology`, `cost PET-CT`, `hospital.currency`. */
  label: Message;
  fields: Field[];
  owner: string | undefined;
  file: string | undefined;
  /** YAML path of the element in its file. */
  path: PathStep[];
}

interface Pair {
  protocol: string;
  before: Side;
  after: Side;
  out: ProtocolChange[];
}

function show(text: string | null): MessageParam {
  return text ?? message('diff.not-set');
}

function push(
  pair: Pair,
  change: Omit<ProtocolChange, 'protocol' | 'message' | 'wording' | 'language'> & Partial<Pick<ProtocolChange, 'wording' | 'language'>>,
): void {
  pair.out.push({ protocol: pair.protocol, wording: false, language: null, ...change, message: english(change.text.key, change.text.params) });
}

/** `rule x: because`, or `rule x: because (zh-CN)` for a text written per language; a nameless field is the element itself (`title (zh-CN)`). */
function fieldLabel(element: Message, f: Field): Message {
  const base = f.translation && f.language ? f.name.slice(0, Math.max(0, f.name.length - f.language.length - 1)) : f.name;
  if (!f.language) return base ? message('diff.field', { element, field: base }) : element;
  return base ? message('diff.field-in', { element, field: base, language: f.language }) : message('diff.element-in', { element, language: f.language });
}

/** Field by field changes of an element present in both versions. */
function diffElement(pair: Pair, kind: ChangeKind, key: string, a: Element, b: Element): void {
  const fa = new Map(a.fields.map((f) => [f.name, f]));
  const fb = new Map(b.fields.map((f) => [f.name, f]));
  const names = [...b.fields, ...a.fields.filter((f) => !fb.has(f.name))].sort(compareFieldNames).map((f) => f.name);
  for (const name of names) {
    const [x, y] = [fa.get(name) ?? null, fb.get(name) ?? null];
    if (x && y && sameValue(x.kind, x, y)) continue;
    const f = (y ?? x)!;
    const label = fieldLabel(a.label, f);
    const source = {
      before: at(pair.before, a.file, [...a.path, ...(x ? f.path : [])]),
      after: at(pair.after, b.file, [...b.path, ...(y ? f.path : [])]),
    };
    const inheritedFrom = inherited(pair.protocol, a.owner, b.owner);
    if (name === 'hard' && kind === 'rule-changed') {
      push(pair, {
        kind: y ? 'hard-added' : 'hard-removed',
        key,
        field: 'hard',
        before: x?.text ?? null,
        after: y?.text ?? null,
        direction: directionOf('flag', x, y),
        inheritedFrom,
        text: message(y ? 'diff.hard-added' : 'diff.hard-removed', { label: a.label }),
        source,
      });
      continue;
    }
    const trend = trendOf(f.kind, x, y);
    const before = x?.text ?? null;
    const after = y?.text ?? null;
    const values = { label, before: show(before), after: show(after) };
    push(pair, {
      kind,
      key,
      field: name || null,
      before,
      after,
      direction: directionOf(f.kind, x, y),
      inheritedFrom,
      wording: !!f.wording,
      language: f.language ?? null,
      text: trend ? message('diff.changed-trend', { ...values, trend: message(`diff.trend.${trend}`) }) : message('diff.changed', values),
      source,
    });
  }
}

/** An element's fields in one line (its texts in other languages left out: the line says what the element is). */
function summary(fields: Field[]): string {
  return fields
    .filter((f) => !f.translation)
    .map((f) => (f.name ? `${f.name} ${f.text}` : f.text))
    .join(', ');
}

/** A rule in one line: which studies it applies to and what it gives. */
export function ruleSummary(rule: Rule): string {
  const m = ruleSummaryMessage(rule);
  return english(m.key, m.params);
}

function ruleSummaryMessage(rule: Rule): Message {
  const fields = ruleFields(rule);
  const when = fields.filter((f) => f.path[0] === 'when').map((f) => `${f.path[1]} ${f.text}`);
  const scope: MessageParam = when.length ? when : message('diff.rule.every-study');
  let action: MessageParam;
  if (rule.order)
    action = rule.order.region
      ? message('diff.rule.order-region', { modality: rule.order.modality, region: rule.order.region })
      : message('diff.rule.order', { modality: rule.order.modality });
  else if (rule.verdict) action = message(`verdict.${rule.verdict}`);
  else {
    const req = fields.filter((f) => f.path[0] === 'require').map((f) => `${f.path[1]} ${f.text}`);
    action = message('diff.rule.require', {
      requirements: req.length ? req : message('diff.rule.nothing'),
      otherwise: message(`verdict.${rule.otherwise ?? 'redo'}`),
    });
  }
  return message(rule.hard ? 'diff.rule.summary-hard' : 'diff.rule.summary', { scope, action });
}

/** Added and removed elements of a keyed section, then field changes of those in both. */
function diffKeyed<T>(
  pair: Pair,
  section: 'validity' | 'timeline' | 'cost' | 'missing' | 'region' | 'concern',
  a: ReadonlyMap<string, T>,
  b: ReadonlyMap<string, T>,
  element: (side: Side, key: string, value: T) => Element,
  describe: (value: T) => string,
): void {
  const yaml = ({ validity: 'validity', timeline: 'timelines', cost: 'costs', missing: 'missing', region: 'regions', concern: 'concerns' } as const)[section];
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const [va, vb] = [a.get(key), b.get(key)];
    if (va !== undefined && vb !== undefined) {
      diffElement(pair, `${section}-changed`, key, element(pair.before, key, va), element(pair.after, key, vb));
      continue;
    }
    const present = (va ?? vb)!;
    const e = element(va !== undefined ? pair.before : pair.after, key, present);
    const other = va !== undefined ? pair.after : pair.before;
    const otherFile = e.owner ? other.raw.get(e.owner)?.file : undefined;
    const text = describe(present);
    const added = vb !== undefined;
    push(pair, {
      kind: added ? `${section}-added` : `${section}-removed`,
      key,
      field: null,
      before: added ? null : text,
      after: added ? text : null,
      direction: null,
      inheritedFrom: inherited(pair.protocol, e.owner, e.owner),
      text: message(added ? 'diff.added' : 'diff.removed', { label: e.label, text }),
      source: added
        ? { before: at(other, otherFile, [yaml]), after: at(pair.after, e.file, e.path) }
        : { before: at(pair.before, e.file, e.path), after: at(other, otherFile, [yaml]) },
    });
  }
}

function diffProtocol(id: string, before: Side, after: Side): ProtocolChange[] {
  const pa = before.project.protocols.get(id);
  const pb = after.project.protocols.get(id);
  const pair: Pair = { protocol: id, before, after, out: [] };
  if (!pa || !pb) {
    const p = (pa ?? pb)!;
    const side = pa ? before : after;
    const where = sourceRef(side.project, p.file, p.idRange);
    const params = { id, parent: p.extends?.value ?? '' };
    push(pair, {
      kind: pa ? 'protocol-removed' : 'protocol-added',
      key: id,
      field: null,
      before: pa ? id : null,
      after: pb ? id : null,
      direction: null,
      inheritedFrom: null,
      text: message(
        pa ? (p.extends ? 'diff.protocol-removed-extends' : 'diff.protocol-removed') : p.extends ? 'diff.protocol-added-extends' : 'diff.protocol-added',
        params,
      ),
      source: pa ? { before: where, after: null } : { before: null, after: where },
    });
    return pair.out;
  }

  // Title and extends belong to the protocol itself; hospital keys to the nearest writer.
  // A key's fields: one, or the title once per language it is written in.
  const headers = (p: Protocol) => {
    const out = new Map<string, { section: 'protocol' | 'hospital'; fields: Field[] }>();
    for (const h of headerFields(p)) {
      const entry = out.get(h.key) ?? { section: h.section, fields: [] };
      entry.fields.push(h.field);
      out.set(h.key, entry);
    }
    return out;
  };
  const [ha, hb] = [headers(pa), headers(pb)];
  for (const key of ['title', 'extends', 'sector', 'currency', 'holidays', 'workdays']) {
    const [x, y] = [ha.get(key), hb.get(key)];
    if (!x && !y) continue;
    const section = (x ?? y)!.section;
    const element = (side: Side, p: Protocol, h: typeof x): Element => {
      const w = section === 'protocol' ? side.raw.get(id) : writer(side, id, (r) => hospitalWrites(r, key));
      return {
        label: message('diff.label.key', { key: section === 'protocol' ? key : `hospital.${key}` }),
        fields: h ? h.fields : [],
        owner: w?.id,
        file: w?.file ?? p.file,
        path: section === 'protocol' ? [key] : ['hospital', key],
      };
    };
    diffElement(pair, section === 'protocol' ? 'protocol-changed' : 'hospital-changed', key, element(before, pa, x), element(after, pb, y));
  }

  diffKeyed(
    pair,
    'validity',
    pa.validity,
    pb.validity,
    (side, key, w) => ({
      label: message('diff.label.validity', { key }),
      fields: validityFields(w, side.project.protocols.get(id)?.translations),
      owner: side.owner.get(w.file),
      file: w.file,
      path: ['validity', key],
    }),
    (w) => `window ${windowText(w)}, beyond ${w.beyond}`,
  );

  diffRules(pair, pa, pb);

  diffKeyed(
    pair,
    'timeline',
    pa.timelines,
    pb.timelines,
    (side, key, t) => ({
      label: message('diff.label.timeline', { key }),
      fields: timelineOwnFields(t),
      owner: side.owner.get(t.file),
      file: t.file,
      path: ['timelines', key],
    }),
    (t) => summary(timelineOwnFields(t)),
  );

  const costs = (side: Side, p: Protocol) => {
    const out = new Map<string, { fields: Field[]; owner?: string; file?: string }>();
    for (const [key, c] of p.costs) out.set(key, { fields: costFields(c, p.currency), owner: side.owner.get(c.file), file: c.file });
    for (const key of ['private_multiplier', 'reserve'] as const) {
      const span = p[key];
      if (!span) continue;
      const w = writer(side, p.id, (r) => r[key] !== undefined);
      out.set(key, { fields: spanFields(span, key === 'reserve' ? p.currency : ''), owner: w?.id, file: w?.file });
    }
    return out;
  };
  diffKeyed(
    pair,
    'cost',
    costs(before, pa),
    costs(after, pb),
    (_side, key, c) => ({
      label: message('diff.label.cost', { key }),
      fields: c.fields,
      owner: c.owner,
      file: c.file,
      path: ['costs', key],
    }),
    (c) => summary(c.fields),
  );

  diffKeyed(
    pair,
    'missing',
    pa.missing,
    pb.missing,
    (side, key, m) => ({
      label: message('diff.label.missing', { key }),
      fields: missingFields(m, side.project.protocols.get(id)?.translations),
      owner: side.owner.get(m.file),
      file: m.file,
      path: ['missing', key],
    }),
    (m) => summary(missingFields(m)),
  );
  diffKeyed(
    pair,
    'region',
    pa.regions,
    pb.regions,
    (side, key, r) => ({
      label: message('diff.label.region', { key }),
      fields: regionFields(r),
      owner: side.owner.get(r.file),
      file: r.file,
      path: ['regions', key],
    }),
    (r) => summary(regionFields(r)),
  );
  diffKeyed(
    pair,
    'concern',
    pa.concerns,
    pb.concerns,
    (side, key, c) => ({
      label: message('diff.label.concern', { key }),
      fields: concernFields(c, side.project.protocols.get(id)?.translations),
      owner: side.owner.get(c.file),
      file: c.file,
      path: ['concerns', key],
    }),
    (c) => summary(concernFields(c)),
  );

  diffAdvice(pair, pa, pb);
  return pair.out;
}

function hospitalWrites(p: Protocol, key: string): boolean {
  switch (key) {
    case 'sector':
      return p.sector !== undefined;
    case 'currency':
      return !!p.currency;
    case 'holidays':
      return p.holidays.length > 0;
    case 'workdays':
      return p.workdays.length > 0;
    default:
      return false;
  }
}

function ruleElement(rule: Rule): Element {
  return {
    label: message('diff.label.rule', { id: rule.id }),
    fields: ruleFields(rule),
    owner: rule.protocol,
    file: rule.file,
    path: ['rules', { rangeStart: rule.range.start }],
  };
}

function diffRules(pair: Pair, pa: Protocol, pb: Protocol): void {
  const active = (p: Protocol) => new Map(p.rules.filter((r) => !r.disabled).map((r) => [r.id, r]));
  const [ra, rb] = [active(pa), active(pb)];
  const removed = [...ra.keys()].filter((id) => !rb.has(id)).sort();
  const added = [...rb.keys()].filter((id) => !ra.has(id)).sort();

  // A rename: a removed and an added rule whose content is identical apart from the id.
  const renamedTo = new Map<string, string>();
  const taken = new Set<string>();
  for (const old of removed) {
    const signature = ruleSignature(ra.get(old)!);
    const match = added.find((id) => !taken.has(id) && ruleSignature(rb.get(id)!) === signature);
    if (match) {
      renamedTo.set(old, match);
      taken.add(match);
    }
  }
  const renamedFrom = new Map([...renamedTo].map(([o, n]) => [n, o]));

  const ids = [...new Set([...ra.keys(), ...rb.keys()])].filter((id) => !renamedTo.has(id)).sort();
  for (const id of ids) {
    const [x, y] = [ra.get(id), rb.get(id)];
    const old = renamedFrom.get(id);
    if (old) {
      const [from, to] = [ra.get(old)!, y!];
      push(pair, {
        kind: 'rule-renamed',
        key: id,
        field: 'id',
        before: old,
        after: id,
        direction: null,
        inheritedFrom: inherited(pair.protocol, from.protocol, to.protocol),
        text: message('diff.rule-renamed', { old, id }),
        source: {
          before: at(pair.before, from.file, ['rules', { rangeStart: from.range.start }, 'id']),
          after: at(pair.after, to.file, ['rules', { rangeStart: to.range.start }, 'id']),
        },
      });
      continue;
    }
    if (x && y) {
      if (x !== y && ruleSignature(x) !== ruleSignature(y)) diffElement(pair, 'rule-changed', id, ruleElement(x), ruleElement(y));
      continue;
    }
    const rule = (x ?? y)!;
    const other = x ? pair.after : pair.before;
    const otherFile = other.raw.get(rule.protocol)?.file;
    const text = ruleSummaryMessage(rule);
    // A parent's rule switched off in this protocol (`disabled: true`) is this protocol's doing.
    const off = (side: Side) => side.raw.get(pair.protocol)?.rules.find((r) => r.id === id && r.disabled);
    const disabled = off(x ? pair.after : pair.before);
    const entry = (side: Side, r: Rule) => at(side, r.file, ['rules', { rangeStart: r.range.start }]);
    push(pair, {
      kind: y ? 'rule-added' : 'rule-removed',
      key: id,
      field: null,
      before: x ? english(text.key, text.params) : null,
      after: y ? english(text.key, text.params) : null,
      // A rule only ever makes a study's verdict more severe (or orders more imaging).
      direction: y ? 'stricter' : 'looser',
      inheritedFrom: disabled ? null : inherited(pair.protocol, rule.protocol, rule.protocol),
      text: disabled
        ? message(y ? 'diff.rule-enabled' : 'diff.rule-disabled', { id, text })
        : message(y ? 'diff.added' : 'diff.removed', { label: message('diff.label.rule', { id }), text }),
      source: y
        ? { before: disabled ? entry(pair.before, disabled) : at(other, otherFile, ['rules']), after: entry(pair.after, rule) }
        : { before: entry(pair.before, rule), after: disabled ? entry(pair.after, disabled) : at(other, otherFile, ['rules']) },
    });
  }
}

/**
 * Advice lines are a set of (trigger, text): lines added or removed count, and for a line in
 * both, its texts in other languages. Every advice change is a wording change.
 */
function diffAdvice(pair: Pair, pa: Protocol, pb: Protocol): void {
  const keyOf = (l: AdviceLine) => `${l.when}\0${adviceText(l)}`;
  const count = (p: Protocol) => {
    const m = new Map<string, number>();
    for (const l of p.advice) m.set(keyOf(l), (m.get(keyOf(l)) ?? 0) + 1);
    return m;
  };
  const [ca, cb] = [count(pa), count(pb)];
  const report = (p: Protocol, side: Side, other: Side, added: boolean, seen: Map<string, number>) => {
    for (const line of p.advice) {
      const k = keyOf(line);
      const surplus = (seen.get(k) ?? 0) - ((added ? ca : cb).get(k) ?? 0);
      if (surplus <= 0) continue;
      seen.set(k, (seen.get(k) ?? 0) - 1);
      const w = writer(side, p.id, (r) => r.advice.some((l) => keyOf(l) === k));
      const text = `"${adviceText(line)}"`;
      push(pair, {
        kind: added ? 'advice-added' : 'advice-removed',
        key: line.when,
        field: null,
        before: added ? null : text,
        after: added ? text : null,
        direction: null,
        inheritedFrom: w && w.id !== pair.protocol ? w.id : null,
        wording: true,
        text: message(added ? 'diff.added' : 'diff.advice-removed', { label: message('diff.label.advice', { when: line.when }), text }),
        source: added
          ? { before: at(other, other.raw.get(w?.id ?? '')?.file, ['advice']), after: at(side, w?.file, ['advice']) }
          : { before: at(side, w?.file, ['advice']), after: at(other, other.raw.get(w?.id ?? '')?.file, ['advice']) },
      });
    }
  };
  report(pa, pair.before, pair.after, false, new Map(ca));
  report(pb, pair.after, pair.before, true, new Map(cb));

  // A line in both versions whose text in another language changed.
  const firstOf = (p: Protocol) => {
    const m = new Map<string, AdviceLine>();
    for (const l of p.advice) if (!m.has(keyOf(l))) m.set(keyOf(l), l);
    return m;
  };
  const [la, lb] = [firstOf(pa), firstOf(pb)];
  for (const [k, line] of lb) {
    if (!la.has(k)) continue;
    const element: Element = {
      label: message('diff.label.advice', { when: line.when }),
      fields: [],
      owner: writer(pair.after, pb.id, (r) => r.advice.some((l) => keyOf(l) === k))?.id,
      file: undefined,
      path: ['advice'],
    };
    const [wa, wb] = [
      writer(pair.before, pa.id, (r) => r.advice.some((l) => keyOf(l) === k)),
      writer(pair.after, pb.id, (r) => r.advice.some((l) => keyOf(l) === k)),
    ];
    diffElement(
      pair,
      'advice-changed',
      line.when,
      { ...element, owner: wa?.id, file: wa?.file, fields: adviceTranslationFields(la.get(k)!, pa.translations) },
      { ...element, owner: wb?.id, file: wb?.file, fields: adviceTranslationFields(line, pb.translations) },
    );
  }
}

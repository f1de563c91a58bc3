// A canonical, line-oriented view of one protocol for `git diff` (textconv): every field on
// its own line, prefixed with its rule, context or key, sorted, values in the user's units, so
// reordering and reformatting vanish from the diff and each changed line says what it is.
import type { Protocol, Rule } from '../model';
import { analyzeProject, type Project, type SourceFile } from '../project';
import { sideOf } from './as-written';
import {
  adviceText,
  adviceTranslationFields,
  concernFields,
  costFields,
  headerFields,
  missingFields,
  regionFields,
  ruleFields,
  spanFields,
  timelineOwnFields,
  validityFields,
  type Field,
} from './fields';

export interface NormalizeOptions {
  /**
   * false (default): the protocol as its file writes it, `extends` shown as a line — what
   * textconv needs, since git hands it one file. true: after `extends` is resolved, each
   * inherited line marked with the protocol it comes from.
   */
  resolved?: boolean;
}

function fieldLine(label: string, f: Field): string {
  return f.name ? `${label}: ${f.name}: ${f.text}` : `${label}: ${f.text}`;
}

/** The normalized view of protocol `id` in `project` ('' when there is no such protocol). */
export function normalizeProtocol(project: Project, id: string, options: NormalizeOptions = {}): string {
  const { owner, raw } = sideOf(project);
  const p = options.resolved ? project.protocols.get(id) : raw.get(id);
  if (!p) return '';
  const from = (file: string | undefined, protocol = file ? owner.get(file) : undefined) =>
    options.resolved && protocol && protocol !== id ? `  # inherited from ${protocol}` : '';
  /** For parts without a file of their own: the nearest protocol in the chain that writes it. */
  const writtenBy = (has: (q: Protocol) => boolean) => {
    const seen = new Set<string>();
    for (let q = raw.get(id); q && !seen.has(q.id); q = q.extends ? raw.get(q.extends.value) : undefined) {
      seen.add(q.id);
      if (has(q)) return from(undefined, q.id);
    }
    return '';
  };

  const lines = [`protocol ${p.id}`];
  for (const h of headerFields(p)) {
    if (h.section === 'protocol') lines.push(`${h.field.name ? `${h.key}.${h.field.name}` : h.key}: ${h.field.text}`);
    else lines.push(`hospital.${h.key}: ${h.field.text}` + writtenBy((q) => headerFields(q).some((x) => x.key === h.key)));
  }
  /** A part written as a map of named entries (`validity`, `timelines`…): each entry's fields by name, as `reimage diff` names them. */
  const keyed = <T extends { file: string }>(label: string, entries: ReadonlyMap<string, T>, fields: (entry: T) => Field[]) => {
    for (const key of [...entries.keys()].sort()) {
      const entry = entries.get(key)!;
      for (const f of fields(entry)) lines.push(fieldLine(`${label} ${key}`, f) + from(entry.file));
    }
  };
  keyed('validity', p.validity, (w) => validityFields(w, p.translations));
  const rules = (options.resolved ? p.rules.filter((r) => !r.disabled) : p.rules).slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const rule of rules) lines.push(...ruleLines(rule, from(rule.file, rule.protocol)));
  keyed('timeline', p.timelines, timelineOwnFields);
  keyed('cost', p.costs, costFields);
  for (const key of ['private_multiplier', 'reserve'] as const) {
    const span = p[key];
    if (span) for (const f of spanFields(span)) lines.push(fieldLine(`cost ${key}`, f) + writtenBy((q) => q[key] !== undefined));
  }
  // What a missing item takes, the regions a profile adds and what a symptom concerns: named as
  // `reimage diff` names them, so a change to them shows in `git diff` too.
  keyed('missing', p.missing, (m) => missingFields(m, p.translations));
  keyed('region', p.regions, regionFields);
  keyed('concern', p.concerns, (c) => concernFields(c, p.translations));
  // Each line, then its texts in other languages under it.
  const advice = p.advice.map((a) => {
    const by = writtenBy((q) => q.advice.some((b) => b.when === a.when && b.text === a.text));
    return [`advice ${a.when}: ${adviceText(a)}${by}`, ...adviceTranslationFields(a, p.translations).map((f) => `advice ${a.when}: ${f.name}: ${f.text}${by}`)];
  });
  lines.push(...advice.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).flat());
  return lines.join('\n') + '\n';
}

function ruleLines(rule: Rule, suffix: string): string[] {
  const fields = ruleFields(rule);
  if (!fields.length) return [`rule ${rule.id}${suffix}`];
  return fields.map((f) => fieldLine(`rule ${rule.id}`, f) + suffix);
}

/**
 * The view `reimage diff --textconv` prints for one file: a protocol normalized on its own,
 * its own errors listed first (a broken part may be missing below); any other file as written.
 */
export function normalizeProtocolText(file: SourceFile): string {
  const project = analyzeProject([file]);
  const analyzed = project.files.get(file.path);
  if (!analyzed?.protocol) return file.text;
  const errors = analyzed.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `! line ${analyzed.parsed.lineIndex.position(d.range.start).line + 1}: [${d.code}] ${d.message.replace(/\r?\n/g, ' ')}`);
  return [...errors, normalizeProtocol(project, analyzed.protocol.id)].join('\n');
}

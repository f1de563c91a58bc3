// Resolves `extends` across a set of protocols: merges each child over its parent (rules by
// id, maps key by key), reports unknown parents, cycles, duplicate ids and weakened `hard`
// rules. Input protocols are never mutated; every resolved protocol is a fresh object.
import { message, type Message } from '../i18n/catalogue';
import { error, fixOf, relatedOf, warning, type Diagnostic } from '../diagnostics';
import { regionTreeOf } from '../regions';
import { severityOf, type Cost, type ItemVerdict, type Protocol, type Rule, type Verdict } from '../model';
import { closest } from './spelling';
import { decimalAmount } from '../units/units';

export interface Resolution {
  /** Resolved protocols by id (the first file wins for a duplicated id). */
  protocols: Map<string, Protocol>;
  /** Findings per file path. */
  diagnostics: Map<string, Diagnostic[]>;
}

export function resolveProtocols(protocols: readonly Protocol[]): Resolution {
  const diagnostics = new Map<string, Diagnostic[]>();
  const add = (file: string, d: Diagnostic) => {
    const list = diagnostics.get(file) ?? [];
    list.push(d);
    diagnostics.set(file, list);
  };
  const byId = new Map<string, Protocol>();
  for (const p of protocols) {
    const first = byId.get(p.id);
    if (first) {
      add(
        p.file,
        error('duplicate-protocol-id', message('check.duplicate-protocol', { id: p.id, file: first.file }), p.idRange, {
          related: [relatedOf(message('check.defined-here', { id: p.id }), first.file, first.idRange)],
        }),
      );
      continue;
    }
    byId.set(p.id, p);
  }

  const resolved = new Map<string, Protocol>();
  const inProgress = new Set<string>();
  const resolve = (p: Protocol): Protocol => {
    const done = resolved.get(p.id);
    if (done) return done;
    if (!p.extends) {
      for (const rule of p.rules) if (rule.disabled) add(p.file, nothingToDisable(rule, null));
      resolved.set(p.id, p);
      return p;
    }
    const parentId = p.extends.value;
    const parent = byId.get(parentId);
    if (!parent) {
      const guess = closest(
        parentId,
        [...byId.keys()].filter((id) => id !== p.id),
      );
      add(
        p.file,
        error(
          'unknown-extends',
          message('check.unknown-extends', { id: parentId, hint: guess ? message('check.did-you-mean', { guess }) : '' }),
          p.extends.range,
          guess
            ? {
                fixes: [fixOf(message('fix.change-to', { value: guess }), [{ range: p.extends.range, text: guess }])],
              }
            : undefined,
        ),
      );
      resolved.set(p.id, p);
      return p;
    }
    if (inProgress.has(parentId) || parentId === p.id) {
      const path = [...inProgress, p.id];
      const members = path.slice(path.indexOf(parentId));
      const circle = [...members, parentId].join(' → ');
      for (const id of members) {
        const member = byId.get(id)!;
        add(member.file, error('extends-cycle', message('check.extends-cycle', { circle }), member.extends!.range));
        resolved.set(id, member);
      }
      return p;
    }
    inProgress.add(p.id);
    const base = resolve(parent);
    inProgress.delete(p.id);
    // Resolving the parent may have found this protocol inside a cycle.
    const settled = resolved.get(p.id);
    if (settled) return settled;
    const merged = mergeProtocol(base, p, (d) => add(p.file, d));
    resolved.set(p.id, merged);
    return merged;
  };
  for (const p of byId.values()) resolve(p);
  for (const [id, p] of resolved) {
    const own = byId.get(id);
    if (own) for (const d of [...regionFindings(p, own), ...itemVerdictFindings(p, own)]) add(own.file, d);
  }
  return { protocols: resolved, diagnostics };
}

function mergeProtocol(parent: Protocol, child: Protocol, report: (d: Diagnostic) => void): Protocol {
  const rules: Rule[] = parent.rules.slice();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const removed = new Set<number>();
  for (const rule of child.rules) {
    const at = index.get(rule.id);
    if (at === undefined) {
      if (rule.disabled) report(nothingToDisable(rule, parent.id));
      else rules.push(rule);
      continue;
    }
    const weakened = parent.rules[at].hard ? (hardRuleWeakening(parent.rules[at], rule) ?? missingItemWeakening(parent.rules[at], parent, rule, child)) : null;
    if (weakened) {
      report(
        error('hard-rule-weakened', message('check.hard-rule-weakened', { rule: rule.id, protocol: parent.rules[at].protocol, weakened }), rule.idRange, {
          related: [relatedOf(message('check.the-hard-rule', { rule: rule.id }), parent.rules[at].file, parent.rules[at].idRange)],
        }),
      );
      continue;
    }
    if (rule.disabled) removed.add(at);
    else rules[at] = rule;
  }

  for (const [i, hard] of rules.entries()) {
    if (!hard.hard || hard.protocol === child.id) continue;
    for (const item of requiredItems(hard)) {
      const entry = child.missing.get(item);
      const before = itemVerdictUnder(hard, parent.missing, item);
      if (!entry || hard.missing.has(item) || severityOf(entry.verdict) >= severityOf(before)) continue;
      report(
        error(
          'hard-rule-weakened',
          message('check.missing-item-weakened', {
            item,
            before: verdictWord(before),
            rule: hard.id,
            protocol: hard.protocol,
            after: verdictWord(entry.verdict),
          }),
          entry.keyRange,
          {
            related: [relatedOf(message('check.the-hard-rule', { rule: hard.id }), hard.file, hard.idRange)],
          },
        ),
      );
      // The hard rule keeps its parent's verdict for the item, whatever this profile's table says.
      rules[i] = { ...hard, missing: new Map([...hard.missing, [item, parent.missing.get(item) ?? { ...entry, verdict: before as ItemVerdict }]]) };
    }
  }

  const sector = child.sector ?? parent.sector;
  const multiplier = child.private_multiplier ?? parent.private_multiplier;
  const multiply = sector === 'private' && parent.sector === 'public' && multiplier;
  const costs = new Map<string, Cost>();
  for (const [key, cost] of parent.costs) {
    costs.set(
      key,
      multiply
        ? {
            ...cost,
            amount: {
              min: decimalAmount(cost.amount.min * multiplier.min),
              max: decimalAmount(cost.amount.max * multiplier.max),
              text: `${cost.amount.text} × ${multiplier.text}`,
            },
            multiplied: true,
          }
        : cost,
    );
  }
  for (const [key, cost] of child.costs) costs.set(key, cost);

  return {
    ...child,
    sector,
    currency: child.currency || parent.currency,
    holidays: [...new Set([...parent.holidays, ...child.holidays])],
    workdays: [...new Set([...parent.workdays, ...child.workdays])],
    validity: new Map([...parent.validity, ...child.validity]),
    rules: rules.filter((_, i) => !removed.has(i)),
    timelines: new Map([...parent.timelines, ...child.timelines]),
    costs,
    private_multiplier: multiplier,
    reserve: child.reserve ?? parent.reserve,
    advice: [...parent.advice, ...child.advice],
    missing: new Map([...parent.missing, ...child.missing]),
    regions: mergeRegions(parent.regions, child.regions),
    concerns: new Map([...parent.concerns, ...child.concerns]),
    translations: { ...parent.translations, ...child.translations },
  };
}

/**
 * Findings on the regions a protocol file writes, seen with everything it inherits: an addition
 * that makes a region contain itself, and a `concerns` entry naming a region nobody knows.
 */
function regionFindings(resolved: Protocol, own: Protocol): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tree = regionTreeOf(resolved);
  for (const entry of own.regions.values()) {
    const cycle = tree.cycleThrough(entry.region);
    if (cycle) out.push(error('region-cycle', message('check.region-cycle', { circle: cycle.join(' ⊃ ') }), entry.keyRange));
  }
  const known = tree.words();
  for (const concern of own.concerns.values()) {
    concern.regions.forEach((region, i) => {
      if (known.includes(region)) return;
      const guess = closest(region, known);
      const range = concern.regionRanges[i];
      out.push(
        warning(
          'unknown-region',
          message('check.unknown-region', { region, symptom: concern.word, hint: guess ? message('check.did-you-mean', { guess }) : '' }),
          range,
          guess
            ? {
                fixes: [fixOf(message('fix.change-to', { value: guess }), [{ range, text: guess }])],
              }
            : undefined,
        ),
      );
    });
  }
  return out;
}

/**
 * An item two rules list as required that neither rule nor the profile's `missing` table names, and whose
 * `otherwise` differ: the same missing item would be a supplement under one and a redo under the
 * other without the profile saying so. Reported at the protocol's own rule that differs. A rule
 * still without its `otherwise` takes no part: its `missing-key` error is what the author must
 * fix, and which verdict it will give is not written yet.
 */
function itemVerdictFindings(resolved: Protocol, own: Protocol): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, Rule & { otherwise: Verdict }>();
  for (const rule of resolved.rules) {
    if (rule.disabled || rule.verdict || !rule.require || !hasOtherwise(rule)) continue;
    // The lists of required items; a series requirement also says how a series must be made,
    // so two rules may fairly judge its failure differently.
    for (const item of [...(rule.require.sequences?.value ?? []), ...(rule.require.phases?.value ?? [])]) {
      if (rule.missing.has(item) || resolved.missing.has(item)) continue;
      const earlier = first.get(item);
      if (!earlier) {
        first.set(item, rule);
        continue;
      }
      const [a, b] = [earlier.otherwise, rule.otherwise];
      if (a === b || rule.file !== own.file) continue;
      out.push(
        warning(
          'item-verdicts-differ',
          message('check.item-verdicts-differ', { item, verdict: verdictWord(b), rule: rule.id, other: verdictWord(a), earlier: earlier.id }),
          rule.idRange,
          {
            related: [relatedOf(message('check.rule-gives', { rule: earlier.id, verdict: verdictWord(a) }), earlier.file, earlier.idRange)],
          },
        ),
      );
    }
  }
  return out;
}

function hasOtherwise(rule: Rule): rule is Rule & { otherwise: Verdict } {
  return rule.otherwise !== undefined;
}

/**
 * `disabled: true` on a rule with nothing of its id to switch off: in a profile that extends none,
 * or whose parent has no such rule in effect. The rule is left out all the same; the author hears
 * that it switches nothing off (`parent` null: the profile extends none).
 */
function nothingToDisable(rule: Rule, parent: string | null): Diagnostic {
  return warning(
    'nothing-to-disable',
    parent === null ? message('check.disabled-without-parent', { rule: rule.id }) : message('check.disabled-not-inherited', { rule: rule.id, parent }),
    rule.disabledRange ?? rule.idRange,
  );
}

/** A child adds parts under a region its parent already extended: both lists count. */
function mergeRegions(parent: Protocol['regions'], child: Protocol['regions']): Protocol['regions'] {
  const out = new Map(parent);
  for (const [region, entry] of child) {
    const before = parent.get(region);
    out.set(region, before ? { ...entry, parts: [...new Set([...before.parts, ...entry.parts])] } : entry);
  }
  return out;
}

/** A verdict as the reader's language says it (the word itself in English, as the profile writes it). */
function verdictWord(verdict: Verdict): Message {
  return message(`verdict.${verdict}`);
}

/** Why `child` is weaker than the hard rule `parent`, or null when it is not. */
export function hardRuleWeakening(parent: Rule, child: Rule): Message | null {
  if (child.disabled) return message('check.weakened.disabled');
  if (!child.hard) return message('check.weakened.keep-hard');
  if (JSON.stringify(sortKeys(parent.when)) !== JSON.stringify(sortKeys(child.when))) return message('check.weakened.when');
  const parentVerdict = parent.verdict ?? parent.otherwise;
  const childVerdict = child.verdict ?? child.otherwise;
  if (parentVerdict && (!childVerdict || severityOf(childVerdict) < severityOf(parentVerdict))) {
    return message('check.weakened.verdict', { verdict: verdictWord(parentVerdict) });
  }
  const p = parent.require ?? {};
  const c = child.require ?? {};
  for (const key of ['slice_thickness', 'field_strength'] as const) {
    const pv = p[key]?.value;
    if (!pv) continue;
    const cv = c[key]?.value;
    const looser = !cv || (pv.op.startsWith('<') ? cv.amount > pv.amount : cv.amount < pv.amount);
    if (looser) return message('check.weakened.strictness', { key, limit: pv.text });
  }
  for (const key of ['sequences', 'phases'] as const) {
    const missing = (p[key]?.value ?? []).filter((s) => !(c[key]?.value ?? []).includes(s));
    if (missing.length) return message('check.weakened.require', { items: missing });
  }
  if (p.format) {
    const extra = c.format ? c.format.value.filter((f) => !p.format!.value.includes(f)) : [message('check.weakened.any-format')];
    if (extra.length) return message('check.weakened.format', { formats: extra });
  }
  return null;
}

/** The items a rule requires: its sequences and phases, and what its series requirements aim at. */
export function requiredItems(rule: Rule): string[] {
  const req = rule.require ?? {};
  const series = req.series?.value ?? [];
  return [...new Set([...(req.sequences?.value ?? []), ...(req.phases?.value ?? []), ...series.flatMap((s) => [...(s.sequence ?? []), ...(s.phase ?? [])])])];
}

/** What a missing item gets under a rule: its own entry, the profile's, else the rule's `otherwise`. */
export function itemVerdictUnder(rule: Rule, missing: Protocol['missing'], item: string): Verdict {
  return rule.missing.get(item)?.verdict ?? missing.get(item)?.verdict ?? rule.otherwise ?? 'redo';
}

/** Why `child` makes a missing item of the hard rule `parent` milder, or null. */
function missingItemWeakening(parent: Rule, parentProtocol: Protocol, child: Rule, childProtocol: Protocol): Message | null {
  const table = new Map([...parentProtocol.missing, ...childProtocol.missing]);
  for (const item of requiredItems(parent)) {
    const [before, after] = [itemVerdictUnder(parent, parentProtocol.missing, item), itemVerdictUnder(child, table, item)];
    if (severityOf(after) < severityOf(before)) return message('check.weakened.missing-item', { item, before: verdictWord(before), after: verdictWord(after) });
  }
  return null;
}

function sortKeys(o: object): Array<[string, unknown]> {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}

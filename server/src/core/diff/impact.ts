// The impact of a change on the cases: each case of the newer version is run in both versions;
// studies whose verdict moves and cases whose `expect` starts or stops failing are listed. A case
// no difference can reach is not run, since both runs would be identical.
import { evaluateCase, ruleApplies } from '../evaluate/evaluate-case';
import type { CaseResult } from '../evaluate/result';
import type { Catalogue } from '../i18n/catalogue';
import { severityOf, type Case, type Protocol, type Rule } from '../model';
import { locator, runnable, type AnalyzedFile, type Project } from '../project';
import { datesText, ruleBehaviour, sameValue, spanText, timelineOwnFields, validityFields } from './fields';
import { sourceRef } from './locate';
import type { ExpectationChange, ExpectationState, Impact, VerdictChange } from './types';

interface DecidingChanges {
  /** Both versions of every rule whose behaviour differs (not only its words), or that exists in one version only. */
  rules: Rule[];
  /** Contexts whose window or `beyond` differs. */
  contexts: Set<string>;
  /** Whether a redo plan's ready_by or price can differ (timelines, costs, calendar, currency). */
  plans: boolean;
}

/** What plans and the profile-wide tables are computed from, as text: equal text, equal results. */
function planSignature(p: Protocol): string {
  const timelines = [...p.timelines.values()].map(
    (t) =>
      `${t.key}: ${timelineOwnFields(t)
        .map((f) => `${f.name}=${f.text}`)
        .join(' ')}`,
  );
  const costs = [...p.costs.values()].map((c) => `${c.key}: ${spanText(c.amount)}`);
  // The tables every rule reads: what a missing item takes, the region hierarchy, what a word concerns.
  const missing = [...p.missing.values()].map((m) => `missing ${m.item}: ${m.verdict}`);
  const regions = [...p.regions.values()].map((r) => `regions ${r.region}: ${r.parts.join(',')}`);
  const concerns = [...p.concerns.values()].map((c) => `concerns ${c.word}: ${c.regions.join(',')}`);
  const windows = [...p.validity.values()].map((w) => `validity ${w.context}: ${JSON.stringify(w.timeline)}`);
  return [
    p.currency,
    datesText(p.holidays),
    datesText(p.workdays),
    ...timelines.sort(),
    ...costs.sort(),
    ...missing.sort(),
    ...regions.sort(),
    ...concerns.sort(),
    ...windows.sort(),
  ].join('\n');
}

function activeRules(p: Protocol): Map<string, Rule> {
  return new Map(p.rules.filter((r) => !r.disabled).map((r) => [r.id, r]));
}

function decidingChanges(a: Protocol, b: Protocol): DecidingChanges {
  const [ra, rb] = [activeRules(a), activeRules(b)];
  const rules: Rule[] = [];
  for (const [id, rule] of ra) {
    const other = rb.get(id);
    if (!other || ruleBehaviour(other) !== ruleBehaviour(rule)) rules.push(rule);
  }
  for (const [id, rule] of rb) {
    const other = ra.get(id);
    if (!other || ruleBehaviour(other) !== ruleBehaviour(rule)) rules.push(rule);
  }
  const contexts = new Set<string>();
  for (const context of new Set([...a.validity.keys(), ...b.validity.keys()])) {
    const [wa, wb] = [a.validity.get(context), b.validity.get(context)];
    if (!wa || !wb) {
      contexts.add(context);
      continue;
    }
    const [fa, fb] = [validityFields(wa), validityFields(wb)];
    if (!sameValue('window', fa[0], fb[0]) || fa[1].text !== fb[1].text) contexts.add(context);
  }
  return { rules, contexts, plans: planSignature(a) !== planSignature(b) };
}

/** Whether no difference between the versions can reach this case. */
function unaffected(c: Case, changes: DecidingChanges, protocol: Protocol): boolean {
  if (changes.plans || changes.contexts.has(c.patient.context)) return false;
  for (const rule of changes.rules) {
    // An order fires on patient conditions (and, for study conditions, when a study matches):
    // the patient check alone is the wider test.
    if (rule.order) {
      if (ruleApplies(rule, null, c.patient, protocol)) return false;
      continue;
    }
    for (const study of c.studies) if (ruleApplies(rule, study, c.patient, protocol)) return false;
  }
  return true;
}

/**
 * The protocol as one case can see it: the rules without `modality` or `region` condition, and
 * those whose two conditions match one of its studies. The others apply to no study of the case
 * and order nothing for it (an order with study conditions needs a study that matches), so
 * `evaluateCase` gives the same result on this smaller protocol; the rules keep their order.
 */
class CaseView {
  /** Indices of the rules without a modality or region condition. */
  private readonly always: number[] = [];
  /** Per `modality\0region` of a study: indices of the rules with such conditions that match it. */
  private readonly matching = new Map<string, number[]>();
  private readonly views = new Map<string, Protocol>();

  constructor(private readonly protocol: Protocol) {
    protocol.rules.forEach((r, i) => {
      if (!r.disabled && !r.when.modality && !r.when.region) this.always.push(i);
    });
  }

  // Regions are not looked at: with the hierarchy and the patient's indications, a rule's region
  // can match a study written with another word.
  private rulesFor(modality: string): number[] {
    let list = this.matching.get(modality);
    if (!list) {
      list = [];
      this.protocol.rules.forEach((r, i) => {
        const { modality: m, region: g } = r.when;
        if (r.disabled || (!m && !g)) return;
        if (!m || m.includes(modality)) list!.push(i);
      });
      this.matching.set(modality, list);
    }
    return list;
  }

  of(c: Case): Protocol {
    const lists = c.studies.map((s) => this.rulesFor(s.modality));
    const key = [...new Set(lists)]
      .map((l) => l.join(','))
      .sort()
      .join('|');
    let view = this.views.get(key);
    if (!view) {
      const indices = [...new Set([...this.always, ...lists.flat()])].sort((x, y) => x - y);
      view = { ...this.protocol, rules: indices.map((i) => this.protocol.rules[i]) };
      this.views.set(key, view);
    }
    return view;
  }
}

function stateOf(file: AnalyzedFile | undefined, result: CaseResult | null): ExpectationState {
  if (!file) return 'absent';
  if (!result) return 'invalid';
  const passed = result.expectations.passed;
  return passed === null ? 'no-expect' : passed ? 'passed' : 'failed';
}

const failing = (s: ExpectationState) => s === 'failed' || s === 'invalid';

/** `say`: the language expectation failures are written in (English when none is given). */
export function caseImpact(a: Project, b: Project, say?: Catalogue): Impact {
  const [locateA, locateB] = [locator(a), locator(b)];
  const deciding = new Map<string, DecidingChanges>();
  const studies: VerdictChange[] = [];
  const newlyFailing: ExpectationChange[] = [];
  const newlyPassing: ExpectationChange[] = [];
  let compared = 0;
  let run = 0;
  const views = new Map<Protocol, CaseView>();
  const viewOf = (p: Protocol) => {
    let view = views.get(p);
    if (!view) {
      view = new CaseView(p);
      views.set(p, view);
    }
    return view;
  };

  for (const path of [...b.files.keys()].sort()) {
    const fb = b.files.get(path)!;
    if (fb.kind !== 'case') continue;
    const fa = a.files.get(path);
    compared++;
    const okA = !!fa?.case && runnable(a, fa);
    const okB = !!fb.case && runnable(b, fb);
    const caseA = okA ? fa.case! : null;
    const caseB = okB ? fb.case! : null;
    if (caseA && caseB && (fa === fb || fa!.parsed.text === fb.parsed.text)) {
      const id = caseB.protocol.value;
      let changes = deciding.get(id);
      if (!changes) {
        changes = decidingChanges(a.protocols.get(id)!, b.protocols.get(id)!);
        deciding.set(id, changes);
      }
      if (unaffected(caseB, changes, b.protocols.get(id)!)) continue;
    }
    run++;
    const ra = caseA ? evaluateCase(caseA, viewOf(a.protocols.get(caseA.protocol.value)!).of(caseA), locateA, say) : null;
    const rb = caseB ? evaluateCase(caseB, viewOf(b.protocols.get(caseB.protocol.value)!).of(caseB), locateB, say) : null;

    if (ra && rb) {
      const before = new Map(ra.studies.map((s) => [s.id, s]));
      for (const sb of rb.studies) {
        const sa = before.get(sb.id);
        if (!sa || sa.verdict === sb.verdict) continue;
        const stricter = severityOf(sb.verdict) > severityOf(sa.verdict);
        // The rules that decided the more severe side and gave less (or nothing) on the other.
        const [worse, other] = stricter ? [sb, sa] : [sa, sb];
        const otherVerdicts = new Map(other.reasons.filter((r) => !r.advisory).map((r) => [r.rule, r.verdict]));
        const because = [
          ...new Set(
            worse.reasons
              .filter((r) => r.verdict === worse.verdict && !r.advisory)
              .filter((r) => {
                const v = otherVerdicts.get(r.rule);
                return v === undefined || severityOf(v) < severityOf(worse.verdict);
              })
              .map((r) => r.rule),
          ),
        ];
        studies.push({
          case: rb.case,
          file: path,
          protocol: rb.protocol,
          study: sb.id,
          before: sa.verdict,
          after: sb.verdict,
          direction: stricter ? 'stricter' : 'looser',
          because,
          source: sourceRef(b, path, sb.range),
        });
      }
    }

    const [stateA, stateB] = [stateOf(fa, ra), stateOf(fb, rb)];
    if (failing(stateA) === failing(stateB)) continue;
    const c = fb.case ?? fa?.case ?? null;
    const failures = (failing(stateB) ? rb : ra)?.expectations.failures ?? [];
    // The first failing expectation in the newer version, else the case's `expect`, else its id.
    const at = failing(stateB) && failures.length ? failures[0].range : (fb.case?.expect?.range ?? fb.case?.idRange);
    const change: ExpectationChange = {
      case: c?.id ?? path,
      file: path,
      protocol: c?.protocol.value ?? '',
      before: stateA,
      after: stateB,
      failures,
      source: at ? sourceRef(b, path, at) : null,
    };
    (failing(stateB) ? newlyFailing : newlyPassing).push(change);
  }
  return { cases: { compared, run }, studies, newlyFailing, newlyPassing };
}

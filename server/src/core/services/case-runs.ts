// What an editor shows about case runs, as pure functions of the project: which files a case's
// result depends on (the case and its protocol chain), which cases a saved file affects, which
// cases use each rule or validity window of a protocol, and a case's verdicts in one line.
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import type { CaseResult } from '../evaluate/result';
import { VERDICTS, type Verdict } from '../model';
import { runCases, type AnalyzedFile, type Project } from '../project';
import type { TextRange } from '../text';

/** The first file of each protocol id, as the linker chooses it (the first file wins). */
function protocolFiles(project: Project): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of project.files.values()) {
    if (f.protocol && !out.has(f.protocol.id)) out.set(f.protocol.id, f.path);
  }
  return out;
}

function dependencies(project: Project, casePath: string, byId: Map<string, string>): string[] {
  const file = project.files.get(casePath);
  if (!file || file.kind !== 'case') return [];
  const out = [casePath];
  let id = file.case?.protocol.value;
  const seen = new Set<string>();
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const path = byId.get(id);
    if (path === undefined) break;
    out.push(path);
    id = project.files.get(path)?.protocol?.extends?.value;
  }
  return out;
}

/**
 * The files a case file's result depends on: the case, the protocol it names and every protocol
 * that one extends, in that order. When one of them changes, an earlier result may be out of date.
 */
export function caseDependencies(project: Project, casePath: string): string[] {
  return dependencies(project, casePath, protocolFiles(project));
}

/** The case files whose result depends on `path` (a case file itself, or a protocol in their chain), sorted. */
export function casesAffectedBy(project: Project, path: string): string[] {
  const byId = protocolFiles(project);
  const out: string[] = [];
  for (const f of project.files.values()) {
    if (f.kind === 'case' && dependencies(project, f.path, byId).includes(path)) out.push(f.path);
  }
  return out.sort((a, b) => a.localeCompare(b));
}

/** The verdicts of a case's studies, most severe first, then the superseded, e.g. `redo ×1, accept ×2, superseded ×1` ('' without studies). */
export function verdictCountsText(result: { summary: Pick<CaseResult['summary'], 'verdicts' | 'superseded'> }, say: Catalogue = catalogueFor('en')): string {
  const order: Verdict[] = [...VERDICTS].reverse();
  const counts = order
    .filter((v) => result.summary.verdicts[v] > 0)
    .map((v) => say.t('verdict-count', { verdict: say.t(`verdict.${v}`), count: result.summary.verdicts[v] }));
  if (result.summary.superseded) counts.push(say.t('verdict-count', { verdict: say.t('verdict.superseded'), count: result.summary.superseded }));
  return counts.join(say.t('list.separator'));
}

/** A case that used a rule: its file, its id and where the id is written. */
export interface CaseRef {
  file: string;
  case: string;
  range: TextRange;
}

/** One rule or validity window of a protocol file and the cases whose results cite it. */
export interface RuleUse {
  /** The rule id, or `validity:<context>` for a validity window (as in a result's reasons). */
  rule: string;
  /** The rule (or the window) in the protocol file. */
  range: TextRange;
  cases: CaseRef[];
}

/** A rule or validity window a case's result cites: where it is written. */
interface Citation {
  file: string;
  rule: string;
  range: TextRange;
}

/** What ruleUses needs of a case's evaluation: its id and the places its result cites (null: it cannot run). */
interface Cited {
  case: string;
  citations: Citation[];
}

/**
 * Each case file's citations, with the analyses they came from (the case and its protocol
 * chain): while those are the same objects the result is the same, so an edit re-evaluates only
 * the cases it can change. A memo, invisible to callers; it keeps only the citations.
 */
const evaluations = new WeakMap<AnalyzedFile, { inputs: Array<AnalyzedFile | undefined>; cited: Cited | null }>();

function citationsOf(project: Project, path: string, byId: Map<string, string>): Cited | null {
  const file = project.files.get(path);
  if (!file) return null;
  const inputs = dependencies(project, path, byId).map((p) => project.files.get(p));
  const known = evaluations.get(file);
  if (known && known.inputs.length === inputs.length && known.inputs.every((f, i) => f === inputs[i])) return known.cited;
  const result = runCases(project, [path]).cases[0];
  let cited: Cited | null = null;
  if (result) {
    const citations: Citation[] = [];
    for (const s of result.studies) {
      for (const r of s.reasons) if (r.source) citations.push({ file: r.source.file, rule: r.rule, range: { start: r.source.start, end: r.source.end } });
    }
    const protocol = project.protocols.get(result.protocol);
    for (const o of result.orders) {
      const rule = protocol?.rules.find((r) => r.id === o.rule);
      if (rule) citations.push({ file: rule.file, rule: rule.id, range: rule.range });
    }
    cited = { case: result.case, citations };
  }
  evaluations.set(file, { inputs, cited });
  return cited;
}

/**
 * For one protocol file: each rule and validity window written in it that some case's result
 * cites (a reason, or an order it added), with those cases, in file order. Evaluates the
 * runnable cases that depend on the file — the same evaluation as `reimage run`. Rules no case
 * cites are left out.
 */
export function ruleUses(project: Project, protocolPath: string): RuleUse[] {
  const own = project.files.get(protocolPath)?.protocol;
  if (!own || (own.rules.length === 0 && own.validity.size === 0)) return [];
  const byId = protocolFiles(project);
  const uses = new Map<number, RuleUse>();
  for (const path of casesAffectedBy(project, protocolPath)) {
    const c = citationsOf(project, path, byId);
    const kase = project.files.get(path)?.case;
    if (!c || !kase) continue;
    const ref: CaseRef = { file: path, case: c.case, range: kase.idRange };
    const cited = new Set<number>();
    for (const { file, rule, range } of c.citations) {
      if (file !== protocolPath || cited.has(range.start)) continue;
      cited.add(range.start);
      const use = uses.get(range.start) ?? { rule, range, cases: [] };
      use.cases.push(ref);
      uses.set(range.start, use);
    }
  }
  return [...uses.values()].sort((a, b) => a.range.start - b.range.start);
}

// The project as it changes over time (rust-analyzer's `AnalysisHost::apply_change`): callers
// set and remove files one by one, and `project()` analyses what changed since the last call and
// relinks only what a change can affect — a case alone, or the protocols and the cases whose
// findings point into the changed files. Invariant: `project()` always equals a fresh
// `linkProject` of the same files (test/core/project-host.test.mjs checks it after every kind of
// change). No I/O: the server and tests feed it texts.
import { ruleSignature } from './semantics/rule-signature';
import { analyzeFile, keepsTree, linkProject, type AnalyzedFile, type AnalyzeOptions, type Project, type SourceFile } from './project';

/**
 * How a file is analysed. An open file (an editor shows it) keeps its YAML tree: completion,
 * hover, the outline and formatting read it. A closed file lets a case's tree go (navigation and
 * test discovery use the names the analysis keeps): a workspace of 10,000 cases holds about
 * 140 MB less. Either way a large protocol keeps its rules compact (re-read on demand): a
 * 10,000-rule profile's tree is most of a server's memory.
 */
const ANALYSIS: Record<'open' | 'closed', AnalyzeOptions> = {
  open: { ruleTrees: false },
  closed: { caseTree: false, ruleTrees: false },
};

export interface HostFile extends SourceFile {
  /** Whether an editor has the file open (see ANALYSIS); default closed. */
  open?: boolean;
}

/** The paths whose findings were recomputed since they were last taken, or all of them. */
export type Recomputed = Set<string> | 'all';

interface Analysed {
  analyzed: AnalyzedFile;
  open: boolean;
}

/**
 * What other files can see of a protocol file: its id, parent, validity keys (in order), hard
 * rules (one signature each, so that hard rules an edit only moved compare as the same strings).
 * When an edit leaves this unchanged, cases that do not point into the file keep their findings
 * and only the protocols are relinked.
 */
function linkSignature(f: AnalyzedFile | undefined): readonly string[] {
  if (!f || f.kind !== 'protocol') return [];
  const p = f.protocol;
  if (!p) return ['protocol without id'];
  // Each analysis is compared twice (after its edit, then before the next): computed once.
  let signature = signatures.get(f);
  if (signature === undefined) {
    const head = JSON.stringify({ id: p.id, parent: p.extends?.value, validity: [...p.validity.keys()] });
    signature = [head, ...p.rules.filter((r) => r.hard).map(ruleSignature)];
    signatures.set(f, signature);
  }
  return signature;
}

const signatures = new WeakMap<AnalyzedFile, readonly string[]>();

function sameSignature(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

export class ProjectHost {
  private readonly analysed = new Map<string, Analysed>();
  /** Files set or removed since the last `project()` (null: removed). */
  private readonly pending = new Map<string, HostFile | null>();
  private linked: Project | null = null;
  private recomputed: Recomputed = new Set();

  /** Sets a file's text (analysed on the next `project()`; of several sets in between, the last counts). */
  setFile(file: HostFile): void {
    this.pending.set(file.path, file);
  }

  removeFile(path: string): void {
    this.pending.set(path, null);
  }

  /** Forgets every file (the next project is linked afresh). */
  clear(): void {
    this.analysed.clear();
    this.pending.clear();
    this.linked = null;
    this.recomputed = 'all';
  }

  /** Whether `project()` would analyse or link first. */
  get stale(): boolean {
    return this.linked === null || this.pending.size > 0;
  }

  /** The analysis of a file as last linked (without analysing pending changes). */
  file(path: string): AnalyzedFile | undefined {
    return this.analysed.get(path)?.analyzed;
  }

  /** Every path the host holds, including those set since the last link. */
  paths(): string[] {
    const out = new Set(this.analysed.keys());
    for (const [path, file] of this.pending) {
      if (file) out.add(path);
      else out.delete(path);
    }
    return [...out];
  }

  /** The paths whose findings were recomputed since the last call (and forgets them). */
  takeRecomputed(): Recomputed {
    const out = this.recomputed;
    this.recomputed = new Set();
    return out;
  }

  /** Every change so far analysed and linked. */
  project(): Project {
    if (this.linked && this.pending.size === 0) return this.linked;
    const changed = new Map<string, { signature: readonly string[]; wasProtocol: boolean; after: AnalyzedFile | undefined }>();
    for (const [path, file] of this.pending) {
      const before = this.analysed.get(path);
      const after = file ? this.analyse(file, before) : undefined;
      if (after === before?.analyzed) continue;
      changed.set(path, { signature: linkSignature(before?.analyzed), wasProtocol: before?.analyzed.kind === 'protocol', after });
      if (after) this.analysed.set(path, { analyzed: after, open: !!file!.open });
      else this.analysed.delete(path);
    }
    this.pending.clear();
    const previous = this.linked;
    if (previous && changed.size === 0) return previous;
    if (!previous) return this.linkAll();

    const protocolTouched = [...changed.values()].some(({ wasProtocol, after }) => wasProtocol || after?.kind === 'protocol');
    if (protocolTouched && ![...changed.values()].every(({ signature, after }) => sameSignature(signature, linkSignature(after)))) return this.linkAll();
    // Relink the protocols, the changed files, and the cases whose findings point into them.
    const subset = new Map<string, AnalyzedFile>();
    for (const { analyzed } of this.analysed.values()) if (analyzed.kind === 'protocol') subset.set(analyzed.path, analyzed);
    for (const [path, { after }] of changed) if (after) subset.set(path, after);
    if (protocolTouched) {
      for (const [path, diagnostics] of previous.diagnostics) {
        if (subset.has(path)) continue;
        const pointsInto = diagnostics.some(
          (d) => d.related?.some((r) => changed.has(r.file)) || d.fixes?.some((x) => x.edits.some((e) => e.file && changed.has(e.file))),
        );
        const f = this.analysed.get(path);
        if (pointsInto && f) subset.set(path, f.analyzed);
      }
    }
    const relinked = linkProject([...subset.values()]);
    const diagnostics = new Map(previous.diagnostics);
    for (const path of changed.keys()) diagnostics.delete(path);
    for (const [path, list] of relinked.diagnostics) diagnostics.set(path, list);
    this.linked = { files: this.allFiles(), protocols: relinked.protocols, diagnostics, broken: relinked.broken };
    if (this.recomputed !== 'all') {
      for (const path of subset.keys()) this.recomputed.add(path);
      for (const path of changed.keys()) this.recomputed.add(path);
    }
    return this.linked;
  }

  /**
   * A file's new analysis. An open file's is made from its previous open analysis, which it
   * consumes (its Document is moved in place): the old project stops holding it. A file that
   * opens with the text it had closed keeps that analysis when it kept its tree.
   */
  private analyse(file: HostFile, before: Analysed | undefined): AnalyzedFile {
    const open = !!file.open;
    const source: SourceFile = { path: file.path, text: file.text, ...(file.tooLarge !== undefined ? { tooLarge: file.tooLarge } : {}) };
    if (!before) return analyzeFile(source, ANALYSIS[open ? 'open' : 'closed']);
    const same =
      before.analyzed.parsed.text === file.text && file.tooLarge === undefined && !before.analyzed.diagnostics.some((d) => d.code === 'file-too-large');
    if (open && same && keepsTree(before.analyzed)) return before.analyzed;
    if (!open && same && !before.open) return before.analyzed;
    if (open && before.open) {
      this.linked?.files.delete(file.path);
      return analyzeFile(source, { ...ANALYSIS.open, previous: before.analyzed });
    }
    return analyzeFile(source, ANALYSIS[open ? 'open' : 'closed']);
  }

  private allFiles(): Map<string, AnalyzedFile> {
    return new Map([...this.analysed].map(([path, { analyzed }]) => [path, analyzed]));
  }

  private linkAll(): Project {
    this.linked = linkProject([...this.analysed.values()].map((a) => a.analyzed));
    this.recomputed = 'all';
    return this.linked;
  }
}

/**
 * Compiles the schemas and runs the core a few times on typical text, so that the first
 * document a user opens is analysed by optimised code (~100 ms of work, before anything opens).
 */
export function warmUp(): void {
  const rules = Array.from({ length: 60 }, (_, i) =>
    [
      `  - id: warm-up-${i}`,
      `    title: Warm-up rule ${i}`,
      `    when: { modality: ${['CT', 'MR', 'US'][i % 3]}, purpose: oncology }`,
      ...(i % 2 ? ['    require: { slice_thickness: <= 2.5mm, sequences: [T1, T2] }', '    otherwise: redo'] : ['    verdict: review']),
      `    because: A warm-up rule, ${i}.`,
    ].join('\n'),
  );
  const protocol = `protocol: warm-up\nhospital:\n  sector: public\n  currency: USD\nvalidity:\n  active-oncology: { window: 4w..6w, beyond: redo }\nrules:\n${rules.join('\n')}\ntimelines:\n  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }\n`;
  const studies = Array.from({ length: 20 }, (_, i) => `  - { id: s${i}, modality: CT, region: chest, date: 2026-03-01, slice_thickness: 1mm }`).join('\n');
  const kase = `case: warm-up\nprotocol: warm-up\non: 2026-04-10\npatient:\n  context: active-oncology\n  purpose: oncology\nstudies:\n${studies}\nexpect:\n  s0: accept\n`;
  for (let i = 0; i < 3; i++) {
    linkProject([analyzeFile({ path: 'warm-up.protocol.yaml', text: protocol }), analyzeFile({ path: 'warm-up.case.yaml', text: kase })]);
  }
}

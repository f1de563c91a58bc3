// A set of files as one project: each file is analysed on its own (parse, build, schema —
// cacheable by text), then linked (extends, case → protocol) and its cases run. The file
// system is not touched here: callers hand in paths and texts.
import { message, type Catalogue } from './i18n/catalogue';
import { error, hasErrors, type Diagnostic } from './diagnostics';
import { fileKindOf, type FileKind } from './file-kind';
import { evaluateCase, type Locate } from './evaluate/evaluate-case';
import type { CaseResult, RunResult } from './evaluate/result';
import type { Case, Protocol } from './model';
import { parseYaml, tooLargeParse, type ParsedYaml } from './parse/parse-yaml';
import { validateSchema } from './schema/validate-schema';
import { buildCase } from './semantics/build-case';
import { buildProtocol, ruleReader } from './semantics/build-protocol';
import { namesIn, type FileNames } from './semantics/names';
import { checkCase } from './semantics/check-case';
import { resolveProtocols } from './semantics/resolve-protocols';

export interface SourceFile {
  path: string;
  text: string;
  /**
   * Set instead of a text when the file is over MAX_FILE_CHARS and was not read: its size in
   * bytes. The analysis is one `file-too-large` finding.
   */
  tooLarge?: number;
}

export interface AnalyzedFile {
  path: string;
  kind: FileKind | null;
  parsed: ParsedYaml;
  /** Findings of this file alone (syntax, schema, units, ids). */
  diagnostics: Diagnostic[];
  protocol: Protocol | null;
  case: Case | null;
  /**
   * Set when the analysis let the YAML tree go (`caseTree: false`, `parsed.doc` is null): the
   * names the file writes, read from the tree before, for navigation and test discovery.
   */
  names?: FileNames;
}

export interface Project {
  files: Map<string, AnalyzedFile>;
  /** Protocols by id, with `extends` resolved. */
  protocols: Map<string, Protocol>;
  /** Every finding per file, including those that need other files. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Ids of protocols that have errors themselves or in a protocol they extend. */
  broken: Set<string>;
}

export interface AnalyzeOptions {
  /**
   * The same file's analysis before an edit, which this consumes: when the edit lies inside a
   * top-level list (a protocol's rules), only the edited items are read again.
   */
  previous?: AnalyzedFile;
  /** Read files from this many characters in pieces (the default suits editors; tests lower it). */
  piecesFrom?: number;
  /**
   * `false` lets a case file's YAML tree go once it is analysed (`parsed.doc` is null; the
   * names it writes are kept in `names`), for runs, diffs and a workspace's files that are not
   * open: the case model keeps every range a result points at, and thousands of trees kept
   * alive cost more memory and garbage collection than all the rest. An open document keeps
   * its tree (completion, hover, the outline and formatting read it).
   */
  caseTree?: boolean;
  /**
   * `false` lets the nodes of a protocol's rules go once each is read, when the file is large
   * enough to be read in pieces: a compact map keeps each rule's range and what the outline,
   * folding and names need, and parses the rule's text again when something reads its entries
   * (the one under the cursor, the one a finding is on). For an editor's open files, whose
   * analyses stay in memory: a 10,000-rule profile's tree is most of its server's memory.
   */
  ruleTrees?: boolean;
}

export function analyzeFile(file: SourceFile, options: AnalyzeOptions = {}): AnalyzedFile {
  const result = analyzeWithTree(file, options);
  if (options.caseTree !== false || result.kind !== 'case' || !result.parsed.doc) return result;
  return { ...result, parsed: { ...result.parsed, doc: null }, names: namesIn(result.parsed.doc.contents, 'case', file.path) };
}

/** Whether the analysis kept the file's YAML tree (what an editor needs of an open document). */
export function keepsTree(file: AnalyzedFile): boolean {
  return !file.names;
}

function analyzeWithTree(file: SourceFile, options: AnalyzeOptions): AnalyzedFile {
  if (file.tooLarge !== undefined) {
    const parsed = tooLargeParse(file.tooLarge);
    return { path: file.path, kind: fileKindOf(file.path), parsed, diagnostics: [...parsed.diagnostics], protocol: null, case: null };
  }
  const previous = options.previous?.path === file.path && keepsTree(options.previous) ? options.previous : undefined;
  if (previous && previous.parsed.text === file.text) return previous;
  // By name or, as for an untitled profile, by its `protocol:` key: a case lists no rules.
  const rules = options.ruleTrees === false && fileKindOf(file.path) !== 'case' ? ruleReader(file.path) : undefined;
  const parsed = parseYaml(file.text, { previous: previous?.parsed, piecesFrom: options.piecesFrom, ...(rules ? { onItem: rules.onItem } : {}) });
  const diagnostics = [...parsed.diagnostics];
  const kind = fileKindOf(file.path, parsed.value);
  const result: AnalyzedFile = { path: file.path, kind, parsed, diagnostics, protocol: null, case: null };
  if (parsed.value === null && parsed.doc !== null && diagnostics.length === 0 && kind !== null) {
    diagnostics.push(
      error('not-a-map', message(kind === 'case' ? 'file.empty-case' : 'file.empty-protocol'), { start: 0, end: Math.min(1, file.text.length) }),
    );
  }
  if (parsed.value === null || parsed.doc === null) return result;
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    diagnostics.push(
      error(
        'not-a-map',
        message('file.not-a-map', {
          kind: message(kind === 'case' ? 'file.kind.case' : kind === 'protocol' ? 'file.kind.protocol' : 'file.kind.any'),
          first: kind === 'case' ? 'case' : 'protocol',
          found: message(Array.isArray(parsed.value) ? 'type.list' : 'file.single-value'),
        }),
        { start: 0, end: Math.min(parsed.text.length, parsed.text.indexOf('\n') < 0 ? parsed.text.length : parsed.text.indexOf('\n')) },
      ),
    );
    return result;
  }
  if (kind === null) {
    diagnostics.push(error('unknown-file-kind', message('file.unknown-kind'), { start: 0, end: Math.min(parsed.text.length, 1) }));
    return result;
  }
  const built = kind === 'protocol' ? buildProtocol(parsed, file.path, previous?.protocol, rules) : buildCase(parsed, file.path);
  diagnostics.push(...built.diagnostics, ...validateSchema(kind, parsed, built.claimed));
  if (kind === 'protocol') result.protocol = built.model as Protocol | null;
  else result.case = built.model as Case | null;
  return result;
}

/** Links analysed files: resolves `extends` and checks each case against its protocol. */
export function linkProject(analyzed: readonly AnalyzedFile[]): Project {
  const files = new Map(analyzed.map((f) => [f.path, f]));
  const resolution = resolveProtocols(analyzed.map((f) => f.protocol).filter((p): p is Protocol => !!p));
  const textOf = (path: string) => files.get(path)?.parsed.text;
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const f of analyzed) {
    const linked = [...f.diagnostics, ...(resolution.diagnostics.get(f.path) ?? [])];
    if (f.case) linked.push(...checkCase(f.case, resolution.protocols, textOf));
    diagnostics.set(f.path, linked);
  }
  const protocolFiles = analyzed.filter((f): f is AnalyzedFile & { protocol: Protocol } => !!f.protocol);
  const withErrors = new Map(protocolFiles.map((f) => [f.protocol.id, hasErrors(diagnostics.get(f.path) ?? [])]));
  const parents = new Map(protocolFiles.map((f) => [f.protocol.id, f.protocol.extends?.value]));
  const broken = new Set<string>();
  for (const id of parents.keys()) {
    const seen = new Set<string>();
    for (let current: string | undefined = id; current && !seen.has(current); current = parents.get(current)) {
      seen.add(current);
      if (withErrors.get(current) || !parents.has(current)) broken.add(id);
    }
  }
  return { files, protocols: resolution.protocols, diagnostics, broken };
}

export function analyzeProject(sources: readonly SourceFile[], options: Pick<AnalyzeOptions, 'caseTree'> = {}): Project {
  return linkProject(sources.map((source) => analyzeFile(source, options)));
}

/** Source references for results: 1-based line of a range in a project file (or in `extra`, a file outside it). */
export function locator(project: Project, extra?: AnalyzedFile): Locate {
  return (file, range) => ({
    file,
    line: ((extra?.path === file ? extra : project.files.get(file))?.parsed.lineIndex.position(range.start).line ?? 0) + 1,
    start: range.start,
    end: range.end,
  });
}

/**
 * A case file linked and run against a project it is not part of: the findings and the result
 * (null when it cannot run) that linkProject and runCases would give it in the project. A run
 * of many cases takes them one at a time this way and keeps none (cli/services/pipeline.ts).
 */
export function runCaseFile(project: Project, file: AnalyzedFile, say?: Catalogue): { diagnostics: Diagnostic[]; result: CaseResult | null } {
  const diagnostics = [...file.diagnostics];
  const c = file.case;
  if (!c) return { diagnostics, result: null };
  const textOf = (path: string) => (path === file.path ? file.parsed.text : project.files.get(path)?.parsed.text);
  diagnostics.push(...checkCase(c, project.protocols, textOf));
  const protocol = project.protocols.get(c.protocol.value);
  if (hasErrors(diagnostics) || !protocol || project.broken.has(c.protocol.value)) return { diagnostics, result: null };
  return { diagnostics, result: evaluateCase(c, protocol, locator(project, file), say) };
}

/** Whether a case can run: it and every protocol in the chain it uses are free of errors. */
export function runnable(project: Project, file: AnalyzedFile): boolean {
  const c = file.case;
  if (!c || hasErrors(project.diagnostics.get(file.path) ?? [])) return false;
  return project.protocols.has(c.protocol.value) && !project.broken.has(c.protocol.value);
}

/** Runs every runnable case of the project (in the order of `paths`, if given), its words in `say`'s language. */
export function runCases(project: Project, paths?: readonly string[], say?: Catalogue): RunResult {
  const locate = locator(project);
  const cases: CaseResult[] = [];
  for (const path of paths ?? [...project.files.keys()]) {
    const file = project.files.get(path);
    if (!file?.case || !runnable(project, file)) continue;
    cases.push(evaluateCase(file.case, project.protocols.get(file.case.protocol.value)!, locate, say));
  }
  return { cases };
}

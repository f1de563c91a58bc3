// Reimage's own lsp methods, beyond the standard ones: their names, parameters and results.
// Every method here is documented in docs/lsp.md (a test checks it). Types only, string
// constants and the file-kind patterns (core/file-kind.ts, which imports nothing), so the VS Code
// client can import this file without pulling in the server.
import type { Position, Range } from 'vscode-languageserver';
import type { CaseResult, ExpectationChange, ExpectationFailure, ExpectedStudy, ProtocolChange, Reason, StudyResult, VerdictChange } from '../core';

export { CASE_FILE, REIMAGE_FILE } from '../core/file-kind';

/** `reimage/runCases` (request): run one case file, one case by id, or every case of the workspace. */
export const RUN_CASES = 'reimage/runCases';

export interface RunCasesParams {
  /** A case file to run; without it (and without `caseId`) every case of the workspace runs. */
  uri?: string;
  /** The case id to run (searched in `uri` if given, else in the whole workspace). */
  caseId?: string;
  /**
   * A protocol or case file (uri) that was saved: run the cases whose result depends on it — the
   * case file itself, or every case whose protocol is it or extends it. Ignores `uri` and `caseId`.
   */
  affectedBy?: string;
}

/** Where a piece of the result is written, as an lsp location. */
export interface SourceLocation {
  uri: string;
  range: Range;
}

export interface LspReason extends Reason {
  /** The rule (or validity window) that produced the reason; `null` when it has no source. */
  location: SourceLocation | null;
}

export interface LspStudyResult extends Omit<StudyResult, 'reasons' | 'range'> {
  reasons: LspReason[];
  /** What is planned for the study, in words (the redo, the supplement, or why nothing: superseded); null when nothing. */
  planned: string | null;
  /** The study in the case file. */
  range: Range;
}

export interface LspExpectationFailure extends Omit<ExpectationFailure, 'range'> {
  /** The `expect` entry that failed. */
  range: Range;
}

export interface LspCaseResult extends Omit<CaseResult, 'studies' | 'expectations'> {
  uri: string;
  /** The case id in its file. */
  range: Range;
  studies: LspStudyResult[];
  expectations: { passed: boolean | null; failures: LspExpectationFailure[] };
}

/** A requested case that could not run, and why (its file or its protocol has errors). */
export interface CaseNotRun {
  uri: string;
  case: string | null;
  range: Range;
  message: string;
}

export interface RunCasesResult {
  cases: LspCaseResult[];
  notRun: CaseNotRun[];
}

/** `reimage/listCases` (request): the cases of the workspace (or one file) for a test explorer. */
export const LIST_CASES = 'reimage/listCases';

export interface ListCasesParams {
  /** Only the cases of this file. */
  uri?: string;
}

/** One test item: a case (`parent: null`) or one of its expected verdicts (`parent`: the case's id). */
export interface CaseItem {
  /** Unique in the workspace and stable while the file and case id stay the same. */
  id: string;
  parent: string | null;
  kind: 'case' | 'expectation';
  label: string;
  uri: string;
  range: Range;
  /** The protocol id the case runs against. */
  protocol: string | null;
  /** For a case: whether it has `expect` (is a test). */
  tested?: boolean;
  /** For an expectation: the study id and the expected verdict (or `superseded`). */
  study?: string;
  expected?: ExpectedStudy;
}

export type ListCasesResult = CaseItem[];

/** `reimage/renderReport` (request): the run report of a case file, a folder or the workspace. */
export const RENDER_REPORT = 'reimage/renderReport';

export interface RenderReportParams {
  /** A case file or a folder; without it, every case of the workspace. */
  uri?: string;
  /** `command`: rule links run `reimage.openSource` (for a webview); `file` (default): file URLs with `#Lline`. */
  links?: 'command' | 'file';
}

export interface RenderReportResult {
  /** A title for the report, e.g. "Report: lung-ct-february-seen-april". */
  title: string;
  /** A file name for an export, without extension. */
  name: string;
  /** The same standalone page as `reimage run --html` (strict CSP, no script). */
  html: string;
  /** The same Markdown as `reimage run --markdown`. */
  markdown: string;
  /** How many cases ran. */
  cases: number;
}

/**
 * `reimage/validateWorkspace` (request): waits until the workspace is read, publishes every
 * finding, and answers with the counts.
 */
export const VALIDATE_WORKSPACE = 'reimage/validateWorkspace';

export type ValidateWorkspaceParams = Record<string, never>;

export interface ValidateWorkspaceResult {
  /** Protocol and case files checked. */
  files: number;
  /** Files with at least one error or warning. */
  filesWithProblems: number;
  errors: number;
  warnings: number;
  /** The counts in one line, e.g. "51 files checked: 1 error, 2 warnings" (as `reimage validate`). */
  message: string;
}

/**
 * `reimage/casesChanged` (notification, server → client, no params): the list `reimage/listCases`
 * answers has changed (the workspace was read, a case file was created, deleted or edited).
 */
export const CASES_CHANGED = 'reimage/casesChanged';

/**
 * The commands the server's CodeLens carry. They are the VS Code extension's commands; another
 * editor that wants the lenses to do something registers commands with these names.
 */
export const LENS_COMMANDS = {
  /** Arguments `[uri: string, caseId: string]`: run one case. */
  runCase: 'reimage.runCase',
  /** Arguments `[uri: string]`: show the report of a case file. */
  showReport: 'reimage.showReport',
  /** Arguments `ShowReferencesArgs`: list the cases that use a rule. */
  showReferences: 'reimage.showReferences',
} as const;

/** The arguments of `reimage.showReferences`: where the lens is, and the places to list. */
export type ShowReferencesArgs = [uri: string, position: Position, locations: SourceLocation[]];

/**
 * `reimage/compare` (request): the semantic diff of a workspace folder's protocols and cases at
 * a git revision against now (the files on disk, open documents overriding them), with its
 * impact on cases, rendered for a report view. Refused in an untrusted workspace.
 */
export const COMPARE = 'reimage/compare';

export interface CompareParams {
  /** A branch, tag or commit (anything `git rev-parse` names, not starting with `-`); default `HEAD`. */
  revision?: string;
  /** A file or folder in the workspace: which workspace folder (and git repository) to compare; default the first folder. */
  uri?: string;
  /** As in `reimage/renderReport`: `command` links run `reimage.openSource` (older side with `revision`); `file` (default) links the newer side only. */
  links?: 'command' | 'file';
}

/** A place in the older version: the file's uri in the workspace (it may no longer exist), the commit, the range in that version's text. */
export interface RevisionLocation {
  uri: string;
  commit: string;
  range: Range;
}

export interface LspProtocolChange extends Omit<ProtocolChange, 'source'> {
  /** Where the change is written in each version (the older one at the commit). */
  source: { before: RevisionLocation | null; after: SourceLocation | null };
}

export interface LspVerdictChange extends Omit<VerdictChange, 'source'> {
  /** The study in the newer version of the case file. */
  source: SourceLocation | null;
}

export interface LspExpectationChange extends Omit<ExpectationChange, 'source' | 'failures'> {
  /** The first failing expectation (else the `expect`, else the case id) in the newer version. */
  source: SourceLocation | null;
  /** The failures in the version where the case fails; their ranges are in that version's text. */
  failures: LspExpectationFailure[];
}

export interface LspImpact {
  cases: { compared: number; run: number };
  studies: LspVerdictChange[];
  newlyFailing: LspExpectationChange[];
  newlyPassing: LspExpectationChange[];
}

export interface CompareResult {
  /** "Compare: HEAD (1a2b3c4) → working tree". */
  title: string;
  /** A file name for an export, without extension. */
  name: string;
  /** The diff as a standalone page (the run report's style and CSP, no script). */
  html: string;
  /** The same Markdown as `reimage diff --format markdown`. */
  markdown: string;
  /** The revision as asked, and the commit it named. */
  revision: string;
  commit: string;
  /** How the two versions are named: `HEAD (1a2b3c4)`, `working tree`. */
  before: string;
  after: string;
  /** One line: `2 changes in 1 protocol (1 stricter) · 3 studies change verdict`. */
  summary: string;
  changes: LspProtocolChange[];
  impact: LspImpact;
}

/** `reimage/revisions` (request): what a revision picker offers — HEAD, branches, tags, recent commits. */
export const REVISIONS = 'reimage/revisions';

export interface RevisionsParams {
  /** A file or folder in the workspace: whose repository; default the first workspace folder's. */
  uri?: string;
}

export interface RevisionItem {
  /** What to pass as `revision`: `HEAD`, a branch or tag name, a commit id. */
  revision: string;
  kind: 'head' | 'branch' | 'remote' | 'tag' | 'commit';
  commit: string;
  /** The commit's subject line (an annotated tag's own). */
  subject: string;
  /** ISO 8601, UTC. */
  date: string;
}

export interface RevisionsResult {
  /** HEAD (null in a repository without commits), with `current` the branch it is on (null: detached). */
  head: (RevisionItem & { current: string | null }) | null;
  /** Local branches, then remote ones, newest first. */
  branches: RevisionItem[];
  tags: RevisionItem[];
  /** The last commits reachable from HEAD, newest first. */
  commits: RevisionItem[];
}

/** `reimage/fileAtRevision` (request): a protocol or case file of the workspace as it was at a revision. */
export const FILE_AT_REVISION = 'reimage/fileAtRevision';

export interface FileAtRevisionParams {
  /** The file's uri in the workspace (it need not exist now). */
  uri: string;
  revision: string;
}

export interface FileAtRevisionResult {
  text: string;
  /** The commit `revision` named. */
  commit: string;
}

/**
 * `reimage/workspaceTrust` (notification, client → server): whether the workspace is trusted.
 * Until it is, every request above is refused and no git runs. The initial state is the
 * `workspaceTrusted` initialization option (default true: clients without a notion of trust).
 */
export const WORKSPACE_TRUST = 'reimage/workspaceTrust';

export interface WorkspaceTrustParams {
  trusted: boolean;
}

/**
 * `reimage/importDicom`: drafts a case from DICOM headers (VS Code's "New Case from DICOM…").
 * The server reads what the client names — local paths the user picked, or one DICOMweb URL and
 * study — and returns the draft's text; the client writes it. Cancellable.
 */
export const IMPORT_DICOM = 'reimage/importDicom';

export interface ImportDicomParams {
  /** Absolute paths of folders, DICOMDIRs or zips; or `dicomweb`. */
  paths?: string[];
  dicomweb?: { url: string; study: string };
  caseId: string;
  protocol?: string;
  context?: string;
  /** A token of the client's: the server reports `n of N files` on it with `$/progress`. */
  workDoneToken?: string | number;
}

export interface ImportDicomResult {
  /** The draft case; absent when nothing was drafted (the notes say why) or when cancelled. */
  text?: string;
  notes: { severity: 'error' | 'warning' | 'info'; message: string; source?: string }[];
  objects: number;
  studies: number;
  series: number;
  cancelled: boolean;
}

/** The client command the compare CodeLens runs, with `[{ uri, revision }]`. */
export const COMPARE_COMMAND = 'reimage.compareWithRevision';

/** Every custom method, for the docs check. */
export const METHODS = [
  RUN_CASES,
  LIST_CASES,
  RENDER_REPORT,
  VALIDATE_WORKSPACE,
  CASES_CHANGED,
  COMPARE,
  REVISIONS,
  FILE_AT_REVISION,
  WORKSPACE_TRUST,
  IMPORT_DICOM,
] as const;

/** `source.sortKeys`: the code action kind of "Sort keys canonically". */
export const SORT_KEYS_KIND = 'source.sortKeys';

// Reimage's own lsp methods, beyond the standard ones: their names, parameters and results.
// Every method here is documented in docs/lsp.md (a test checks it). Types only and string
// constants, so the VS Code client can import this file without pulling in the server.
import type { Range } from 'vscode-languageserver';
import type { CaseResult, ExpectationFailure, Reason, StudyResult, Verdict } from '../core';

/** `reimage/runCases` (request): run one case file, one case by id, or every case of the workspace. */
export const RUN_CASES = 'reimage/runCases';

export interface RunCasesParams {
  /** A case file to run; without it (and without `caseId`) every case of the workspace runs. */
  uri?: string;
  /** The case id to run (searched in `uri` if given, else in the whole workspace). */
  caseId?: string;
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
  /** For an expectation: the study id and the expected verdict. */
  study?: string;
  expected?: Verdict;
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

/** Every custom method, for the docs check. */
export const METHODS = [RUN_CASES, LIST_CASES, RENDER_REPORT] as const;

/** `source.sortKeys`: the code action kind of "Sort keys canonically". */
export const SORT_KEYS_KIND = 'source.sortKeys';

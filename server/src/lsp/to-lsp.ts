// core → lsp: offsets become positions, core results become lsp types. With from-lsp.ts, the
// only place the two meet; everything here is a plain mapping, no domain decisions.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem as LspCompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol as LspDocumentSymbol,
  type FoldingRange as LspFoldingRange,
  type Hover,
  type Location as LspLocation,
  type Position,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  type WorkspaceSymbol as LspWorkspaceSymbol,
} from 'vscode-languageserver';
import { sayMessage } from '../core';
import type {
  Catalogue,
  CaseEntry,
  CaseResult,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  ExpectationChange,
  FoldingRange,
  FormatEdit,
  HoverInfo,
  LineIndex,
  Location,
  ProtocolDiff,
  RunResult,
  SymbolKind as CoreSymbolKind,
  TextEdit,
  TextRange,
  WorkspaceSymbol,
} from '../core';
import { planText, studyPlan, supersededText } from '../core';
import type { CaseItem, CaseNotRun, LspCaseResult, LspExpectationChange, LspImpact, LspProtocolChange, RunCasesResult, SourceLocation } from './ext';

/** How to reach another project file: its uri and its line index (when it is loaded). */
export interface Resolver {
  uriOf(path: string): string;
  linesOf(path: string): LineIndex | null;
  /** The client's language. */
  say: Catalogue;
}

export function toLspPosition(lines: LineIndex, offset: number): Position {
  return lines.position(offset);
}

export function toLspRange(lines: LineIndex, range: TextRange): Range {
  return { start: lines.position(range.start), end: lines.position(Math.max(range.start, range.end)) };
}

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

export function toLspDiagnostic(d: Diagnostic, lines: LineIndex, resolver: Resolver): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toLspRange(lines, d.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'reimage',
    message: sayMessage(d, resolver.say),
  };
  const related = (d.related ?? []).flatMap((r) => {
    const relatedLines = resolver.linesOf(r.file);
    return relatedLines ? [{ location: { uri: resolver.uriOf(r.file), range: toLspRange(relatedLines, r.range) }, message: sayMessage(r, resolver.say) }] : [];
  });
  if (related.length) out.relatedInformation = related;
  return out;
}

const COMPLETION_KIND: Record<CompletionItem['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  unit: CompletionItemKind.Unit,
  snippet: CompletionItemKind.Snippet,
  reference: CompletionItemKind.Reference,
};

export function toLspCompletionItem(item: CompletionItem, lines: LineIndex): LspCompletionItem {
  const out: LspCompletionItem = {
    label: item.label,
    kind: COMPLETION_KIND[item.kind] ?? CompletionItemKind.Text,
    textEdit: { range: toLspRange(lines, item.range), newText: item.insertText },
    insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (item.detail) out.detail = item.detail;
  if (item.documentation) out.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
  if (item.sortText) out.sortText = item.sortText;
  if (item.filterText) out.filterText = item.filterText;
  return out;
}

export function toLspHover(info: HoverInfo, lines: LineIndex): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toLspRange(lines, info.range) };
}

export function toLspLocation(location: Location, resolver: Resolver): LspLocation | null {
  const lines = resolver.linesOf(location.file);
  return lines ? { uri: resolver.uriOf(location.file), range: toLspRange(lines, location.range) } : null;
}

/** Core edits (each in `defaultPath` unless it names its `file`) → one lsp workspace edit. */
export function toLspWorkspaceEdit(edits: readonly TextEdit[], defaultPath: string, resolver: Resolver): WorkspaceEdit | null {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const edit of edits) {
    const path = edit.file ?? defaultPath;
    const lines = resolver.linesOf(path);
    if (!lines) return null;
    (changes[resolver.uriOf(path)] ??= []).push({ range: toLspRange(lines, edit.range), newText: edit.text });
  }
  return { changes };
}

export function toLspTextEdits(edits: readonly FormatEdit[], lines: LineIndex): LspTextEdit[] {
  return edits.map((e) => ({ range: toLspRange(lines, e.range), newText: e.text }));
}

/** A quick fix for the diagnostic `lspDiagnostic`, or null when an edit's file is not loaded. */
export function toLspQuickFix(
  title: string,
  edits: readonly TextEdit[],
  path: string,
  lspDiagnostic: LspDiagnostic,
  preferred: boolean,
  resolver: Resolver,
): CodeAction | null {
  const edit = toLspWorkspaceEdit(edits, path, resolver);
  if (!edit) return null;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [lspDiagnostic], edit, ...(preferred ? { isPreferred: true } : {}) };
}

/**
 * A new text for a whole document as one edit of the part that differs (common start and end
 * kept), so editors keep the cursor and the undo step is small.
 */
export function toLspReplaceEdit(lines: LineIndex, newText: string): LspTextEdit[] {
  const oldText = lines.text;
  if (oldText === newText) return [];
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  // Never split a surrogate pair or a CRLF.
  const splits = (text: string, at: number) => {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at);
    return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
  };
  if (start > 0 && (splits(oldText, start) || splits(newText, start))) start--;
  if (splits(oldText, oldEnd) || splits(newText, newEnd)) {
    oldEnd++;
    newEnd++;
  }
  return [{ range: toLspRange(lines, { start, end: oldEnd }), newText: newText.slice(start, newEnd) }];
}

/** A whole-document rewrite (e.g. the canonical key order) as a source action. */
export function toLspSourceAction(title: string, kind: string, uri: string, lines: LineIndex, newText: string): CodeAction {
  return { title, kind, edit: { changes: { [uri]: toLspReplaceEdit(lines, newText) } } };
}

const SYMBOL_KIND: Record<CoreSymbolKind, SymbolKind> = {
  protocol: SymbolKind.Module,
  case: SymbolKind.Module,
  section: SymbolKind.Namespace,
  context: SymbolKind.Key,
  rule: SymbolKind.Function,
  timeline: SymbolKind.Event,
  cost: SymbolKind.Number,
  study: SymbolKind.Object,
  expectation: SymbolKind.Boolean,
  field: SymbolKind.Property,
  advice: SymbolKind.String,
};

export function toLspDocumentSymbols(symbols: readonly DocumentSymbol[], lines: LineIndex): LspDocumentSymbol[] {
  return symbols.map((s) => {
    const range = toLspRange(lines, s.range);
    const selection = toLspRange(lines, { start: Math.max(s.range.start, s.selectionRange.start), end: Math.min(s.range.end, s.selectionRange.end) });
    return {
      name: s.name || '·',
      ...(s.detail ? { detail: s.detail } : {}),
      kind: SYMBOL_KIND[s.kind] ?? SymbolKind.Property,
      range,
      selectionRange: selection,
      children: toLspDocumentSymbols(s.children, lines),
    };
  });
}

export function toLspFoldingRanges(ranges: readonly FoldingRange[], lines: LineIndex): LspFoldingRange[] {
  const out: LspFoldingRange[] = [];
  for (const r of ranges) {
    const startLine = lines.position(r.start).line;
    const endLine = lines.position(r.end).line;
    if (endLine <= startLine) continue;
    out.push({ startLine, endLine, ...(r.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : {}) });
  }
  return out;
}

export function toLspWorkspaceSymbols(symbols: readonly WorkspaceSymbol[], resolver: Resolver): LspWorkspaceSymbol[] {
  const out: LspWorkspaceSymbol[] = [];
  for (const s of symbols) {
    const lines = resolver.linesOf(s.file);
    if (!lines) continue;
    out.push({
      name: s.name,
      kind: SYMBOL_KIND[s.kind] ?? SymbolKind.Property,
      location: { uri: resolver.uriOf(s.file), range: toLspRange(lines, s.range) },
      ...(s.container ? { containerName: s.container } : {}),
    });
  }
  return out;
}

function toSourceLocation(file: string, range: TextRange, resolver: Resolver): SourceLocation | null {
  const lines = resolver.linesOf(file);
  return lines ? { uri: resolver.uriOf(file), range: toLspRange(lines, range) } : null;
}

const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function toLspCaseResult(result: CaseResult, caseIdRange: TextRange | null, resolver: Resolver): LspCaseResult {
  const lines = resolver.linesOf(result.file);
  const range = (r: TextRange | null) => (lines && r ? toLspRange(lines, r) : NOWHERE);
  return {
    ...result,
    uri: resolver.uriOf(result.file),
    range: range(caseIdRange),
    studies: result.studies.map((s) => ({
      ...s,
      planned: s.superseded_by ? supersededText(s) : ((plan) => (plan ? planText(plan) : null))(studyPlan(s)),
      range: range(s.range),
      reasons: s.reasons.map((r) => ({ ...r, location: r.source ? toSourceLocation(r.source.file, r.source, resolver) : null })),
    })),
    expectations: { passed: result.expectations.passed, failures: result.expectations.failures.map((f) => ({ ...f, range: range(f.range) })) },
  };
}

export function toLspRunResult(result: RunResult, idRangeOf: (file: string) => TextRange | null, notRun: CaseNotRun[], resolver: Resolver): RunCasesResult {
  return { cases: result.cases.map((c) => toLspCaseResult(c, idRangeOf(c.file), resolver)), notRun };
}

export function toLspCaseNotRun(file: string, caseId: string | null, range: TextRange | null, message: string, resolver: Resolver): CaseNotRun {
  const lines = resolver.linesOf(file);
  return { uri: resolver.uriOf(file), case: caseId, range: lines && range ? toLspRange(lines, range) : NOWHERE, message };
}

export function toLspCaseItems(entries: readonly CaseEntry[], resolver: Resolver): CaseItem[] {
  return entries.map((e) => {
    const lines = resolver.linesOf(e.file);
    const uri = resolver.uriOf(e.file);
    const item: CaseItem = {
      // Ids by uri, so they stay meaningful to the client whatever the server calls the file.
      id: e.kind === 'case' ? `${uri}#${e.caseId}` : `${uri}#${e.caseId}/${e.study ?? ''}`,
      parent: e.parent === null ? null : `${uri}#${e.caseId}`,
      kind: e.kind,
      label: e.label,
      uri,
      range: lines ? toLspRange(lines, e.range) : NOWHERE,
      protocol: e.protocol,
    };
    if (e.tested !== undefined) item.tested = e.tested;
    if (e.study !== undefined) item.study = e.study;
    if (e.expected !== undefined) item.expected = e.expected;
    return item;
  });
}

/**
 * The semantic diff with lsp locations: the older version's places at its commit (ranges in
 * that version's text), the newer version's in the workspace.
 */
export function toLspDiff(diff: ProtocolDiff, before: Resolver, commit: string, after: Resolver): { changes: LspProtocolChange[]; impact: LspImpact } {
  const at = (resolver: Resolver) => (ref: { file: string; start: number; end: number } | null) => (ref ? toSourceLocation(ref.file, ref, resolver) : null);
  const [old, now] = [at(before), at(after)];
  const expectation = (e: ExpectationChange, failuresIn: Resolver): LspExpectationChange => {
    const lines = failuresIn.linesOf(e.file);
    return { ...e, source: now(e.source), failures: e.failures.map((f) => ({ ...f, range: lines ? toLspRange(lines, f.range) : NOWHERE })) };
  };
  return {
    changes: diff.changes.map((c) => {
      const was = old(c.source.before);
      return { ...c, message: after.say.say(c.text), source: { before: was ? { ...was, commit } : null, after: now(c.source.after) } };
    }),
    impact: {
      cases: diff.impact.cases,
      studies: diff.impact.studies.map((v) => ({ ...v, source: now(v.source) })),
      newlyFailing: diff.impact.newlyFailing.map((e) => expectation(e, after)),
      // A case that now passes failed in the older version: its failures are placed there.
      newlyPassing: diff.impact.newlyPassing.map((e) => expectation(e, before)),
    },
  };
}

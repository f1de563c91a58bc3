// textDocument/formatting and textDocument/rangeFormatting: the core's canonical format (the
// same as `reimage fmt`). Text the formatter refuses is left as it is (no edits).
import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { formatRange, formatText } from '../../core';
import { fromLspRange } from '../from-lsp';
import { toLspReplaceEdit, toLspTextEdits } from '../to-lsp';
import type { Workspace } from '../workspace';

export function formatting(ws: Workspace, params: DocumentFormattingParams): TextEdit[] | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const lines = target.file.parsed.lineIndex;
  const result = formatText(target.file.parsed.text, target.file.kind ? { kind: target.file.kind } : {});
  return result.changed ? toLspReplaceEdit(lines, result.text) : [];
}

export function rangeFormatting(ws: Workspace, params: DocumentRangeFormattingParams): TextEdit[] | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const lines = target.file.parsed.lineIndex;
  const result = formatRange(target.file.parsed.text, fromLspRange(lines, params.range), target.file.kind ? { kind: target.file.kind } : {});
  return toLspTextEdits(result.edits, lines);
}

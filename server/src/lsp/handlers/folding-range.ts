// textDocument/foldingRange: maps and lists that span lines, and comment blocks.
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { foldingRanges } from '../../core';
import { toLspFoldingRanges } from '../to-lsp';
import type { Workspace } from '../workspace';

export function foldingRange(ws: Workspace, params: FoldingRangeParams): FoldingRange[] | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  return toLspFoldingRanges(foldingRanges(target.file), target.file.parsed.lineIndex);
}

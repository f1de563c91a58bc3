// textDocument/documentSymbol: the outline (validity windows, rules, timelines; studies of a case).
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { documentSymbols } from '../../core';
import { toLspDocumentSymbols } from '../to-lsp';
import type { Workspace } from '../workspace';

export function documentSymbol(ws: Workspace, params: DocumentSymbolParams): DocumentSymbol[] | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  return toLspDocumentSymbols(documentSymbols(target.file), target.file.parsed.lineIndex);
}

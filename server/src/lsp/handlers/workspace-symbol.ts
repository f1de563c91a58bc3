// workspace/symbol: protocols, rules, contexts, cases and studies of the whole workspace by name.
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { workspaceSymbols } from '../../core';
import { toLspWorkspaceSymbols } from '../to-lsp';
import type { Workspace } from '../workspace';

export function workspaceSymbol(ws: Workspace, params: WorkspaceSymbolParams): WorkspaceSymbol[] {
  return toLspWorkspaceSymbols(workspaceSymbols(ws.current(), params.query), ws);
}

// textDocument/references: every place the name under the cursor is written, across the workspace.
import type { Location, ReferenceParams } from 'vscode-languageserver';
import { referencesAt } from '../../core';
import { fromLspPosition } from '../from-lsp';
import { toLspLocation } from '../to-lsp';
import type { Workspace } from '../workspace';

export function references(ws: Workspace, params: ReferenceParams): Location[] | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const offset = fromLspPosition(target.file.parsed.lineIndex, params.position);
  return referencesAt(target.project, target.path, offset, { includeDeclaration: params.context.includeDeclaration })
    .map((l) => toLspLocation(l, ws))
    .filter((l): l is Location => l !== null);
}

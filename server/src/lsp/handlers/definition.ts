// textDocument/definition: where the protocol id, rule id, context or study id under the cursor is defined.
import type { DefinitionParams, Location } from 'vscode-languageserver';
import { definitionAt } from '../../core';
import { fromLspPosition } from '../from-lsp';
import { toLspLocation } from '../to-lsp';
import type { Workspace } from '../workspace';

export function definition(ws: Workspace, params: DefinitionParams): Location[] | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const offset = fromLspPosition(target.file.parsed.lineIndex, params.position);
  return definitionAt(target.project, target.path, offset)
    .map((l) => toLspLocation(l, ws))
    .filter((l): l is Location => l !== null);
}

// textDocument/prepareRename and textDocument/rename: rename a protocol id, rule id, context or
// study id everywhere it is written; the core's refusal becomes an error the editor shows.
import { ErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareRenameAt, renameAt } from '../../core';
import { fromLspPosition } from '../from-lsp';
import { toLspRange, toLspWorkspaceEdit } from '../to-lsp';
import type { Workspace } from '../workspace';

export function prepareRename(ws: Workspace, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const lines = target.file.parsed.lineIndex;
  const prepared = prepareRenameAt(target.project, target.path, fromLspPosition(lines, params.position));
  if ('text' in prepared) throw new ResponseError(ErrorCodes.InvalidRequest, ws.say.say(prepared.text));
  return { range: toLspRange(lines, prepared.range), placeholder: prepared.placeholder };
}

export function rename(ws: Workspace, params: RenameParams): WorkspaceEdit | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const offset = fromLspPosition(target.file.parsed.lineIndex, params.position);
  const result = renameAt(target.project, target.path, offset, params.newName);
  if (!result.ok) throw new ResponseError(ErrorCodes.InvalidRequest, ws.say.say(result.text));
  return toLspWorkspaceEdit(result.edits, target.path, ws);
}

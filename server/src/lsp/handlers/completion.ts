// textDocument/completion: the core's completion items at the cursor, in the client's language, translated to LSP.
import type { CompletionList, CompletionParams } from 'vscode-languageserver';
import { completeAt } from '../../core';
import { fromLspPosition } from '../from-lsp';
import { toLspCompletionItem } from '../to-lsp';
import type { Workspace } from '../workspace';

export function completion(ws: Workspace, params: CompletionParams): CompletionList | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const lines = target.file.parsed.lineIndex;
  const items = completeAt(target.project, target.path, fromLspPosition(lines, params.position), ws.say);
  return { isIncomplete: false, items: items.map((item) => toLspCompletionItem(item, lines)) };
}

// textDocument/hover: the core's hover text at the cursor, in the client's language, translated to LSP.
import type { Hover, HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../../core';
import { fromLspPosition } from '../from-lsp';
import { toLspHover } from '../to-lsp';
import type { Workspace } from '../workspace';

export function hover(ws: Workspace, params: HoverParams): Hover | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const lines = target.file.parsed.lineIndex;
  const info = hoverAt(target.project, target.path, fromLspPosition(lines, params.position), ws.say);
  return info ? toLspHover(info, lines) : null;
}

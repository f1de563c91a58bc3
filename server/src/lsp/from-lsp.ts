// lsp → core: positions and ranges become the core's UTF-16 offsets. With to-lsp.ts, the only
// place offsets and positions meet.
import type { Position, Range } from 'vscode-languageserver';
import type { LineIndex, TextRange } from '../core';

export function fromLspPosition(lines: LineIndex, position: Position): number {
  return lines.offset({ line: position.line, character: position.character });
}

export function fromLspRange(lines: LineIndex, range: Range): TextRange {
  const start = fromLspPosition(lines, range.start);
  return { start, end: Math.max(start, fromLspPosition(lines, range.end)) };
}

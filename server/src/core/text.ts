// Offsets and line/column: the core speaks half-open UTF-16 offset ranges; line and column
// are computed only at the edges (CLI messages, LSP positions).

export interface TextRange {
  start: number;
  end: number;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export const EMPTY_RANGE: TextRange = { start: 0, end: 0 };

/** Line starts of a text, for offset ↔ position conversion by binary search. */
export class LineIndex {
  // Typed and sized in advance: an editor makes one per version of a 90,000-line file.
  private readonly lineStarts: Uint32Array;

  constructor(readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    this.lineStarts = new Uint32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts[line++] = i + 1;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offset(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length + 1;
    return Math.min(start + Math.max(0, position.character), next - 1, this.text.length);
  }
}

export function moveRange(range: TextRange, delta: number): TextRange {
  return { start: range.start + delta, end: range.end + delta };
}

/** A string, number, boolean or bigint as text; undefined for anything else (null, a map, a list). */
export function primitiveText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : undefined;
}

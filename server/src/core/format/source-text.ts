// The formatter's view of the original text: its lines, every comment with its line and column
// (from yaml's lexer, so a `#` inside a quoted or block scalar is never taken for one), and the
// blank and comment lines between two nodes. Anything it cannot place is recorded as a problem.
import { CST, Lexer } from 'yaml';

export interface SourceComment {
  start: number;
  /** End of the lexer token (trailing spaces included). */
  end: number;
  /** The comment as written, `#` included, trailing spaces removed. */
  text: string;
  line: number;
  col: number;
  /** Nothing but indentation before it on its line. */
  ownLine: boolean;
}

export type Trivia = { kind: 'blank'; line: number } | { kind: 'comment'; line: number; comment: SourceComment };

/** A YAML feature the formatter leaves alone, found by the lexer. */
export interface Unsupported {
  line: number;
  what: 'anchor' | 'alias' | 'tag' | 'explicit-key' | 'directive' | 'doc-end';
}

const MARKERS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

export class SourceText {
  /** Lines without their line break (a trailing `\r` removed too). */
  readonly lines: string[];
  readonly lineStarts: number[];
  readonly eol: '\n' | '\r\n';
  readonly comments: SourceComment[] = [];
  readonly unsupported: Unsupported[] = [];
  /** Offsets of `---` document-start markers. */
  readonly docStarts: number[] = [];
  private readonly commentOnLine = new Map<number, SourceComment>();
  private readonly commentEndingAt = new Map<number, SourceComment>();
  /** Lines holding something a gap must not contain (content where only comments were expected). */
  readonly strayLines: number[] = [];

  constructor(readonly text: string) {
    const firstBreak = text.indexOf('\n');
    this.eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
    this.lines = [];
    this.lineStarts = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const raw = nl < 0 ? text.slice(start) : text.slice(start, nl);
      this.lineStarts.push(start);
      this.lines.push(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
      if (nl < 0) break;
      start = nl + 1;
    }
    this.scanTokens();
  }

  private scanTokens(): void {
    let offset = 0;
    let scalarNext = false;
    for (const token of new Lexer().lex(this.text)) {
      if (MARKERS.has(token)) {
        scalarNext = token === CST.SCALAR;
        continue;
      }
      const start = offset;
      offset += token.length;
      if (scalarNext) {
        scalarNext = false;
        continue;
      }
      const type = CST.tokenType(token);
      const line = this.lineOf(start);
      switch (type) {
        case 'comment': {
          const col = start - this.lineStarts[line];
          const comment: SourceComment = {
            start,
            end: start + token.length,
            text: token.trimEnd(),
            line,
            col,
            ownLine: this.lines[line].slice(0, col).trim() === '',
          };
          this.comments.push(comment);
          this.commentOnLine.set(line, comment);
          this.commentEndingAt.set(comment.start + comment.text.length, comment);
          break;
        }
        case 'anchor':
        case 'alias':
        case 'tag':
        case 'explicit-key-ind':
        case 'directive-line':
        case 'doc-end':
          this.unsupported.push({ line, what: type === 'explicit-key-ind' ? 'explicit-key' : type === 'directive-line' ? 'directive' : type });
          break;
        case 'doc-start':
          this.docStarts.push(start);
          break;
        default:
          break;
      }
    }
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  colOf(offset: number): number {
    return offset - this.lineStarts[this.lineOf(offset)];
  }

  /** The comment on a line, if any. */
  commentOn(line: number): SourceComment | undefined {
    return this.commentOnLine.get(line);
  }

  indentOf(line: number): number {
    const text = this.lines[line] ?? '';
    return text.length - text.trimStart().length;
  }

  /**
   * The blank and comment lines strictly between two lines. A lone `-` (a list item whose value
   * starts below it) is skipped; any other content is recorded as stray: it means a layout the
   * formatter does not model, and the result is refused rather than guessed.
   */
  triviaBetween(after: number, before: number): Trivia[] {
    const out: Trivia[] = [];
    for (let line = Math.max(0, after + 1); line < Math.min(before, this.lines.length); line++) {
      const trimmed = this.lines[line].trim();
      if (trimmed === '') {
        out.push({ kind: 'blank', line });
        continue;
      }
      const comment = this.commentOnLine.get(line);
      if (comment && comment.ownLine) {
        out.push({ kind: 'comment', line, comment });
        continue;
      }
      if (trimmed === '-') continue;
      this.strayLines.push(line);
    }
    return out;
  }

  /** The offset of the `-` that introduces the list item starting at `offset`, or -1. */
  dashBefore(offset: number): number {
    let i = offset - 1;
    while (i >= 0) {
      const ch = this.text[i];
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
        i--;
        continue;
      }
      const comment = this.commentEndingAt.get(i + 1);
      if (comment) {
        i = comment.start - 1;
        continue;
      }
      break;
    }
    return i >= 0 && this.text[i] === '-' ? i : -1;
  }
}

// The one reading of lines, comments and quotes that the code scanning raw text shares (the
// nesting guard, the cuts of pieces.ts, the cursor of services/yaml-cursor.ts), so that they agree
// with each other and with yaml on where a comment or a quoted value starts and ends.
// Linear and without recursion: the nesting guard runs it on text yaml must not see.

/** Whether `ch` is a space or a tab (YAML's white space within a line). */
export function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Whether a `#` at `i` starts a comment: at the start of the text or a line, or after white space. */
export function isCommentStart(text: string, i: number): boolean {
  if (text[i] !== '#') return false;
  const before = text[i - 1];
  return i === 0 || before === ' ' || before === '\t' || before === '\n' || before === '\r';
}

/**
 * Whether a quote at `i` starts a quoted value, where a value can start: first on its line, after
 * `[`, `{` or `,`, or after white space that follows `:`, or a `-` or `?` that starts an entry.
 * Elsewhere it is part of a plain value (`don't`, `a 'b'`), as yaml reads it.
 */
export function isQuoteStart(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '"' && ch !== "'") return false;
  let j = i - 1;
  while (j >= 0 && isBlank(text[j])) j--;
  const c = text[j];
  if (j < 0 || c === '\n' || c === '\r' || c === '[' || c === '{' || c === ',') return true;
  if (j === i - 1) return false;
  if (c === ':') return true;
  const before = text[j - 1];
  return (c === '-' || c === '?') && (j === 0 || before === ' ' || before === '\t' || before === '\n' || before === '\r');
}

/**
 * Where the quoted value starting at `i` ends (just after its closing quote), or -1 when it does
 * not close before `limit`. In double quotes a backslash escapes the next character; in single
 * quotes `''` is a quote. Quoted values may span lines, as in YAML.
 */
export function quoteEnd(text: string, i: number, limit = text.length): number {
  const quote = text[i];
  for (let j = i + 1; j < limit; j++) {
    const ch = text[j];
    if (quote === '"' && ch === '\\') j++;
    else if (ch === quote) {
      if (quote === "'" && text[j + 1] === "'") j++;
      else return j + 1;
    }
  }
  return -1;
}

/** The end of the line at `i` (the offset of its `\n`, or the text's length). */
export function lineEnd(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

/**
 * The offset of the comment on the line from `from` to `to` (outside quoted values), or `to`
 * when it has none. A quote left open ends the search: the rest of the line is inside it.
 */
export function commentStart(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (isQuoteStart(text, i)) {
      const end = quoteEnd(text, i, to);
      if (end < 0) return to;
      i = end - 1;
    } else if (isCommentStart(text, i)) return i;
  }
  return to;
}

/** The shape of the line starting at `pos`, as block structure sees it. */
export interface LineShape {
  /** Where the next line starts (after this line's `\n`), or the text's length. */
  end: number;
  /** Leading spaces. */
  indent: number;
  /** Blank or a comment only. */
  trivia: boolean;
  /** Starts (after its indentation) with a block list's dash. */
  dash: boolean;
}

export function lineShape(text: string, pos: number): LineShape {
  const nl = text.indexOf('\n', pos);
  const end = nl < 0 ? text.length : nl + 1;
  let i = pos;
  while (i < end && text.charCodeAt(i) === 32) i++;
  const c = i < end ? text.charCodeAt(i) : 10;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 10;
  return {
    end,
    indent: i - pos,
    trivia: c === 10 || c === 13 || c === 35,
    dash: c === 45 && (next === 32 || next === 10 || next === 13),
  };
}

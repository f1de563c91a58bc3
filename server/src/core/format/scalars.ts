// Scalars in the canonical format: plain wherever YAML reads the same string back, the author's
// quotes kept where quotes are needed (`'>= 1.5T'`), the author's own text for everything else;
// multi-line and block scalars are re-indented line by line, their content untouched.
import { isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { SourceText } from './source-text';

/** Where a scalar is written: a key or a value, in block or flow context. */
export type ScalarPlace = 'block-value' | 'block-key' | 'flow-value' | 'flow-key';

/** A scalar's text: its first line (after `key: ` or `- `) and what follows it. */
export interface ScalarText {
  first: string;
  /** Continuation lines of a multi-line plain or quoted scalar, without indentation ('' = an empty line). */
  more: string[];
  /** The body of a block scalar (`|`, `>`), already indented; written exactly as it is. */
  body: string[];
}

/** Columns of what a scalar hangs from (its key, or the `-` of its list item), before and after. */
export interface ParentColumn {
  old: number;
  new: number;
}

// The characters a plain scalar cannot start with (YAML 1.2 c-indicator); `-`, `?` and `:` can
// when a non-space character follows.
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_INDICATOR = /[,[\]{}]/;
// Words YAML 1.1 readers (older editors and libraries) take for booleans: quotes around such a
// value stay. As a key they stay plain: `on:` is a case's own key, which YAML 1.2 reads as text.
const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Answers of canBePlain so far (completion asks for the same words again and again). */
const plainness = new Map<string, boolean>();
const PLAINNESS_KEPT = 5000;

/**
 * Whether `value` can be written without quotes at `place` and read back as the same string:
 * the one quoting rule of the core (the formatter, completion and snippets, quick fixes).
 */
export function canBePlain(value: string, place: ScalarPlace): boolean {
  const key = `${place}\0${value}`;
  let plain = plainness.get(key);
  if (plain === undefined) {
    if (plainness.size >= PLAINNESS_KEPT) plainness.clear();
    plain = readsPlain(value, place);
    plainness.set(key, plain);
  }
  return plain;
}

/**
 * A scalar as YAML text at `place` (`true`/`false`: a value in flow or block context): as it is
 * where it reads back the same (numbers, booleans, plain strings), else double-quoted.
 */
export function yamlScalar(value: string | number | boolean, place: ScalarPlace | boolean = false): string {
  if (typeof value !== 'string') return String(value);
  const at = typeof place === 'string' ? place : place ? 'flow-value' : 'block-value';
  return canBePlain(value, at) ? value : JSON.stringify(value);
}

function readsPlain(value: string, place: ScalarPlace): boolean {
  if (value === '' || value !== value.trim() || NON_PRINTABLE.test(value) || (!place.endsWith('key') && YAML11_BOOLEAN.test(value))) return false;
  const flow = place === 'flow-value' || place === 'flow-key';
  if (INDICATOR_FIRST.test(value)) {
    const second = value.charAt(1);
    if (!/^[-?:]/.test(value) || second === '' || /\s/.test(second) || (flow && FLOW_INDICATOR.test(second))) return false;
  }
  if (value.includes(': ') || value.endsWith(':') || value.includes(' #')) return false;
  if (flow && FLOW_INDICATOR.test(value)) return false;
  return readsBack(value, place);
}

/** Parses `value` written plain in a small document of its own and checks the string comes back. */
function readsBack(value: string, place: ScalarPlace): boolean {
  const probes: Record<ScalarPlace, string[]> = {
    'block-value': [`k: ${value}\n`, `- ${value}\n`],
    'block-key': [`${value}: x\n`],
    'flow-value': [`[${value}]\n`, `{ k: ${value} }\n`],
    'flow-key': [`{ ${value}: x }\n`],
  };
  for (const probe of probes[place]) {
    try {
      const doc = parseDocument(probe, { uniqueKeys: false });
      if (doc.errors.length || doc.warnings.length) return false;
      const root = doc.contents;
      let node: unknown = null;
      if (isMap(root)) {
        const pair = root.items[0];
        node = place.endsWith('key') ? pair?.key : pair?.value;
      } else if (isSeq(root)) {
        node = root.items[0];
      }
      if (!isScalar(node) || node.type !== Scalar.PLAIN || node.value !== value) return false;
      if (isMap(root) ? root.items.length !== 1 : isSeq(root) ? root.items.length !== 1 : true) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * The canonical text of a scalar node. Plain scalars keep the author's spelling (`2026-04-10`,
 * `<= 2.5mm`, `1.50`); quoted ones lose their quotes only when the plain form is the same string.
 * Returns null for a block scalar whose body cannot be moved to its new indentation.
 */
export function scalarText(src: SourceText, node: Scalar, place: ScalarPlace, parent: ParentColumn): ScalarText | null {
  const range = node.range!;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return blockScalar(src, node, parent);
  const written = src.text.slice(range[0], range[1]);
  if (
    (node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.QUOTE_DOUBLE) &&
    typeof node.value === 'string' &&
    !written.includes('\n') &&
    canBePlain(node.value, place)
  ) {
    return { first: node.value, more: [], body: [] };
  }
  const lines = written.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  // Line folding drops the indentation and trailing spaces of a flow scalar's lines, so they
  // can be re-indented freely; empty lines are line breaks and stay.
  return { first: lines[0].trimEnd(), more: lines.slice(1).map((l) => l.trim()), body: [] };
}

/** A block scalar: the header as written, the body moved to two spaces under its parent. */
function blockScalar(src: SourceText, node: Scalar, parent: ParentColumn): ScalarText | null {
  const range = node.range!;
  const header = /^[|>][-+0-9]*/.exec(src.text.slice(range[0], range[0] + 8))?.[0];
  if (!header) return null;
  const headerLine = src.lineOf(range[0]);
  const endLine = range[1] > range[0] ? src.lineOf(range[1] - 1) : headerLine;
  const lines = src.lines.slice(headerLine + 1, endLine + 1);
  const firstContent = lines.find((l) => l.trim() !== '');
  const explicit = /[1-9]/.test(header);
  // With no content line to set the indentation, lines of spaces are empty lines: written as
  // such (written indented, they would grow by two spaces on every format).
  const oldIndent = firstContent !== undefined ? firstContent.length - firstContent.trimStart().length : explicit ? 0 : Infinity;
  if (!header.includes('+')) {
    // Clip and strip: trailing empty lines are not content.
    while (lines.length && lines[lines.length - 1].trim() === '' && lines[lines.length - 1].length <= oldIndent) lines.pop();
  }
  const newIndent = explicit ? oldIndent + (parent.new - parent.old) : parent.new + 2;
  if (newIndent < 0) return null;
  const body: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' && line.length <= oldIndent) {
      body.push('');
      continue;
    }
    if (line.length - line.trimStart().length < oldIndent && line.trim() !== '') return null;
    body.push(' '.repeat(newIndent) + line.slice(oldIndent));
  }
  return { first: header, more: [], body };
}

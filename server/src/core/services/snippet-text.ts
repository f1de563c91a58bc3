// Turns a schema's `defaultSnippets` body (JSON with `${1:…}` tab stops in its strings) into
// YAML text at a given column: block maps and lists, small maps of plain values in flow style
// as the shipped profiles write them, values quoted where YAML needs it (format/scalars.ts's rule).
import { canBePlain, type ScalarPlace } from '../format/scalars';

export { yamlScalar } from '../format/scalars';

type Body = unknown;

const PLACEHOLDER = /\$\{\d+:((?:[^}\\]|\\.)*)\}|\$\d+/g;

/** What a snippet string reads as once its tab stops are filled with their defaults. */
function shown(text: string): string {
  return text.replace(PLACEHOLDER, (_m, def: string | undefined) => def ?? '');
}

/** A YAML scalar for a snippet string (tab stops kept): quoted when what it shows would not read back plain. */
function scalar(value: Body, place: ScalarPlace): string {
  if (typeof value !== 'string') return String(value);
  return canBePlain(shown(value), place) ? value : JSON.stringify(value);
}

function isMap(v: Body): v is Record<string, Body> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalar(v: Body): boolean {
  return v === null || typeof v !== 'object';
}

function flowMap(map: Record<string, Body>): string {
  const parts = Object.entries(map).map(([k, v]) => `${scalar(k, 'flow-key')}: ${scalar(v, 'flow-value')}`);
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

function flowList(list: Body[]): string {
  return `[${list.map((v) => scalar(v, 'flow-value')).join(', ')}]`;
}

/** Whether a map reads best in flow style: every value plain, and short. */
function flowable(map: Record<string, Body>): boolean {
  const entries = Object.values(map);
  return entries.length > 0 && entries.length <= 4 && entries.every(isScalar) && flowMap(map).length <= 80;
}

/**
 * Lines of a map's entries; each line is relative to the map's column (index 0 has no indent).
 * `depth` counts the maps above: maps of plain values below the top use flow style.
 */
function mapLines(map: Record<string, Body>, depth: number, flowDepth: number): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(map)) {
    const key = scalar(k, 'block-key');
    if (isScalar(v)) out.push(`${key}: ${scalar(v, 'block-value')}`);
    else if (Array.isArray(v)) {
      if (v.every(isScalar)) out.push(`${key}: ${flowList(v)}`);
      else {
        out.push(`${key}:`);
        for (const item of v) out.push(...itemLines(item, depth + 1, flowDepth).map((l) => `  ${l}`));
      }
    } else if (isMap(v)) {
      if (depth + 1 >= flowDepth && flowable(v)) out.push(`${key}: ${flowMap(v)}`);
      else {
        out.push(`${key}:`);
        out.push(...mapLines(v, depth + 1, flowDepth).map((l) => `  ${l}`));
      }
    }
  }
  return out;
}

/** Lines of a list item (`- …`), relative to the dash's column. */
function itemLines(item: Body, depth: number, flowDepth: number): string[] {
  if (isMap(item)) {
    const inner = mapLines(item, depth, flowDepth);
    return inner.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`));
  }
  if (Array.isArray(item)) return [`- ${flowList(item)}`];
  return [`- ${scalar(item, 'block-value')}`];
}

export interface SnippetTextOptions {
  /** Column at which the first line is inserted (later lines are indented to it). */
  column: number;
  /** Write the body as a new list item (`- ` first). */
  asItem?: boolean;
  /** The body is a whole document: its top-level maps stay in block style. */
  document?: boolean;
}

/** YAML text of a snippet body in block style, for insertion at `column`. */
export function snippetBlockText(body: Body, options: SnippetTextOptions): string {
  const flowDepth = options.document ? 2 : 1;
  let lines: string[];
  if (isMap(body)) lines = options.asItem ? itemLines(body, 0, flowDepth) : mapLines(body, 0, flowDepth);
  else if (Array.isArray(body)) lines = body.flatMap((item) => itemLines(item, 0, flowDepth));
  else lines = [options.asItem ? `- ${scalar(body, 'block-value')}` : scalar(body, 'block-value')];
  const pad = ' '.repeat(options.column);
  return lines.map((l, i) => (i === 0 ? l : pad + l)).join('\n');
}

/** The body in flow style on one line (`{ window: ${1:4w..6w}, beyond: ${2:redo} }`), or null when it does not fit. */
export function snippetFlowText(body: Body): string | null {
  if (isMap(body) && Object.values(body).every(isScalar)) return flowMap(body);
  return null;
}

// The protocols bench/lsp.mjs opens: `n` rules named rule-0 … rule-(n-1), in one of three shapes
// (simple, shipped, anchors; see bench/lsp.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const MODALITIES = ['CT', 'MR', 'XR', 'US', 'PET-CT'];
const PURPOSES = ['oncology', 'neurology', 'cardiac', 'orthopedic'];

/** A valid protocol of `n` rules of the chosen shape, its rules named rule-0 … rule-(n-1). */
export function protocolText(n, shape) {
  return shape === 'shipped' ? shippedShape(n) : simpleShape(n, shape === 'anchors');
}

/**
 * The shipped tier3a-public profile with its rules repeated to `n`, renamed rule-0 … rule-(n-1)
 * (the comment blocks between rules left out, the comments inside them kept): the text a
 * hospital's real profile grows into.
 */
function shippedShape(n) {
  const shipped = readFileSync(join(root, 'protocols', 'tier3a-public.protocol.yaml'), 'utf8').replace(/^protocol: .*$/m, `protocol: bench-${n}`);
  const start = shipped.indexOf('\nrules:\n') + '\nrules:\n'.length;
  const end = start + shipped.slice(start).search(/^[a-z_]+:/m);
  const lines = shipped
    .slice(start, end)
    .split('\n')
    .filter((l) => !/^ {2}#/.test(l) && l.trim() !== '');
  const items = [];
  for (const line of lines) {
    if (line.startsWith('  - id: ')) items.push([]);
    items[items.length - 1]?.push(line);
  }
  const rules = Array.from({ length: n }, (_, i) => items[i % items.length].join('\n').replace(/^( {2}- id: )\S+/, `$1rule-${i}`));
  return `${shipped.slice(0, start)}${rules.join('\n')}\n\n${shipped.slice(end)}`;
}

/** Block rules with flow `when`/`require`, six lines each; with `anchors`, rules that share a condition alias the first that wrote it. */
function simpleShape(n, anchors) {
  const lines = [
    `protocol: bench-${n}`,
    `title: Generated protocol of ${n} rules`,
    'hospital:',
    '  sector: public',
    '  currency: USD',
    'validity:',
    '  active-oncology: { window: 4w..6w, beyond: redo }',
    '  pre-cardiac-surgery: { window: 2w, beyond: redo }',
    '  stable-orthopedic: { window: 3mo..6mo, beyond: review }',
    'rules:',
  ];
  const anchored = new Set();
  for (let i = 0; i < n; i++) {
    const m = MODALITIES[i % MODALITIES.length];
    const p = PURPOSES[i % PURPOSES.length];
    const name = `${p}-${m.toLowerCase()}`;
    const when = !anchors ? `{ modality: ${m}, purpose: ${p} }` : anchored.has(name) ? `*${name}` : `&${name} { modality: ${m}, purpose: ${p} }`;
    anchored.add(name);
    lines.push(`  - id: rule-${i}`, `    title: Generated rule ${i}`, `    when: ${when}`);
    if (i % 3 === 0) lines.push('    require: { slice_thickness: <= 2.5mm }', '    otherwise: redo');
    else if (i % 3 === 1) lines.push('    require: { sequences: [T1, T2, DWI] }', '    otherwise: supplement');
    else lines.push('    verdict: review');
    lines.push(`    because: Rule ${i} exists so that the benchmark has realistic text to read.`);
  }
  lines.push(
    'timelines:',
    '  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }',
    '  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan }',
    'costs:',
    '  PET-CT: 1100..1500',
  );
  return lines.join('\n') + '\n';
}

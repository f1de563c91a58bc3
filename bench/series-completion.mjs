// `npm run bench:series`: completion inside series, through the language server over stdio, on
// a 1,000-rule profile in the shape of published-standards (each rule's `require.series` and
// `preferred` as shipped, its `because` over two lines) and a case with a 12-series MR study
// against it. Latency (median, p95) of completion inside a series requirement of the profile and
// inside a series of the case; the target is a p95 under 20 ms. Rewrites its section of
// docs/performance.md.
//   node bench/series-completion.mjs [--rules N] [--requests N] [--no-doc]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDocSection } from './doc-section.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

const { values } = parseArgs({
  options: {
    rules: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '200' },
    'no-doc': { type: 'boolean', default: false },
  },
});
const RULES = Number(values.rules);
const REQUESTS = Number(values.requests);
const TARGET_P95 = 20;
const OUT = join(root, 'bench', 'out', 'series');

// ---- the profile and the case ----------------------------------------------------------------
/** The shipped published-standards rules, renumbered, repeated to `n` rules. */
function protocolText(n) {
  const shipped = readFileSync(join(root, 'protocols', 'published-standards.protocol.yaml'), 'utf8');
  const start = shipped.indexOf('\nrules:\n') + '\nrules:\n'.length;
  const items = shipped
    .slice(start)
    .split(/\n(?= {2}# -+\n| {2}- id: )/)
    .filter((t) => t.includes('- id: '));
  const out = ['protocol: bench-series', 'title: Generated series profile', 'validity:', '  active-oncology: { window: 4w..6w, beyond: redo }', 'rules:'];
  for (let i = 0; out.length < 1e7 && i < n; i++) {
    const item = items[i % items.length].replace(/- id: ([a-z0-9-]+)/, (_, id) => `- id: ${id}-${i + 1}`);
    out.push(item.trimEnd());
  }
  return `${out.join('\n')}\n`;
}

function caseText() {
  const series = [
    '{ description: t2_tse_tra, sequence: T2, plane: axial, acquisition: 2D, slice_thickness: 3mm, spacing: 3mm, pixel_spacing: 0.6mm }',
    '{ description: t2_tse_sag, sequence: T2, plane: sagittal, slice_thickness: 3mm }',
    '{ description: t2_tse_cor, sequence: T2, plane: coronal, slice_thickness: 3mm }',
    '{ description: ep2d_diff_b50_800_1400, sequence: DWI, plane: axial, slice_thickness: 3mm, b_values: [50, 800, 1400] }',
    '{ description: ep2d_diff_ADC, sequence: ADC, plane: axial }',
    '{ description: t1_vibe_pre, sequence: T1, plane: axial, acquisition: 3D, slice_thickness: 1mm }',
    '{ description: t1_vibe_dyn, sequence: DCE, plane: axial, temporal_resolution: 7s, contrast: true }',
    '{ description: t1_vibe_post, sequence: T1-contrast, plane: axial, acquisition: 3D, slice_thickness: 1mm, contrast_delay: 2min }',
    '{ description: t2_space_sag, sequence: FLAIR, plane: sagittal, acquisition: 3D, slice_thickness: 1mm }',
    '{ description: swi_tra, sequence: SWI, plane: axial, slice_thickness: 2mm }',
    '{ description: t1_se_tra, sequence: T1, plane: axial, slice_thickness: 5mm }',
    '{ description: localizer }',
  ];
  return [
    'case: bench-series',
    'protocol: bench-series',
    'on: 2026-04-10',
    'patient: { context: active-oncology, indications: [prostate-cancer], purpose: oncology }',
    'studies:',
    '  - id: prostate-mr',
    '    modality: MR',
    '    region: prostate',
    '    date: 2026-03-30',
    '    field_strength: 3T',
    '    series:',
    ...series.map((s) => `      - ${s}`),
    '',
  ].join('\n');
}

/** Positions (line, character) just after `, ` inside every series map of a text: where a new key is typed. */
function seriesPositions(text, marker) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    if (!marker.test(line)) return;
    const at = line.indexOf(', ');
    if (at > 0) out.push({ line: i, character: at + 2 });
  });
  return out;
}

// ---- a stdio client ----------------------------------------------------------------------------
async function startServer(folder) {
  const child = spawn(process.execPath, ['--expose-gc', join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const published = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => published.set(p.uri, p.diagnostics));
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(() => {});
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } }, workspace: { configuration: true } },
  });
  connection.sendNotification('initialized', {});
  return { child, connection, published };
}

async function until(check, what, timeout = 120_000) {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const quantile = (xs, q) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

async function timedCompletions(connection, uri, places) {
  const times = [];
  let empty = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const position = places[(i * 7) % places.length];
    const t = performance.now();
    const result = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
    times.push(performance.now() - t);
    if (!(Array.isArray(result) ? result : (result?.items ?? [])).length) empty++;
  }
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), empty };
}

// ---- run ---------------------------------------------------------------------------------------
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const protocol = protocolText(RULES);
const kase = caseText();
const protocolFile = join(OUT, 'bench-series.protocol.yaml');
const caseFile = join(OUT, 'bench-series.case.yaml');
writeFileSync(protocolFile, protocol);
writeFileSync(caseFile, kase);
const load = os.loadavg()[0];
const { child, connection, published } = await startServer(OUT);
const [protocolUri, caseUri] = [protocolFile, caseFile].map((f) => pathToFileURL(f).href);
connection.sendNotification('textDocument/didOpen', { textDocument: { uri: protocolUri, languageId: 'reimage-protocol', version: 1, text: protocol } });
connection.sendNotification('textDocument/didOpen', { textDocument: { uri: caseUri, languageId: 'reimage-case', version: 1, text: kase } });
await until(() => published.has(protocolUri) && published.has(caseUri), 'diagnostics of both files');
const errors = [...published.values()].flat().filter((d) => d.severity === 1).length;
const inProfile = seriesPositions(protocol, /^ {8}- \{ /);
const inCase = seriesPositions(kase, /^ {6}- \{ description: [a-z]/);
// Warm-up: the first request of a kind compiles its code paths.
await timedCompletions(connection, protocolUri, inProfile.slice(0, 5));
const profileTimes = await timedCompletions(connection, protocolUri, inProfile);
const caseTimes = await timedCompletions(connection, caseUri, inCase);
await connection.sendRequest('shutdown');
connection.sendNotification('exit');
setTimeout(() => child.kill(), 500);

const ms = (x) => `${x.toFixed(1)} ms`;
const machine = `${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const lines = (t) => t.split('\n').length.toLocaleString('en-US');
const rows = [
  [`inside a series requirement of the ${RULES.toLocaleString('en-US')}-rule profile (${inProfile.length.toLocaleString('en-US')} places)`, profileTimes],
  [`inside a series of the case (${inCase.length} places)`, caseTimes],
];
console.log(`${machine}, ${date}, load ${load.toFixed(2)}; profile ${lines(protocol)} lines, ${errors} errors`);
for (const [what, t] of rows) console.log(`  ${what}: median ${ms(t.median)}, p95 ${ms(t.p95)}, ${t.empty} empty of ${REQUESTS}`);

if (!values['no-doc']) {
  const section = [
    '<!-- bench:series -->',
    `## Completion inside series (\`npm run bench:series\`)`,
    '',
    `Measured on ${date}: ${machine}; load average ${load.toFixed(2)} at the start (above the core count, other work shared the machine).`,
    '',
    `The language server over stdio, with a ${RULES.toLocaleString('en-US')}-rule profile (${lines(protocol)} lines: the published-standards rules repeated, each with`,
    `its \`require.series\`) and a case whose MR study has 12 series, both open. ${REQUESTS} completion requests each, at the place a new`,
    'key is typed inside a series map; median and p95 from the request to its answer.',
    '',
    '| completion | median | p95 | target p95 < 20 ms |',
    '|---|---|---|---|',
    ...rows.map(([what, t]) => `| ${what} | ${ms(t.median)} | ${ms(t.p95)} | ${t.p95 < TARGET_P95 ? 'met' : '**not met**'} |`),
    '<!-- /bench:series -->',
  ].join('\n');
  writeDocSection(join(root, 'docs', 'performance.md'), 'series', section);
  console.log('wrote docs/performance.md');
}

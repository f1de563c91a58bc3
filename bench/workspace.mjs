// `npm run bench:workspace`: the language server on a workspace folder of many cases — how long
// until the folder is read (the first `reimage/listCases` answer waits for that) and how much
// memory the server holds once the work that follows has settled. Prints a table and rewrites its section of docs/performance.md.
//   node bench/workspace.mjs [--cases N] [--rounds N] [--no-doc]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { writeDocSection } from './doc-section.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rpc = createRequire(import.meta.url)('vscode-jsonrpc/node');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    'no-doc': { type: 'boolean', default: false },
  },
});
const CASES = Number(values.cases);
const ROUNDS = Number(values.rounds);
const FOLDER = join(root, 'bench', 'out', 'workspace');
const SETTLE_MS = 3000;

if (!existsSync(join(root, 'dist', 'server.js'))) {
  const b = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
console.log(`generating ${CASES} cases into bench/out/workspace …`);
generate({ out: FOLDER, cases: CASES });

/** One server on the folder: ms from `initialized` to the cases listed, and its memory once settled. */
async function round() {
  const child = spawn(process.execPath, [join(root, 'bin', 'reimage-language-server.js'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.onRequest(() => null);
  connection.onNotification(() => {});
  connection.listen();
  const uri = pathToFileURL(FOLDER).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: { workspace: { workspaceFolders: true, configuration: true } },
  });
  const started = performance.now();
  connection.sendNotification('initialized', {});
  const items = await connection.sendRequest('reimage/listCases', {});
  const ms = performance.now() - started;
  // What the server does after reading the folder (linking, publishing, lenses) settles first.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
  const result = { ms, cases: items.filter((i) => i.kind === 'case').length, rss: kb('VmRSS'), peak: kb('VmHWM') };
  await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
  connection.sendNotification('exit');
  await new Promise((r) => setTimeout(r, 200));
  child.kill();
  connection.dispose();
  return result;
}

const loadBefore = os.loadavg()[0];
const rounds = [];
for (let i = 0; i < ROUNDS; i++) {
  const r = await round();
  console.log(`round ${i + 1}: ${r.cases} cases listed after ${Math.round(r.ms)} ms; memory ${Math.round(r.rss)} MB, peak ${Math.round(r.peak)} MB`);
  rounds.push(r);
}
const loadAfter = os.loadavg()[0];
const best = Math.min(...rounds.map((r) => r.ms));
const highest = (key) => Math.max(...rounds.map((r) => r[key]));

const machine = `${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
const date = new Date().toISOString().slice(0, 10);
const rows = [
  [
    'workspace',
    `${CASES.toLocaleString('en-US')} case files (\`bench/generate.mjs\`) + the 2 shipped protocols; ${rounds[0].cases.toLocaleString('en-US')} cases listed`,
  ],
  [
    '`initialized` → `reimage/listCases` answered (the folder read)',
    `${Math.round(best).toLocaleString('en-US')} ms (best of ${ROUNDS}; ${rounds.map((r) => Math.round(r.ms).toLocaleString('en-US')).join(', ')})`,
  ],
  [`memory ${SETTLE_MS / 1000} s later (RSS)`, `${Math.round(highest('rss'))} MB`],
  ['peak memory (VmHWM)', `${Math.round(highest('peak'))} MB`],
  ['load average (1 min) before → after', `${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} on ${os.cpus().length} cores`],
];
const section = [
  '<!-- bench:workspace -->',
  `## Language server on a workspace of ${CASES.toLocaleString('en-US')} cases (\`npm run bench:workspace\`)`,
  '',
  `Measured on ${date}: ${machine}.`,
  '',
  'The server reads every protocol and case of its folders at start; requests about the whole workspace wait for that.',
  'A case file read from disk keeps its analysis (findings, model, the names navigation needs) but not its YAML tree; a',
  'file the user opens is analysed again with its tree. No target in the issues; the figures show what a large folder',
  'of cases costs.',
  '',
  '| measure | result |',
  '|---|---|',
  ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  '<!-- /bench:workspace -->',
].join('\n');
console.log(`\n${machine}, ${date}`);
for (const [k, v] of rows) console.log(`  ${k}: ${v}`);

if (!values['no-doc']) {
  const docPath = join(root, 'docs', 'performance.md');
  writeDocSection(docPath, 'workspace', section);
  console.log('\nwrote docs/performance.md');
}

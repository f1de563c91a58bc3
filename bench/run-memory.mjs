// `npm run bench:run-memory`: the peak memory of `reimage run` as the number of cases grows (the
// issue's target: under 200 MB at 10,000 cases, and flat as cases grow). For each size it
// generates a workspace (bench/generate.mjs), runs the CLI with the text report, --json and
// --junit, and reads the process's own peak resident set size (`maxRSS`) when it exits.
// Prints a table and rewrites its section of docs/performance.md.
//   node bench/run-memory.mjs [--sizes 1000,10000,50000] [--out DIR] [--no-doc]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    out: { type: 'string' },
    'no-doc': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const OUT = values.out ?? join(root, 'bench', 'out-memory');
const TARGET_MB = 200;
const work = mkdtempSync(join(os.tmpdir(), 'reimage-memory-'));
// Loaded before the CLI: writes the process's peak RSS (kB) to a file when it exits.
const probe = join(work, 'peak.cjs');
writeFileSync(probe, "process.on('exit', () => require('node:fs').writeFileSync(process.env.REIMAGE_PEAK_FILE, String(process.resourceUsage().maxRSS)));\n");

function peakOf(args) {
  const peakFile = join(work, 'peak.txt');
  const devNull = openSync('/dev/null', 'w');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', probe, join(root, 'bin', 'reimage.js'), ...args], {
    cwd: root,
    stdio: ['ignore', devNull, 'pipe'],
    env: { ...process.env, REIMAGE_PEAK_FILE: peakFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  closeSync(devNull);
  if (r.status !== 0 && r.status !== 1) throw new Error(`reimage ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return { mb: Number(readFileSync(peakFile, 'utf8')) / 1024, ms };
}

const rows = [];
try {
  for (const size of SIZES) {
    console.log(`generating ${size} cases …`);
    generate({ out: OUT, cases: size, seed: 20260410 });
    const base = ['run', OUT, '--protocols', OUT];
    const text = peakOf(base);
    const json = peakOf([...base, '--json']);
    const junit = peakOf([...base, '--json', '--junit', join(work, 'junit.xml')]);
    rows.push({ size, text, json, junit });
    console.log(
      `  ${size}: text ${text.mb.toFixed(0)} MB (${(text.ms / 1000).toFixed(1)} s), --json ${json.mb.toFixed(0)} MB (${(json.ms / 1000).toFixed(1)} s), --json --junit ${junit.mb.toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const mb = (x) => `${x.mb.toFixed(0)} MB (${(x.ms / 1000).toFixed(1)} s)`;
const at10k = rows.find((r) => r.size === 10_000);
const section = [
  '<!-- bench:run-memory -->',
  '## Run: peak memory as cases grow (`npm run bench:run-memory`)',
  '',
  `Measured on ${date}: ${machine}; load average ${os.loadavg()[0].toFixed(2)}. Peak resident set size of the CLI process`,
  '(`process.resourceUsage().maxRSS`), workspaces from `bench/generate.mjs` (seed 20260410). Cases are analysed, run and',
  'reported one at a time; the protocols stay in memory, each case goes once reported.',
  '',
  '| cases | text report | `--json` | `--json --junit` |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.size.toLocaleString('en-US')} | ${mb(r.text)} | ${mb(r.json)} | ${mb(r.junit)} |`),
  '',
  at10k ? `Target: under ${TARGET_MB} MB at 10,000 cases — ${Math.max(at10k.text.mb, at10k.json.mb, at10k.junit.mb) < TARGET_MB ? 'met' : '**not met**'}.` : '',
  '<!-- /bench:run-memory -->',
].join('\n');
console.log(`\n${section}`);
if (!values['no-doc']) {
  const docPath = join(root, 'docs', 'performance.md');
  const before = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  const own = /<!-- bench:run-memory -->[\s\S]*?<!-- \/bench:run-memory -->/;
  writeFileSync(docPath, own.test(before) ? before.replace(own, () => section) : `${before.trimEnd()}\n\n${section}\n`);
}

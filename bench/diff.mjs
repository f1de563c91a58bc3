// The `reimage diff` benchmark: two revisions of a 1,000-rule profile with 5,000 cases in a
// temporary git repository, timed (a) in process — core.diffProtocols, changes plus impact, on
// texts already in memory — and (b) end to end — `reimage diff A B --format json` reading both
// revisions out of git. Target (issue 4): under 3 s for diff plus impact. A second pair, where
// every validity window moves, makes every case run (the worst case for the impact).
// Prints a table and rewrites its own section of docs/performance.md.
//   node bench/diff.mjs [--rules N] [--cases N] [--runs N] [--cli-runs N] [--out DIR] [--seed S] [--doc FILE | --no-doc] [--build]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prng } from '../test/helpers/prng.mjs';
import { writeDocSection } from './doc-section.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const { values } = parseArgs({
  options: {
    rules: { type: 'string', default: '1000' },
    cases: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    'cli-runs': { type: 'string', default: '3' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20260410' },
    'no-doc': { type: 'boolean', default: false },
    doc: { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});
const RULES = Number(values.rules);
const CASES = Number(values.cases);
const RUNS = Number(values.runs);
const CLI_RUNS = Number(values['cli-runs']);
const OUT = values.out ?? join(root, 'bench', 'out', 'diff-repo');
const TARGET_MS = 3000;

const dist = ['dist/core.js', 'dist/cli.js'].map((f) => join(root, f));
if (values.build || dist.some((f) => !existsSync(f))) {
  console.log('building dist/ …');
  const b = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const core = require(join(root, 'dist', 'core.js'));

// ---- generated repository ------------------------------------------------------------------

const random = prng(Number(values.seed));
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const subset = (list, n) =>
  list
    .slice()
    .sort(() => random() - 0.5)
    .slice(0, n);

const MODALITIES = ['XR', 'CT', 'MR', 'US', 'PET-CT', 'PET-MR'];
const REGIONS = [
  'head',
  'brain',
  'neck',
  'chest',
  'abdomen',
  'liver',
  'pelvis',
  'prostate',
  'breast',
  'heart',
  'spine',
  'knee',
  'hip',
  'shoulder',
  'ankle',
  'wrist',
  'elbow',
  'foot',
  'hand',
  'thyroid',
  'kidney',
  'pancreas',
  'colon',
  'rectum',
  'bladder',
  'uterus',
  'ovary',
  'testis',
  'lung',
  'mediastinum',
  'sinus',
  'orbit',
  'ear',
  'jaw',
  'aorta',
  'carotid',
  'leg',
  'arm',
  'skull',
  'whole-body',
];
const CONTEXTS = {
  'active-oncology': ['4w..6w', 'redo'],
  'pre-cardiac-surgery': ['2w', 'redo'],
  'pre-neurosurgery': ['2w..4w', 'redo'],
  'stable-oncology-surveillance': ['3mo..6mo', 'supplement'],
  'stable-orthopedic': ['3mo..6mo', 'review'],
  'chronic-disease': ['3mo..6mo', 'review'],
};
const PURPOSES = ['oncology', 'neurology', 'cardiac', 'orthopedic', 'screening', 'general'];
const INDICATIONS = ['lung-cancer', 'lung-nodule', 'brain-tumor', 'stroke', 'liver-cancer', 'prostate-cancer', 'breast-cancer', 'cardiomyopathy', 'fracture'];
const SEQUENCES = ['T1', 'T2', 'FLAIR', 'DWI', 'ADC', 'T1-contrast', 'DCE', 'cine', 'LGE', 'SWI'];
const PHASES = ['non-contrast', 'arterial', 'portal-venous', 'delayed'];
const FORMATS = ['dicom', 'report-only', 'video'];
const THICKNESS = ['1mm', '1.5mm', '2mm', '2.5mm', '3mm', '5mm'];
const id = (i) => `rule-${String(i).padStart(4, '0')}`;

/** One rule's lines (after `  - id: …`), by its number: a stable mix of every kind of rule. */
function ruleBody(i, over = {}) {
  const modality = MODALITIES[i % MODALITIES.length];
  const region = REGIONS[(i * 7) % REGIONS.length];
  const when = [`modality: ${modality}`, `region: ${region}`];
  if (i % 4 === 1) when.push(`purpose: [${PURPOSES[i % PURPOSES.length]}, ${PURPOSES[(i + 2) % PURPOSES.length]}]`);
  const lines = [];
  if (i % 97 === 0) {
    return [
      `    when: { indication: ${INDICATIONS[i % INDICATIONS.length]}, symptom: new-headache }`,
      `    order: { modality: MR, region: brain, contrast: true, reason: Screen for metastases }`,
    ];
  }
  lines.push(`    when: { ${when.join(', ')} }`);
  if (modality === 'US' || i % 11 === 0) lines.push(`    verdict: ${i % 2 ? 'review' : 'redo'}`);
  else if (modality === 'CT' || modality === 'PET-CT')
    lines.push(`    require: { slice_thickness: <= ${over.thickness ?? THICKNESS[i % 4]} }`, `    otherwise: redo`);
  else if (modality === 'MR')
    lines.push(
      i % 2
        ? `    require: { field_strength: ">= 1.5T" }`
        : `    require: { sequences: [${[0, 3, 6].map((k) => SEQUENCES[(i + k) % SEQUENCES.length]).join(', ')}] }`,
      `    otherwise: ${i % 2 ? 'redo' : 'supplement'}`,
    );
  else if (modality === 'PET-MR') lines.push(`    require: { phases: [${PHASES.slice(1, 1 + (i % 3) + 1).join(', ')}] }`, `    otherwise: supplement`);
  else lines.push(`    require: { format: [dicom] }`, `    otherwise: review`);
  if (i % 5 === 0) lines.push(`    because: Rule ${i} keeps the standard of the receiving department.`);
  if (over.hard || i % 100 === 0) lines.push('    hard: true');
  return lines;
}

function profile({ windows = CONTEXTS, order, rename = {}, thickness = {}, hard = new Set() }) {
  const lines = [
    'protocol: big-hospital',
    'title: A large generated profile',
    'hospital: { sector: public, currency: USD, holidays: [2026-10-01..2026-10-07] }',
    'validity:',
  ];
  for (const [context, [window, beyond]] of Object.entries(windows)) lines.push(`  ${context}: { window: ${window}, beyond: ${beyond} }`);
  lines.push('rules:');
  for (const i of order) lines.push(`  - id: ${rename[i] ?? id(i)}`, ...ruleBody(i, { thickness: thickness[i], hard: hard.has(i) }));
  lines.push(
    'timelines:',
    '  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan, expedited: 0bd }',
    '  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan }',
    '  PET-CT: { scan: 2h..3h, report: 2bd..3bd, same_day: scan }',
    '  US: { lead: 1bd..3bd, scan: 15min..30min, report: on-the-spot, same_day: true }',
    'costs:',
    '  PET-CT: 1100..1500',
    '  reserve: 500..2000',
  );
  return lines.join('\n') + '\n';
}

function caseText(n) {
  const context = pick(Object.keys(CONTEXTS));
  const studies = [];
  for (let s = 0; s < int(1, 3); s++) {
    const modality = pick(MODALITIES);
    const lines = [
      `  - id: s${s + 1}`,
      `    modality: ${modality}`,
      `    region: ${pick(REGIONS)}`,
      `    date: ${new Date(Date.UTC(2026, 3, 10) - int(0, 200) * 86400000).toISOString().slice(0, 10)}`,
    ];
    if (modality.endsWith('CT')) lines.push(`    slice_thickness: ${pick(THICKNESS)}`);
    if (modality.endsWith('MR'))
      lines.push(`    field_strength: ${pick(['0.5T', '1T', '1.5T', '3T'])}`, `    sequences: [${subset(SEQUENCES, int(2, 6)).join(', ')}]`);
    if (random() < 0.3) lines.push(`    phases: [${subset(PHASES, int(1, 4)).join(', ')}]`);
    lines.push(`    format: ${pick(FORMATS)}`);
    studies.push(lines.join('\n'));
  }
  return (
    `case: case-${n}\nprotocol: big-hospital\non: 2026-04-10\npatient:\n  context: ${context}\n  purpose: ${pick(PURPOSES)}\n` +
    `  indications: [${subset(INDICATIONS, int(0, 2)).join(', ')}]\n  symptoms: [${random() < 0.1 ? 'new-headache' : ''}]\nstudies:\n${studies.join('\n')}\n`
  );
}

function git(...args) {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: OUT,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`git ${args[0]}: ${r.stderr}`);
  return r.stdout;
}

const shown = (p) => (relative(root, p).startsWith('..') ? p : relative(root, p));
console.log(`generating a ${RULES}-rule profile and ${CASES} cases in a git repository at ${shown(OUT)} …`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'protocols', 'cases'), { recursive: true });
const order = Array.from({ length: RULES }, (_, i) => i);
const profileA = profile({ order });
const caseTexts = Array.from({ length: CASES }, (_, n) => ({ path: `protocols/cases/case-${String(n).padStart(5, '0')}.case.yaml`, text: caseText(n) }));
// Each case expects what revision A gives its first study, as a repository's passing cases do.
{
  const project = core.analyzeProject([{ path: 'protocols/big-hospital.protocol.yaml', text: profileA }, ...caseTexts]);
  const run = core.runCases(project);
  const byFile = new Map(run.cases.map((c) => [c.file, c]));
  for (const c of caseTexts) {
    const result = byFile.get(c.path);
    if (result) c.text += `expect:\n  s1: ${result.studies[0].verdict}\n`;
  }
}
// Revision B: what the issue lists — a window moved, a rule renamed, rules reordered, fields
// changed, `hard` added. Revision C: B with every window moved, so every case must run.
const reordered = [...order.slice(0, 100), ...order.slice(100, 200).reverse(), ...order.slice(200)];
const ct = order.filter((i) => MODALITIES[i % 6] === 'CT' && i % 11 && i % 97).slice(0, 10);
const changesB = {
  windows: { ...CONTEXTS, 'active-oncology': ['3w..6w', 'redo'] },
  order: reordered,
  rename: { [Math.floor(RULES / 2)]: `${id(Math.floor(RULES / 2))}-renamed` },
  thickness: Object.fromEntries(ct.map((i) => [i, '2mm'])),
  hard: new Set(order.filter((i) => i % 100 === 50).slice(0, 5)),
};
const profileB = profile(changesB);
const profileC = profile({
  ...changesB,
  windows: Object.fromEntries(Object.entries(CONTEXTS).map(([k, [w, b]]) => [k, [w.replace(/^(\d+)/, (n) => String(Math.max(1, Number(n) - 1))), b]])),
});

git('init', '-q');
const write = (path, text) => writeFileSync(join(OUT, path), text);
for (const c of caseTexts) write(c.path, c.text);
write('protocols/big-hospital.protocol.yaml', profileA);
git('add', '-A');
git('commit', '-q', '-m', 'A');
git('tag', 'A');
for (const [tag, text] of [
  ['B', profileB],
  ['C', profileC],
]) {
  git('checkout', '-q', 'A');
  write('protocols/big-hospital.protocol.yaml', text);
  git('commit', '-q', '-am', tag);
  git('tag', tag);
}
git('checkout', '-q', 'A');
// Packed, as in any clone (CI checks out a clone): reading 5,000 loose objects measures the disk.
git('gc', '-q');

const filesOf = (profileText) => [{ path: 'protocols/big-hospital.protocol.yaml', text: profileText }, ...caseTexts];
const bytes = filesOf(profileA).reduce((n, f) => n + Buffer.byteLength(f.text), 0);

// ---- measurements ----------------------------------------------------------------------------
const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const gc = globalThis.gc ?? (() => {});
const loadBefore = os.loadavg()[0];
console.log(`measuring (${RUNS} in-process runs after a warm-up, ${CLI_RUNS} CLI runs after one; load average ${loadBefore.toFixed(2)}) …`);

function inProcess(profileText) {
  // Fresh objects each run: nothing is cached between runs.
  const a = filesOf(profileA).map((f) => ({ ...f }));
  const b = filesOf(profileText).map((f) => ({ ...f }));
  gc();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  // The same work as core.diffProtocols(a, b), in its three steps, each timed.
  const [pa, pb] = core.linkVersions(a, b);
  const t1 = performance.now();
  const changes = core.diffProtocols(pa, pb, { impact: false });
  const t2 = performance.now();
  const diff = core.diffProtocols(pa, pb);
  const t3 = performance.now();
  const used = process.cpuUsage(cpu);
  if (diff.changes.length !== changes.changes.length) throw new Error('the two diffs differ');
  return { ms: t1 - t0 + (t3 - t2), cpuMs: (used.user + used.system) / 1000, link: t1 - t0, changes: t2 - t1, impact: t3 - t2 - (t2 - t1), diff };
}

function cli(rev) {
  const devNull = openSync('/dev/null', 'w');
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'reimage.js'), 'diff', 'A', rev, '--format', 'json'], {
    cwd: OUT,
    stdio: ['ignore', devNull, 'pipe'],
  });
  const ms = performance.now() - t;
  closeSync(devNull);
  if (r.status !== 0) {
    console.error(`reimage diff exited ${r.status}:\n${r.stderr?.toString().slice(0, 2000)}`);
    process.exit(2);
  }
  return ms;
}

const scenarios = [];
for (const [rev, text, label] of [
  ['B', profileB, 'typical: 1 window, 1 rename, 100 rules reordered, 10 fields, 5 `hard`'],
  ['C', profileC, 'worst: as B, and every window moved'],
]) {
  let result = inProcess(text);
  const inside = [];
  const insideCpu = [];
  const steps = { link: [], changes: [], impact: [] };
  for (let i = 0; i < RUNS; i++) {
    result = inProcess(text);
    inside.push(result.ms);
    insideCpu.push(result.cpuMs);
    for (const k of Object.keys(steps)) steps[k].push(result[k]);
  }
  const end = [];
  for (let i = 0; i <= CLI_RUNS; i++) {
    const ms = cli(rev);
    if (i > 0) end.push(ms);
  }
  const show = (times) => times.map((t) => t.toFixed(0)).join(', ');
  console.log(`  A → ${rev} (${label})\n    in process: ${show(inside)} ms (CPU ${show(insideCpu)} ms)\n    CLI: ${show(end)} ms`);
  scenarios.push({ rev, label, core: inside, coreCpu: insideCpu, steps, end, diff: result.diff });
}
const loadAfter = os.loadavg()[0];

// ---- report ----------------------------------------------------------------------------------
const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
const date = new Date().toISOString().slice(0, 10);
const fmt = (ms) => `${Math.round(ms).toLocaleString('en-US')} ms`;
const spread = (times) => `${Math.round(Math.min(...times)).toLocaleString('en-US')}–${Math.round(Math.max(...times)).toLocaleString('en-US')}`;
const yes = (ok) => (ok ? 'met' : '**not met**');
const n = (x) => x.toLocaleString('en-US');

const rows = [['repository', `1 profile of ${n(RULES)} rules + ${n(CASES)} case files, ${(bytes / 1024 ** 2).toFixed(1)} MB; 3 commits (A, B, C)`]];
for (const s of scenarios) {
  const { changes, impact } = s.diff;
  rows.push([
    `A → ${s.rev}: ${s.label}`,
    `${n(changes.length)} changes; ${n(impact.cases.run)} of ${n(impact.cases.compared)} cases run; ${n(impact.studies.length)} verdicts change, ${n(impact.newlyFailing.length)} cases newly fail`,
  ]);
  rows.push([`A → ${s.rev} (a) in process, \`diffProtocols\``, `${fmt(median(s.core))} (runs ${spread(s.core)}); CPU time ${fmt(median(s.coreCpu))}`]);
  rows.push([
    `A → ${s.rev} (a) by step`,
    `analysing and linking both versions ${fmt(median(s.steps.link))}; the changes ${fmt(median(s.steps.changes))}; the impact ${fmt(median(s.steps.impact))}`,
  ]);
  rows.push([`A → ${s.rev} (b) CLI \`diff A ${s.rev} --format json\`, end to end`, `${fmt(median(s.end))} (runs ${spread(s.end)})`]);
}
rows.push(['load average (1 min) before → after', `${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} on ${os.cpus().length} cores`]);
const targets = scenarios.flatMap((s) => [
  [`diff + impact under 3 s, A → ${s.rev} — in process`, fmt(median(s.core)), yes(median(s.core) < TARGET_MS)],
  [`diff + impact under 3 s, A → ${s.rev} — CLI end to end`, fmt(median(s.end)), yes(median(s.end) < TARGET_MS)],
]);

const width = Math.max(...rows.map(([k]) => k.length), ...targets.map(([k]) => k.length));
console.log(`\n${machine}, ${date}`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log('targets:');
for (const [k, v, ok] of targets) console.log(`  ${k.padEnd(width)}  ${v.padEnd(10)}  ${ok.replace(/\*/g, '')}`);

const section = [
  '<!-- bench:diff -->',
  `## Diff: ${n(RULES)}-rule profile, ${n(CASES)} cases (\`node bench/diff.mjs\`)`,
  '',
  `Measured on ${date}: ${machine}.`,
  '',
  `\`bench/diff.mjs\` (seed ${values.seed}) writes a git repository (packed, as a clone is) with one generated profile of ${n(RULES)} rules and ${n(CASES)}`,
  'cases of 1–3 studies (each expecting what revision A gives its first study) and commits two more revisions of the',
  'profile: B makes the changes of the issue (a window moved, a rule renamed, 100 rules reordered, 10 slice thicknesses',
  'tightened, 5 `hard` flags added); C is B with every validity window moved, so that every case must be run. (a) is',
  `\`core.diffProtocols\` on texts already in memory (median of ${RUNS} runs after a warm-up); (b) is the command end to end,`,
  `reading both revisions out of git (median of ${CLI_RUNS} runs after one). The impact runs only the cases a difference can`,
  "reach (their own text, their context's window, a changed rule that applies to one of their studies); C shows the cost",
  'when that is all of them. A load average above the core count means other work shared the machine.',
  '',
  '| measure | result |',
  '|---|---|',
  ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  '',
  '| target (from the issue) | measured | |',
  '|---|---|---|',
  ...targets.map(([k, v, ok]) => `| ${k} | ${v} | ${ok} |`),
  '<!-- /bench:diff -->',
].join('\n');

if (!values['no-doc']) {
  const docPath = values.doc ?? join(root, 'docs', 'performance.md');
  writeDocSection(docPath, 'diff', section);
  console.log(`\nwrote ${shown(docPath)}`);
}

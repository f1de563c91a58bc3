// The five published standards of protocols/published-standards.protocol.yaml, run as a user runs
// them: each case's verdict, worked out by hand from the standard (see each case's comment), not
// from the engine; the text report lists every finding and the advisory reasons; series
// technique errors are reported at file:line:col with exit 2. Run `node esbuild.mjs` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'reimage.js');

function reimage(args, cwd = root) {
  const env = { ...process.env, NO_COLOR: '1' };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// case → [study verdict, why] — from the standards' figures, as each case file explains.
const EXPECTED = {
  'pirads-compliant-3t': ['accept', 'every PI-RADS v2.1 series figure met, 3T'],
  'pirads-dwi-b800-1-5t': ['supplement', 'DWI b 800 < 1400: DWI can be added at home'],
  'pirads-t2-4mm-no-adc': ['redo', 'axial T2 4mm > 3mm; ADC missing too'],
  'lirads-ct-compliant': ['accept', 'late arterial, portal venous, delayed at 2.5mm'],
  'lirads-ct-early-arterial': ['redo', 'early arterial is not late arterial'],
  'lirads-mr-arterial-unspecified': ['review', 'arterial: early or late unknown'],
  'acr-breast-compliant': ['accept', 'post-contrast 1mm, 0.8mm in-plane, 90s after injection'],
  'acr-breast-first-post-contrast-late': ['redo', 'first post-contrast at 6min > 4min'],
  'acr-breast-thick-post-contrast': ['redo', 'post-contrast T1 4mm > 3mm'],
  'fleischner-1mm-contiguous': ['accept', '1mm every 1mm'],
  'fleischner-1mm-every-10mm': ['redo', '1mm every 10mm is not contiguous'],
  'fleischner-1-25mm-overlapping': ['accept', '1.25mm every 0.625mm; 1mm only preferred'],
  'btip-compliant-3t': ['accept', '3D T1 pre and post 1mm, FLAIR, DWI b1000, T2 4mm'],
  'btip-2d-5mm-post-contrast': ['redo', 'post-contrast T1 2D 5mm'],
  'btip-compliant-1-5t': ['accept', 'compliant at 1.5T; 3T only preferred'],
};

test('every standard has at least three cases, and each gets the verdict the standard gives', () => {
  const r = reimage(['run', 'protocols/cases/standards', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const { cases } = JSON.parse(r.stdout);
  const got = Object.fromEntries(cases.map((c) => [c.case, c.studies[0].verdict]));
  assert.deepEqual(got, Object.fromEntries(Object.entries(EXPECTED).map(([k, [v]]) => [k, v])));
  for (const standard of ['pirads', 'lirads', 'acr-breast', 'fleischner', 'btip']) {
    assert.ok(cases.filter((c) => c.case.startsWith(standard)).length >= 3, standard);
  }
});

test('the JSON names the failing series and keeps advisory reasons apart', () => {
  const r = reimage([
    'run',
    'protocols/cases/standards/btip-2d-5mm-post-contrast.case.yaml',
    'protocols/cases/standards/btip-compliant-1-5t.case.yaml',
    '--json',
  ]);
  const [redo, accepted] = JSON.parse(r.stdout).cases;
  const failing = redo.studies[0].reasons.find((x) => x.rule === 'btip-post-contrast-t1');
  assert.deepEqual(failing.series, { met: [], failed: [5] });
  assert.equal(redo.studies[0].series[4].label, 'series 5 (ax T1 SE post): T1-contrast axial 2D post-contrast, 5mm');
  const advisory = accepted.studies[0].reasons.filter((x) => x.advisory);
  assert.deepEqual(
    advisory.map((x) => [x.rule, x.verdict]),
    [['btip-3t-preferred', 'accept']],
  );
  assert.match(advisory[0].message, /field strength 1.5T does not meet >= 3T/);
});

test('the text report lists every finding against a study, the deciding one first, and the advisory ones', () => {
  const t2 = reimage(['run', 'protocols/cases/standards/pirads-t2-4mm-no-adc.case.yaml']);
  const findings = t2.stdout.split('\n').filter((l) => l.includes('↳'));
  assert.deepEqual(
    findings.map((l) => /↳ (\w+) · ([\w-]+):/.exec(l)?.slice(1)),
    [
      ['redo', 'pirads-t2'],
      ['supplement', 'pirads-dwi'],
    ],
  );
  assert.match(findings[1], /no ADC series/);
  const b800 = reimage(['run', 'protocols/cases/standards/pirads-dwi-b800-1-5t.case.yaml']);
  assert.match(b800.stdout, /ⓘ pirads-3t-preferred: preferred, not required: field strength 1.5T does not meet >= 3T/);
  const markdown = reimage(['run', 'protocols/cases/standards/pirads-t2-4mm-no-adc.case.yaml', '--markdown']).stdout;
  assert.match(markdown, /- ✗ series 1 \(sT2W_TSE_ax\): T2 axial 2D, 4mm, every 4mm, in-plane 0.6mm — fails `pirads-t2`/);
  assert.match(markdown, /supplement: no ADC series/);
});

test('bad series input is a finding at file:line:col, exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reimage-series-'));
  try {
    cpSync(join(root, 'protocols', 'tier3a-public.protocol.yaml'), join(dir, 'tier3a-public.protocol.yaml'));
    writeFileSync(
      join(dir, 'bad.case.yaml'),
      [
        'case: bad',
        'protocol: tier3a-public',
        'on: 2026-04-10',
        'patient: { context: active-oncology }',
        'studies:',
        '  - id: mr',
        '    modality: MR',
        '    date: 2026-04-01',
        '    series:',
        '      - { sequence: DWI, b_values: [50, 1400 mm] }',
        '      - { sequence: T2, spacing: -1mm, plane: axil }',
        '',
      ].join('\n'),
    );
    const r = reimage(['validate', '.'], dir);
    assert.equal(r.status, 2);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('bad.case.yaml'));
    assert.deepEqual(
      lines.map((l) => l.split(' ').slice(0, 3).join(' ')),
      [
        'bad.case.yaml:10:46: error [unit-mismatch]', // at 'mm'
        'bad.case.yaml:11:34: error [invalid-value]',
        'bad.case.yaml:11:47: error [unknown-value]',
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Generates a benchmark workspace: the shipped protocols plus N case files of 1–6 studies
// each, with realistic variety (patients, modalities, regions, dates, slice thicknesses,
// sequences, phases, formats, facilities). Seeded, so the same seed gives the same files.
// With `series`, MR studies list 3–12 series and CT studies 1–4 (vendor descriptions, planes,
// thickness and spacing, b-values, DCE timing), as an importer writes them, and a share of the
// cases runs against the published-standards profile.
//   node bench/generate.mjs [--out DIR] [--cases N] [--seed S] [--series]
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prng } from '../test/helpers/prng.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function tools(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  /** Picks by weight from [[value, weight], …]. */
  const weighted = (pairs) => {
    let r = random() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  const subset = (list, min, max) => {
    const shuffled = list.slice().sort(() => random() - 0.5);
    return shuffled.slice(0, int(min, Math.min(max, list.length)));
  };
  return { int, pick, chance, weighted, subset };
}

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

// Patients: a clinical context, the indications and purpose that go with it.
const PATIENTS = [
  [
    {
      context: 'active-oncology',
      purpose: 'oncology',
      indications: ['lung-cancer', 'liver-cancer', 'breast-cancer', 'prostate-cancer', 'brain-tumor', 'lung-nodule'],
    },
    35,
  ],
  [{ context: 'stable-oncology-surveillance', purpose: 'oncology', indications: ['lung-cancer', 'breast-cancer', 'prostate-cancer', 'lung-nodule'] }, 15],
  [{ context: 'pre-cardiac-surgery', purpose: 'cardiac', indications: ['cardiomyopathy'] }, 10],
  [{ context: 'pre-neurosurgery', purpose: 'neurology', indications: ['brain-tumor', 'stroke'] }, 12],
  [{ context: 'stable-orthopedic', purpose: 'orthopedic', indications: ['fracture'] }, 13],
  [{ context: 'chronic-disease', purpose: 'general', indications: ['infection', 'cardiomyopathy', 'lung-nodule'] }, 10],
  [{ context: 'chronic-disease', purpose: 'screening', indications: ['lung-nodule'] }, 5],
];

const MODALITIES = [
  ['CT', 34],
  ['MR', 30],
  ['XR', 14],
  ['US', 10],
  ['PET-CT', 8],
  ['PET-MR', 4],
];
const REGIONS = {
  CT: ['chest', 'abdomen', 'liver', 'pelvis', 'head', 'neck', 'spine', 'chest'],
  MR: ['brain', 'head', 'liver', 'prostate', 'breast', 'heart', 'spine', 'knee', 'pelvis'],
  XR: ['chest', 'knee', 'spine', 'pelvis', 'chest'],
  US: ['abdomen', 'liver', 'neck', 'breast', 'heart', 'pelvis'],
  'PET-CT': ['whole-body', 'whole-body', 'chest'],
  'PET-MR': ['whole-body', 'brain'],
};
// Where imaging for an indication is usually done; most studies follow the indication.
const INDICATION_REGIONS = {
  'lung-cancer': ['chest', 'whole-body', 'brain'],
  'lung-nodule': ['chest'],
  'brain-tumor': ['brain', 'head'],
  stroke: ['brain', 'head', 'neck'],
  'liver-cancer': ['liver', 'abdomen', 'whole-body'],
  'prostate-cancer': ['prostate', 'pelvis', 'whole-body'],
  'breast-cancer': ['breast', 'chest', 'whole-body'],
  cardiomyopathy: ['heart', 'chest'],
  fracture: ['spine', 'knee', 'pelvis'],
  infection: ['chest', 'abdomen'],
};
const SLICES = ['0.625mm', '1mm', '1mm', '1.25mm', '2mm', '2.5mm', '3mm', '5mm', '5mm', '7.5mm', '10mm'];
const FIELDS = ['0.35T', '0.5T', '1T', '1.5T', '1.5T', '3T', '3T'];
const SEQUENCES_OTHER = ['T1', 'T2', 'DWI', 'T1-contrast'];
const SEQUENCES_BY_REGION = {
  brain: ['T1', 'T2', 'FLAIR', 'DWI', 'T1-contrast', 'SWI', 'ADC'],
  head: ['T1', 'T2', 'FLAIR', 'DWI', 'T1-contrast'],
  heart: ['cine', 'LGE', 'T1', 'T2'],
  prostate: ['T2', 'DWI', 'DCE', 'ADC', 'T1'],
  breast: ['T1', 'T2', 'DWI', 'DCE'],
  liver: ['T1', 'T2', 'DWI', 'T1-contrast', 'DCE'],
};
const PHASES = ['non-contrast', 'arterial', 'portal-venous', 'delayed'];
// Series as scanners name them: [description, sequence, plane, acquisition, thickness, extra].
const MR_SERIES = [
  ['t2_tse_tra', 'T2', 'axial', '2D', ['3mm', '4mm', '5mm']],
  ['t2_tse_sag', 'T2', 'sagittal', '2D', ['3mm', '4mm']],
  ['Cor T2 FSE', 'T2', 'coronal', '2D', ['3mm', '4mm']],
  ['Ax T2 FLAIR', 'FLAIR', 'axial', '2D', ['4mm', '5mm']],
  ['sag 3D FLAIR', 'FLAIR', 'sagittal', '3D', ['1mm']],
  ['sT1W_3D_TFE', 'T1', 'sagittal', '3D', ['1mm', '1.2mm']],
  ['Ax T1 SE', 'T1', 'axial', '2D', ['5mm']],
  ['ep2d_diff_tra', 'DWI', 'axial', '2D', ['3mm', '4mm', '5mm'], 'b'],
  ['Ax DWI', 'DWI', 'axial', '2D', ['4mm'], 'b'],
  ['ep2d_diff_ADC', 'ADC', 'axial', '2D', ['3mm', '4mm']],
  ['t1_vibe_dyn_tra', 'DCE', 'axial', '3D', ['3mm'], 'dce'],
  ['Ax VIBRANT post', 'T1-contrast', 'axial', '3D', ['1mm', '2mm'], 'post'],
  ['sag 3D T1 MPRAGE post', 'T1-contrast', 'sagittal', '3D', ['1mm'], 'post'],
  ['Ax T1 SE post', 'T1-contrast', 'axial', '2D', ['5mm'], 'post'],
  ['swi_tra', 'SWI', 'axial', '3D', ['2mm']],
  ['cine_4ch', 'cine', 'oblique', '2D', ['8mm']],
  ['LGE PSIR', 'LGE', 'oblique', '2D', ['8mm'], 'post'],
];
const CT_SERIES = [
  ['Thorax 5.0 B31f', null, '5mm', '5mm'],
  ['Thorax 1.0 B70f', null, '1mm', '1mm'],
  ['HRCT 1mm / 10mm', null, '1mm', '10mm'],
  ['Arterial 2.5', 'late-arterial', '2.5mm', '2.5mm'],
  ['Early arterial 2.5', 'early-arterial', '2.5mm', '2.5mm'],
  ['Portal 2.5', 'portal-venous', '2.5mm', '2.5mm'],
  ['Delayed 5.0', 'delayed', '5mm', '5mm'],
  ['Plain 5.0', 'non-contrast', '5mm', '5mm'],
];

/** The series of one study, one flow map each, as the formatter writes them. */
function seriesLines(modality, { int, pick, subset, chance }) {
  if (modality === 'MR') {
    return subset(MR_SERIES, 3, 12).map(([description, sequence, plane, acquisition, thickness, extra]) => {
      const f = [
        `description: ${description}`,
        `sequence: ${sequence}`,
        `plane: ${plane}`,
        `acquisition: ${acquisition}`,
        `slice_thickness: ${pick(thickness)}`,
      ];
      if (chance(0.6)) f.push(`pixel_spacing: ${pick(['0.5mm', '0.6mm', '0.7mm', '0.9mm', '1.2mm'])}`);
      if (extra === 'b') f.push(`b_values: [${pick(['50, 800', '50, 800, 1400', '0, 1000', '0, 500, 1000', '50, 1500'])}]`);
      if (extra === 'dce') f.push(`temporal_resolution: ${pick(['7s', '9s', '15s', '20s'])}`, 'contrast: true');
      if (extra === 'post') f.push('contrast: true', `contrast_delay: ${pick(['90s', '2min', '4min', '6min'])}`);
      return `{ ${f.join(', ')} }`;
    });
  }
  return subset(CT_SERIES, 1, int(1, 4)).map(
    ([description, phase, thickness, spacing]) =>
      `{ ${[`description: ${description}`, ...(phase ? [`phase: ${phase}`] : []), 'plane: axial', `slice_thickness: ${thickness}`, `spacing: ${spacing}`].join(', ')} }`,
  );
}

const FACILITIES = [
  'Klinikum Nord',
  'St. Mary Hospital',
  'Almaty City Clinic',
  'Moscow Regional Center',
  'Hôpital Saint-Louis',
  'Bangkok Imaging',
  'Seoul Diagnostic Center',
];
const VERDICTS = ['accept', 'review', 'supplement', 'redo'];

/** One case file's text. `n` numbers the case; `random` is the shared PRNG. */
export function caseText(n, random, { series = false } = {}) {
  const t = tools(random);
  const { int, pick, chance, weighted, subset } = t;
  const id = `bench-${String(n).padStart(5, '0')}`;
  const protocol = series && chance(0.4) ? 'published-standards' : chance(0.75) ? 'tier3a-public' : 'private-international';
  // Evaluation dates through 2026, so some fall on weekends and in the October holidays.
  const on = Date.UTC(2026, 0, 1) + int(0, 364) * DAY;
  const p = weighted(PATIENTS);
  const indications = subset(p.indications, 1, 2);
  const changed = chance(0.1);
  const symptoms = chance(0.12) ? [pick(['new-headache', 'sudden-worsening', 'new-pain-location'])] : [];
  const flow = chance(0.5);
  const facilities = chance(0.7) ? [pick(FACILITIES)] : subset(FACILITIES, 2, 3);

  const lines = [
    '# yaml-language-server: $schema=../schemas/case.schema.json',
    `# Generated benchmark case ${n}: ${p.context}, ${indications.join(' + ')}.`,
    `case: ${id}`,
    `protocol: ${protocol}`,
    `on: ${iso(on)}`,
    'patient:',
    `  context: ${p.context}`,
    `  indications: [${indications.join(', ')}]`,
    `  purpose: ${p.purpose}`,
    `  condition_changed: ${changed}`,
    `  symptoms: [${symptoms.join(', ')}]`,
  ];
  if (chance(0.05)) lines.push('  urgent: true');
  lines.push('studies:');

  const count = int(1, 6);
  const ids = [];
  for (let s = 0; s < count; s++) {
    const modality = weighted(MODALITIES);
    const usual = REGIONS[modality].filter((r) => indications.some((i) => INDICATION_REGIONS[i].includes(r)));
    const region = usual.length && chance(0.75) ? pick(usual) : pick(REGIONS[modality]);
    const studyId = `${region}-${modality.toLowerCase()}-${s + 1}`;
    ids.push(studyId);
    // Ages from a few days to over a year, most within a few months.
    const age = chance(0.6) ? int(0, 60) : chance(0.7) ? int(61, 200) : int(201, 420);
    const fields = [
      ['id', studyId],
      ['modality', modality],
      ['region', region],
      ['date', iso(on - age * DAY)],
    ];
    if ((modality === 'CT' || modality === 'PET-CT') && chance(0.85)) fields.push(['slice_thickness', pick(SLICES)]);
    if ((modality === 'MR' || modality === 'PET-MR') && chance(0.8)) fields.push(['field_strength', pick(FIELDS)]);
    if (modality === 'MR' && chance(0.85)) {
      const typical = SEQUENCES_BY_REGION[region] ?? SEQUENCES_OTHER;
      fields.push(['sequences', `[${subset(typical, 1, typical.length).join(', ')}]`]);
    }
    if ((modality === 'CT' || modality === 'MR') && chance(region === 'liver' ? 0.9 : 0.3)) {
      fields.push(['phases', `[${subset(PHASES, 1, 4).join(', ')}]`]);
    }
    if (chance(0.06)) fields.push(['infection_relevant', 'true']);
    fields.push([
      'format',
      weighted([
        ['dicom', 80],
        ['report-only', 12],
        ['video', modality === 'US' ? 20 : 1],
      ]),
    ]);
    fields.push(['facility', pick(facilities)]);
    const list = series && (modality === 'MR' || modality === 'CT') ? seriesLines(modality, t) : [];
    if (flow && !list.length) lines.push(`  - { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
    else fields.forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${v}`));
    if (list.length) lines.push('    series:', ...list.map((l) => `      - ${l}`));
  }
  // Some cases carry an expect (a reviewer's guess: it may or may not match the run).
  if (chance(0.3)) {
    lines.push('expect:');
    for (const sid of subset(ids, 1, ids.length)) lines.push(`  ${sid}: ${pick(VERDICTS)}`);
  }
  return lines.join('\n') + '\n';
}

/** Writes the workspace into `out` (emptied first); returns the paths written. */
export function generate({ out, cases = 10_000, seed = 20260410, series = false }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'cases'), { recursive: true });
  const protocols = readdirSync(join(root, 'protocols')).filter((f) => f.endsWith('.protocol.yaml'));
  for (const f of protocols) copyFileSync(join(root, 'protocols', f), join(out, f));
  const random = prng(seed);
  const files = [];
  for (let n = 1; n <= cases; n++) {
    const path = join(out, 'cases', `bench-${String(n).padStart(5, '0')}.case.yaml`);
    writeFileSync(path, caseText(n, random, { series }));
    files.push(path);
  }
  return { protocols: protocols.map((f) => join(out, f)), cases: files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, cases: { type: 'string' }, seed: { type: 'string' }, series: { type: 'boolean', default: false } },
  });
  const out = values.out ?? join(root, 'bench', 'out');
  const written = generate({ out, cases: Number(values.cases ?? 10_000), seed: Number(values.seed ?? 20260410), series: values.series });
  console.log(`wrote ${written.cases.length} cases and ${written.protocols.length} protocols to ${out}`);
}

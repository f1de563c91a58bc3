// Random protocols and cases for behavioural properties: fast-check arbitraries of small
// specs (windows, requirement/verdict/order rules, timelines, prices; studies with stated or
// unstated values), and the YAML text a user would write for them.
import fc from 'fast-check';

export const MODALITIES = ['CT', 'MR', 'US', 'XR'];
export const REGIONS = ['chest', 'brain', 'abdomen'];
export const SEQUENCES = ['T1', 'T2', 'FLAIR', 'DWI', 'ADC', 'T1-contrast', 'SWI'];
export const PHASES = ['non-contrast', 'arterial', 'portal-venous', 'delayed'];
export const CONTEXTS = ['active-oncology', 'stable-orthopedic'];
const SEVERE = ['review', 'supplement', 'redo'];
const ANY = ['accept', ...SEVERE];
export const ON = '2026-04-10';

const ruleArb = fc.record({
  kind: fc.constantFrom('slice_thickness', 'field_strength', 'sequences', 'phases', 'verdict', 'order'),
  modality: fc.constantFrom(...MODALITIES),
  region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
  thickness: fc.constantFrom(1, 2.5, 5),
  field: fc.constantFrom(1, 1.5, 3),
  sequences: fc.subarray(SEQUENCES, { minLength: 1, maxLength: 3 }),
  phases: fc.subarray(PHASES, { minLength: 1, maxLength: 2 }),
  otherwise: fc.constantFrom(...SEVERE),
  if_unknown: fc.constantFrom(...SEVERE),
  verdict: fc.constantFrom(...SEVERE),
  symptom: fc.constantFrom('new-headache', 'chest-pain'),
  expedite: fc.boolean(),
  hard: fc.boolean(),
});

const timelineArb = fc.record({
  lead: fc.constantFrom(0, 1, 3),
  report: fc.constantFrom('1h..2h', '1bd..2bd', '1bd..1.5bd', '2bd..3bd'),
  same_day: fc.constantFrom('true', 'scan', 'false'),
  expedited: fc.option(fc.constantFrom('0bd', '2h..4h'), { nil: undefined }),
});

export const profileArb = fc.record({
  windows: fc.tuple(
    ...CONTEXTS.map(() => fc.record({ accept: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 0, max: 8 }), beyond: fc.constantFrom(...SEVERE) })),
  ),
  rules: fc.array(ruleArb, { minLength: 1, maxLength: 6 }),
  timelines: fc.dictionary(fc.constantFrom(...MODALITIES), timelineArb, { maxKeys: 4 }),
  costs: fc.dictionary(fc.constantFrom(...MODALITIES), fc.tuple(fc.integer({ min: 50, max: 500 }), fc.integer({ min: 0, max: 500 })), { maxKeys: 4 }),
});

/** A study: a date within ~a year before `on`, each value stated or not. */
export const studyArb = fc.record({
  modality: fc.constantFrom(...MODALITIES),
  region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
  age: fc.integer({ min: 0, max: 400 }),
  thickness: fc.option(fc.constantFrom(0.5, 1, 2, 2.5, 3, 5, 8), { nil: undefined }),
  field: fc.option(fc.constantFrom(0.5, 1, 1.5, 3, 7), { nil: undefined }),
  sequences: fc.option(fc.subarray(SEQUENCES), { nil: undefined }),
  phases: fc.option(fc.subarray(PHASES), { nil: undefined }),
});

export const caseArb = fc.record({
  context: fc.constantFrom(...CONTEXTS),
  symptoms: fc.subarray(['new-headache', 'chest-pain']),
  urgent: fc.boolean(),
  studies: fc.array(studyArb, { minLength: 1, maxLength: 4 }),
  // What the author expected: a verdict per study, and perhaps a date and a budget.
  expect: fc.record({
    verdicts: fc.array(fc.constantFrom(...ANY), { minLength: 4, maxLength: 4 }),
    readyBy: fc.option(fc.constantFrom('2026-04-10', '2026-04-14', '2026-04-15', '2026-04-16'), { nil: undefined }),
    budget: fc.option(fc.constantFrom('0', '100..300', '200..600'), { nil: undefined }),
  }),
});

const list = (values) => `[${values.join(', ')}]`;

function ruleText(r, i) {
  const when = r.kind === 'order' ? `{ symptom: ${r.symptom} }` : `{ modality: ${r.modality}${r.region ? `, region: ${r.region}` : ''} }`;
  const flags = `${r.expedite ? ', expedite: true' : ''}${r.hard ? ', hard: true' : ''}`;
  const check = `otherwise: ${r.otherwise}, if_unknown: ${r.if_unknown}`;
  switch (r.kind) {
    case 'slice_thickness':
      return `  - { id: r${i}, when: ${when}, require: { slice_thickness: "<= ${r.thickness}mm" }, ${check}${flags} }`;
    case 'field_strength':
      return `  - { id: r${i}, when: ${when}, require: { field_strength: ">= ${r.field}T" }, ${check}${flags} }`;
    case 'sequences':
      return `  - { id: r${i}, when: ${when}, require: { sequences: ${list(r.sequences)} }, ${check}${flags} }`;
    case 'phases':
      return `  - { id: r${i}, when: ${when}, require: { phases: ${list(r.phases)} }, ${check}${flags} }`;
    case 'verdict':
      return `  - { id: r${i}, when: ${when}, verdict: ${r.verdict}${flags} }`;
    case 'order':
      return `  - { id: r${i}, when: ${when}, order: { modality: ${r.modality}${r.region ? `, region: ${r.region}` : ''} }${flags} }`;
  }
}

export function profileText(p, id = 'p') {
  const lines = [`protocol: ${id}`, 'hospital: { sector: public, currency: USD, holidays: [2026-04-13] }', 'validity:'];
  CONTEXTS.forEach((context, i) => {
    const w = p.windows[i];
    lines.push(`  ${context}: { window: ${w.accept}w${w.extra ? `..${w.accept + w.extra}w` : ''}, beyond: ${w.beyond} }`);
  });
  lines.push('rules:', ...p.rules.map(ruleText));
  const timelines = Object.entries(p.timelines);
  if (timelines.length) {
    lines.push('timelines:');
    for (const [m, t] of timelines) {
      lines.push(
        `  ${m}: { lead: ${t.lead}bd, scan: 15min..30min, report: ${t.report}, same_day: ${t.same_day}${t.expedited ? `, expedited: ${t.expedited}` : ''} }`,
      );
    }
  }
  const costs = Object.entries(p.costs);
  if (costs.length) lines.push('costs:', ...costs.map(([m, [min, extra]]) => `  ${m}: ${extra ? `${min}..${min + extra}` : min}`));
  return `${lines.join('\n')}\n`;
}

/** `on` minus `days` calendar days, as YYYY-MM-DD. */
export function daysBefore(days, on = ON) {
  const d = new Date(`${on}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export function studyText(s, i) {
  const parts = [`id: s${i}`, `modality: ${s.modality}`, `date: ${daysBefore(s.age)}`];
  if (s.region) parts.push(`region: ${s.region}`);
  if (s.thickness !== undefined) parts.push(`slice_thickness: ${s.thickness}mm`);
  if (s.field !== undefined) parts.push(`field_strength: ${s.field}T`);
  if (s.sequences) parts.push(`sequences: ${list(s.sequences)}`);
  if (s.phases) parts.push(`phases: ${list(s.phases)}`);
  return `  - { ${parts.join(', ')} }`;
}

export function caseText(c, { id = 'c', protocol = 'p', expect = false } = {}) {
  const patient = `{ context: ${c.context}, symptoms: ${list(c.symptoms)}, urgent: ${c.urgent} }`;
  const lines = [`case: ${id}`, `protocol: ${protocol}`, `on: ${ON}`, `patient: ${patient}`, 'studies:', ...c.studies.map(studyText)];
  if (expect) {
    lines.push('expect:', ...c.studies.map((_, i) => `  s${i}: ${c.expect.verdicts[i]}`));
    if (c.expect.readyBy) lines.push(`  ready_by: ${c.expect.readyBy}`);
    if (c.expect.budget) lines.push(`  budget: ${c.expect.budget}`);
  }
  return `${lines.join('\n')}\n`;
}

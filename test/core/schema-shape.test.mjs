// Checks the shape of schemas/*.schema.json, the single source of truth for the language:
// they compile under ajv strict mode, every key is documented for clinical staff, unit $defs
// are named as the core expects, and docs/language.md's examples and every snippet validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020');
const protocolSchema = require('../../schemas/protocol.schema.json');
const caseSchema = require('../../schemas/case.schema.json');

const EXTRA_KEYWORDS = ['markdownDescription', 'defaultSnippets', 'markdownEnumDescriptions'];

function newAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const keyword of EXTRA_KEYWORDS) ajv.addKeyword(keyword);
  ajv.addSchema(protocolSchema);
  ajv.addSchema(caseSchema);
  return ajv;
}

const ajv = newAjv();
const validateProtocol = ajv.getSchema(protocolSchema.$id);
const validateCase = ajv.getSchema(caseSchema.$id);

/** Validator for the subschema at a JSON pointer inside one of the schemas. */
function subschemaValidator(schema, pointer) {
  return ajv.compile({ $ref: `${schema.$id}#${pointer}` });
}

const escapePointer = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Visits every subschema. `isProperty` is true for schemas that describe a key's value:
 * entries of properties / patternProperties, an object additionalProperties, and $defs.
 */
function walk(schema, visit, pointer = '', isProperty = false) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  visit(schema, pointer, isProperty);
  for (const map of ['properties', 'patternProperties', '$defs', 'dependentSchemas']) {
    for (const [key, sub] of Object.entries(schema[map] ?? {})) {
      walk(sub, visit, `${pointer}/${map}/${escapePointer(key)}`, map !== 'dependentSchemas');
    }
  }
  for (const single of ['additionalProperties', 'items', 'propertyNames', 'not', 'if', 'then', 'else', 'contains']) {
    walk(schema[single], visit, `${pointer}/${single}`, single === 'additionalProperties');
  }
  for (const list of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    (schema[list] ?? []).forEach((sub, i) => walk(sub, visit, `${pointer}/${list}/${i}`, false));
  }
}

function collect(schema, predicate) {
  const found = [];
  walk(schema, (sub, pointer, isProperty) => {
    if (predicate(sub, isProperty)) found.push({ sub, pointer });
  });
  return found;
}

const SCHEMAS = [
  ['protocol', protocolSchema],
  ['case', caseSchema],
];

// ---------------------------------------------------------------------------------- shape

test('both schemas compile in ajv strict mode with the three editor keywords', () => {
  for (const [, schema] of SCHEMAS) {
    const fresh = new Ajv2020({ allErrors: true, strict: true });
    for (const keyword of EXTRA_KEYWORDS) fresh.addKeyword(keyword);
    assert.equal(typeof fresh.compile(schema), 'function');
  }
  assert.equal(protocolSchema.$id, 'https://reimage.dev/schemas/protocol.schema.json');
  assert.equal(caseSchema.$id, 'https://reimage.dev/schemas/case.schema.json');
  assert.equal(protocolSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(caseSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('every property schema has a description and a markdownDescription', () => {
  for (const [name, schema] of SCHEMAS) {
    // Property schemas inside an `if` are conditions, not documentation of a key.
    const documented = collect(schema, (sub, isProperty) => isProperty).filter(({ pointer }) => !pointer.includes('/if/'));
    const missing = documented.flatMap(({ sub, pointer }) => {
      const lacks = ['description', 'markdownDescription'].filter((k) => typeof sub[k] !== 'string' || sub[k].trim() === '');
      return lacks.map((k) => `${name}.schema.json#${pointer} lacks ${k}`);
    });
    assert.deepEqual(missing, []);
  }
});

test('every enum has markdownEnumDescriptions of the same length', () => {
  for (const [name, schema] of SCHEMAS) {
    const enums = collect(schema, (sub) => Array.isArray(sub.enum));
    assert.ok(enums.length > 0);
    for (const { sub, pointer } of enums) {
      assert.ok(Array.isArray(sub.markdownEnumDescriptions), `${name}#${pointer} has no markdownEnumDescriptions`);
      assert.equal(sub.markdownEnumDescriptions.length, sub.enum.length, `${name}#${pointer}`);
    }
  }
});

test('only the three editor keywords are non-standard', () => {
  // Each validating keyword here has its finding worded in validate-schema.ts (its fallback says
  // ajv's English, so a keyword added here needs words there, or the next test's reason why not).
  const standard = new Set([
    '$schema',
    '$id',
    '$ref',
    '$defs',
    '$comment',
    'title',
    'description',
    'default',
    'examples',
    'type',
    'enum',
    'const',
    'pattern',
    'minimum',
    'minItems',
    'minProperties',
    'required',
    'properties',
    'patternProperties',
    'additionalProperties',
    'propertyNames',
    'items',
    'anyOf',
    'oneOf',
    'dependentRequired',
    'if',
    'then',
    'else',
  ]);
  for (const [name, schema] of SCHEMAS) {
    const unknown = collect(schema, () => true).flatMap(({ sub, pointer }) =>
      Object.keys(sub)
        .filter((k) => !standard.has(k) && !EXTRA_KEYWORDS.includes(k))
        .map((k) => `${name}#${pointer}/${k}`),
    );
    assert.deepEqual(unknown, []);
  }
});

test("the keywords whose errors the core leaves in ajv's words never reach a user: minimum only in amounts, factors and b-values, false only in the preferred-only rule", () => {
  for (const [name, schema] of SCHEMAS) {
    // A value under its minimum is a negative amount, which the unit readers report and claim first.
    const minimum = collect(schema, (sub) => 'minimum' in sub).map(({ pointer }) => pointer.split('/').slice(0, 3).join('/'));
    assert.ok(
      minimum.every((p) => ['/$defs/money', '/$defs/multiplier', '/$defs/bValue'].includes(p)),
      `${name}: minimum at ${minimum}`,
    );
    // A false schema fails only beside a verdict, require or order, whose branch of the rule's oneOf passes.
    const falseSchemas = collect(schema, (sub) => Object.values(sub.properties ?? {}).includes(false)).map(({ pointer }) => pointer);
    assert.deepEqual(falseSchemas, name === 'protocol' ? ['/$defs/rule/else/oneOf/3'] : []);
  }
});

test('every minItems is 1 and its items have a title: the finding says "an empty list: write at least one <item>"', () => {
  for (const [name, schema] of SCHEMAS) {
    for (const { sub, pointer } of collect(schema, (x) => 'minItems' in x)) {
      assert.equal(sub.minItems, 1, `${name}#${pointer}`);
      const item = sub.items.$ref ? schema.$defs[sub.items.$ref.replace('#/$defs/', '')] : sub.items;
      assert.ok(item.title, `${name}#${pointer}: its items have no title`);
    }
  }
});

const UNIT_DEFS = {
  id: ['^[a-z0-9][a-z0-9-]*$', 'oncology-thin-slice-ct'],
  length: ['^\\d+(\\.\\d+)?mm$', '2.5mm'],
  lengthComparison: ['^(<=|>=|<|>) ?\\d+(\\.\\d+)?mm$', '<= 2.5mm'],
  fieldStrength: ['^\\d+(\\.\\d+)?T$', '1.5T'],
  fieldStrengthComparison: ['^(<=|>=|<|>) ?\\d+(\\.\\d+)?T$', '>= 1.5T'],
  window: ['^\\d+(d|w|mo|y)(\\.\\.\\d+(d|w|mo|y))?$', '4w..6w'],
  turnaround: ['^(on-the-spot|\\d+(\\.\\d+)?(min|h|bd)(\\.\\.\\d+(\\.\\d+)?(min|h|bd))?)$', '1bd..2bd'],
  money: [null, '1100..1500'],
  multiplier: [null, '2..4'],
  date: ['^\\d{4}-\\d{2}-\\d{2}$', '2026-04-10'],
  dateOrRange: ['^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$', '2026-10-01..2026-10-07'],
  timeComparison: ['^(<=|>=|<|>) ?\\d+(\\.\\d+)?(s|min)$', '<= 15s'],
  bValueComparison: ['^(<=|>=|<|>) ?\\d+(\\.\\d+)?(s/mm2|s/mm²)?$', '>= 1400'],
};

const VOCABULARY = {
  verdict: ['accept', 'review', 'supplement', 'redo'],
  severeVerdict: ['review', 'supplement', 'redo'],
  modality: ['XR', 'CT', 'MR', 'US', 'PET-CT', 'PET-MR'],
  sequence: ['T1', 'T2', 'FLAIR', 'DWI', 'ADC', 'T1-contrast', 'DCE', 'cine', 'LGE', 'SWI', 'T2*', 'MRA', 'perfusion'],
  phase: ['non-contrast', 'arterial', 'early-arterial', 'late-arterial', 'portal-venous', 'transitional', 'delayed', 'hepatobiliary'],
  plane: ['axial', 'coronal', 'sagittal', 'oblique'],
  acquisition: ['2D', '3D'],
  format: ['dicom', 'report-only', 'video'],
  purpose: ['oncology', 'neurology', 'cardiac', 'orthopedic', 'screening', 'infection', 'general'],
  adviceTrigger: ['always', 'supplement', 'redo', 'expired', 'several-facilities', 'unknown-cost'],
};

const OPEN_LISTS = {
  context: ['active-oncology', 'pre-cardiac-surgery', 'pre-neurosurgery', 'stable-oncology-surveillance', 'stable-orthopedic', 'chronic-disease'],
  region: ['head', 'brain', 'neck', 'chest', 'abdomen', 'liver', 'pelvis', 'prostate', 'breast', 'heart', 'spine', 'knee', 'whole-body'],
  indication: [
    'lung-cancer',
    'lung-nodule',
    'brain-tumor',
    'stroke',
    'liver-cancer',
    'prostate-cancer',
    'breast-cancer',
    'cardiomyopathy',
    'fracture',
    'infection',
  ],
};

test('unit $defs have the names, patterns, titles and first examples the core relies on', () => {
  const defs = protocolSchema.$defs;
  for (const [name, [pattern, firstExample]] of Object.entries(UNIT_DEFS)) {
    const def = defs[name];
    assert.ok(def, `$defs/${name} exists`);
    assert.equal(typeof def.title, 'string', `$defs/${name} has a title`);
    assert.equal(def.examples?.[0], firstExample, `$defs/${name} first example`);
    if (pattern) {
      assert.equal(def.type, 'string');
      assert.equal(def.pattern, pattern, `$defs/${name} pattern`);
    } else {
      assert.deepEqual(
        def.anyOf.map((b) => b.type),
        ['number', 'string'],
      );
      assert.equal(def.anyOf[0].minimum, 0);
      assert.equal(def.anyOf[1].pattern, '^\\d+(\\.\\d+)?(\\.\\.\\d+(\\.\\d+)?)?$');
    }
  }
  for (const [name, values] of Object.entries(VOCABULARY)) {
    assert.deepEqual(defs[name].enum, values, `$defs/${name} enum`);
    assert.equal(typeof defs[name].title, 'string');
  }
  for (const [name, words] of Object.entries(OPEN_LISTS)) {
    assert.equal(defs[name].enum, undefined, `$defs/${name} is open`);
    assert.equal(defs[name].pattern, UNIT_DEFS.id[0]);
    assert.deepEqual([...defs[name].examples].sort(), [...words].sort(), `$defs/${name} examples`);
  }
  assert.deepEqual(defs.window.examples, ['4w..6w', '2w', '3mo..6mo']);
  assert.deepEqual(defs.turnaround.examples, ['1bd..2bd', '15min..30min', 'on-the-spot']);
});

test('unit and vocabulary $defs hold no $ref, so ajv inlines them and errors name them', () => {
  // ajv (inlineRefs: true) inlines a $ref'd schema only when it holds no $ref itself; an inlined
  // def's errors carry "#/$defs/<name>/<keyword>" in schemaPath, which the core maps to a message.
  // Object $defs (rule, study, …) hold $refs and are compiled as separate functions: their own
  // errors restart at "#/…", so the core reads keyword + instancePath + params for those.
  const leaves = [...Object.keys(UNIT_DEFS), ...Object.keys(VOCABULARY), ...Object.keys(OPEN_LISTS), 'symptom'];
  for (const name of leaves) {
    assert.equal(JSON.stringify(protocolSchema.$defs[name]).includes('"$ref"'), false, `$defs/${name} holds a $ref`);
  }
  const study = { id: 's', modality: 'CT', date: '2026-01-01', field_strength: '5 cm' };
  const c = { case: 'c', protocol: 'p', on: '2026-02-01', patient: { context: 'active-oncology' }, studies: [study] };
  assert.equal(validateCase(c), false);
  assert.deepEqual(
    validateCase.errors.map((e) => e.schemaPath),
    ['#/$defs/fieldStrength/pattern'],
  );
});

test('every $def has a title and its examples validate against it', () => {
  for (const [name, schema] of SCHEMAS) {
    for (const [defName, def] of Object.entries(schema.$defs)) {
      assert.equal(typeof def.title, 'string', `${name} $defs/${defName} title`);
      for (const example of def.examples ?? []) {
        const validate = subschemaValidator(schema, `/$defs/${defName}`);
        assert.ok(validate(example), `${name} $defs/${defName}: example ${JSON.stringify(example)} is invalid`);
      }
    }
  }
});

test("the case schema repeats the protocol schema's shared $defs exactly", () => {
  // Each schema is self-contained (editors load it offline, without the other file); the
  // shared definitions are written once and mirrored, and this test keeps them in step.
  for (const [name, def] of Object.entries(caseSchema.$defs)) {
    if (name in protocolSchema.$defs) assert.deepEqual(def, protocolSchema.$defs[name], `$defs/${name}`);
  }
  for (const name of [
    'id',
    'date',
    'length',
    'fieldStrength',
    'verdict',
    'modality',
    'sequence',
    'phase',
    'format',
    'purpose',
    'context',
    'region',
    'indication',
  ]) {
    assert.ok(caseSchema.$defs[name], `case $defs/${name}`);
  }
});

test('timeline and cost keys are exactly the modalities and their -contrast and -supplement variants', () => {
  const keyPattern = /^(XR|CT|MR|US|PET-CT|PET-MR)(-contrast|-supplement)?$/;
  const timelineKeys = Object.keys(protocolSchema.$defs.timelines.properties);
  assert.equal(timelineKeys.length, 18);
  for (const key of timelineKeys) assert.match(key, keyPattern);
  const costKeys = Object.keys(protocolSchema.$defs.costs.properties).filter((k) => !['private_multiplier', 'reserve'].includes(k));
  assert.deepEqual(costKeys, timelineKeys);
  assert.equal(protocolSchema.$defs.timelines.additionalProperties, false);
  assert.equal(protocolSchema.$defs.costs.additionalProperties, false);
});

// ---------------------------------------------------------------- docs/language.md examples

const docProtocol = () => ({
  protocol: 'tier3a-public',
  title: 'Tier-3A public hospital, default requirements',
  extends: 'china-tier3a-baseline',
  hospital: {
    sector: 'public',
    currency: 'USD',
    holidays: ['2026-10-01..2026-10-07'],
    workdays: ['2026-10-10'],
  },
  validity: {
    'active-oncology': { window: '4w..6w', beyond: 'redo' },
    'pre-cardiac-surgery': { window: '2w', beyond: 'redo' },
    'stable-orthopedic': { window: '3mo..6mo', beyond: 'review' },
  },
  rules: [
    {
      id: 'oncology-thin-slice-ct',
      when: { modality: 'CT', purpose: 'oncology' },
      require: { slice_thickness: '<= 2.5mm' },
      otherwise: 'redo',
      because: 'Oncology evaluation needs thin sections to see small nodules.',
      advice: 'Ask your home hospital for a thin-slice (≤ 2.5mm) CT before you travel.',
    },
    {
      id: 'brain-tumor-sequences',
      when: { modality: 'MR', indication: ['brain-tumor', 'stroke'] },
      require: { sequences: ['T1', 'T2', 'FLAIR', 'DWI', 'T1-contrast'] },
      otherwise: 'supplement',
      impact: { DWI: "Without DWI, acute infarction can't be assessed" },
    },
    {
      id: 'ultrasound-in-house',
      when: { modality: 'US' },
      verdict: 'redo',
      note: 'Video with full measurements may serve as reference only.',
    },
    {
      id: 'infection-in-house',
      when: { infection_relevant: true },
      verdict: 'redo',
      hard: true,
    },
    {
      id: 'headache-brain-metastases',
      when: { indication: 'lung-cancer', symptom: 'new-headache' },
      order: { modality: 'MR', region: 'brain', contrast: true, reason: 'Screen for brain metastases' },
    },
  ],
  timelines: {
    CT: { scan: '15min..30min', report: '1bd..2bd', same_day: 'scan', expedited: '0bd' },
    'CT-contrast': { scan: '30min..60min', report: '1bd..3bd', same_day: 'scan' },
    US: { lead: '1bd..3bd', scan: '15min..30min', report: 'on-the-spot', same_day: true },
  },
  costs: {
    'PET-CT': '1100..1500',
    private_multiplier: '2..4',
    reserve: '500..2000',
  },
  advice: [{ when: 'supplement', text: 'Ask your home hospital to add what is missing before you travel.' }],
});

const docCase = () => ({
  case: 'lung-ct-beyond-validity',
  protocol: 'tier3a-public',
  on: '2026-04-10',
  patient: {
    context: 'active-oncology',
    indications: ['lung-cancer'],
    purpose: 'oncology',
    condition_changed: false,
    symptoms: [],
    urgent: false,
  },
  studies: [
    {
      id: 'chest-ct',
      modality: 'CT',
      region: 'chest',
      date: '2026-02-12',
      slice_thickness: '5mm',
      field_strength: '1.5T',
      sequences: ['T1', 'T2'],
      phases: ['portal-venous'],
      infection_relevant: false,
      format: 'dicom',
      facility: 'Klinikum Nord',
    },
  ],
  expect: { 'chest-ct': 'redo' },
});

function assertValid(validate, data, label) {
  const ok = validate(data);
  assert.ok(ok, `${label}: ${JSON.stringify(validate.errors, null, 2)}`);
}

test('the protocol and case of docs/language.md are valid', () => {
  assertValid(validateProtocol, docProtocol(), 'doc protocol');
  assertValid(validateCase, docCase(), 'doc case');
  assertValid(validateProtocol, { protocol: 'minimal' }, 'minimal protocol');
  const withOrders = docCase();
  withOrders.expect.orders = [{ modality: 'MR', region: 'brain' }];
  assertValid(validateCase, withOrders, 'case expecting an order');
  const numeric = docProtocol();
  numeric.costs = { CT: 300, 'MR-contrast': '600..900', private_multiplier: 3 };
  assertValid(validateProtocol, numeric, 'plain-number prices');
  const custom = docProtocol();
  custom.validity['post-transplant'] = { window: '10d', beyond: 'supplement', because: 'Graft status changes quickly.' };
  custom.rules.push({ id: 'all-studies', title: 'Everything', when: {}, verdict: 'review' });
  custom.rules.push({
    id: 'infection-timeline',
    when: { infection_relevant: true, modality: ['XR', 'CT'] },
    require: { format: ['dicom', 'video'], field_strength: '>=1.5T', phases: ['arterial'] },
    otherwise: 'redo',
    if_unknown: 'redo',
    timeline: { XR: { report: '1h..2h' }, CT: { report: '2h..4h', same_day: true } },
    expedite: true,
  });
  assertValid(validateProtocol, custom, 'profile-specific words and partial timelines');
});

/** Asserts `data` is rejected and one error matches `expected` (keyword / schemaPath part / params). */
function assertRejected(validate, data, expected, label) {
  assert.equal(validate(data), false, `${label}: expected invalid`);
  const errors = validate.errors ?? [];
  const match = errors.find(
    (e) =>
      (!expected.keyword || e.keyword === expected.keyword) &&
      (!expected.schemaPath || e.schemaPath.includes(expected.schemaPath)) &&
      (!expected.instancePath || e.instancePath === expected.instancePath) &&
      Object.entries(expected.params ?? {}).every(([k, v]) => e.params[k] === v),
  );
  assert.ok(match, `${label}: no error like ${JSON.stringify(expected)} in ${JSON.stringify(errors, null, 2)}`);
}

test('invalid protocols are rejected at the right $defs', () => {
  const cases = [
    [
      'unknown top-level key',
      (p) => {
        p.rulez = [];
      },
      { keyword: 'additionalProperties', schemaPath: '#/additionalProperties', params: { additionalProperty: 'rulez' } },
    ],
    [
      'unknown key in a rule',
      (p) => {
        p.rules[2].notes = 'x';
      },
      { keyword: 'additionalProperties', instancePath: '/rules/2', params: { additionalProperty: 'notes' } },
    ],
    [
      'window "6x"',
      (p) => {
        p.validity['active-oncology'].window = '6x';
      },
      { schemaPath: '#/$defs/window/pattern', instancePath: '/validity/active-oncology/window' },
    ],
    [
      'validity context not kebab-case',
      (p) => {
        p.validity['Active Oncology'] = { window: '4w', beyond: 'redo' };
      },
      { schemaPath: '#/$defs/context/pattern' },
    ],
    [
      'beyond: accept',
      (p) => {
        p.validity['active-oncology'].beyond = 'accept';
      },
      { schemaPath: '#/$defs/severeVerdict/enum' },
    ],
    [
      'validity without beyond',
      (p) => {
        delete p.validity['active-oncology'].beyond;
      },
      { keyword: 'required', instancePath: '/validity/active-oncology', params: { missingProperty: 'beyond' } },
    ],
    [
      'rule with verdict and require',
      (p) => {
        p.rules[0].verdict = 'redo';
      },
      { keyword: 'oneOf', instancePath: '/rules/0' },
    ],
    [
      'rule with verdict and order',
      (p) => {
        p.rules[4].verdict = 'redo';
      },
      { keyword: 'oneOf', instancePath: '/rules/4' },
    ],
    [
      'rule with no action',
      (p) => {
        p.rules.push({ id: 'nothing', when: {} });
      },
      { keyword: 'oneOf', instancePath: '/rules/5' },
    ],
    [
      'rule without when',
      (p) => {
        delete p.rules[2].when;
      },
      { keyword: 'required', instancePath: '/rules/2', params: { missingProperty: 'when' } },
    ],
    [
      'require without otherwise',
      (p) => {
        delete p.rules[0].otherwise;
      },
      { keyword: 'dependentRequired', instancePath: '/rules/0', params: { property: 'require', missingProperty: 'otherwise' } },
    ],
    [
      'otherwise: accept',
      (p) => {
        p.rules[0].otherwise = 'accept';
      },
      { schemaPath: '#/$defs/severeVerdict/enum' },
    ],
    [
      'slice thickness without comparison',
      (p) => {
        p.rules[0].require.slice_thickness = '2.5mm';
      },
      { schemaPath: '#/$defs/lengthComparison/pattern' },
    ],
    [
      'field strength "5 cm" in require',
      (p) => {
        p.rules[0].require.field_strength = '>= 5 cm';
      },
      { schemaPath: '#/$defs/fieldStrengthComparison/pattern' },
    ],
    [
      'unknown modality in when',
      (p) => {
        p.rules[0].when.modality = 'MRI';
      },
      { schemaPath: '#/$defs/modality/enum' },
    ],
    [
      'unknown sequence',
      (p) => {
        p.rules[1].require.sequences.push('T3');
      },
      { schemaPath: '#/$defs/sequence/enum' },
    ],
    [
      'impact key not a sequence or phase',
      (p) => {
        p.rules[1].impact.dwi = 'x';
      },
      { keyword: 'propertyNames' },
    ],
    [
      'unknown timeline key',
      (p) => {
        p.timelines['CT-contast'] = { scan: '1h' };
      },
      { keyword: 'additionalProperties', instancePath: '/timelines', params: { additionalProperty: 'CT-contast' } },
    ],
    [
      'turnaround "2 days"',
      (p) => {
        p.timelines.CT.report = '2 days';
      },
      { schemaPath: '#/$defs/turnaround/pattern' },
    ],
    [
      'same_day: yes',
      (p) => {
        p.timelines.CT.same_day = 'yes';
      },
      { keyword: 'enum', instancePath: '/timelines/CT/same_day' },
    ],
    [
      'money with a dash',
      (p) => {
        p.costs['PET-CT'] = '1100-1500';
      },
      { schemaPath: '#/$defs/money/anyOf/1/pattern' },
    ],
    [
      'negative price',
      (p) => {
        p.costs.CT = -5;
      },
      { schemaPath: '#/$defs/money/anyOf/0/minimum' },
    ],
    [
      'multiplier with x',
      (p) => {
        p.costs.private_multiplier = '2x..4x';
      },
      { schemaPath: '#/$defs/multiplier/anyOf/1/pattern' },
    ],
    [
      'holiday in another format',
      (p) => {
        p.hospital.holidays = ['01.10.2026'];
      },
      { schemaPath: '#/$defs/dateOrRange/pattern' },
    ],
    [
      'lower-case currency',
      (p) => {
        p.hospital.currency = 'usd';
      },
      { keyword: 'pattern', instancePath: '/hospital/currency' },
    ],
    [
      'unknown advice trigger',
      (p) => {
        p.advice[0].when = 'sometimes';
      },
      { schemaPath: '#/$defs/adviceTrigger/enum' },
    ],
    [
      'protocol id with capitals',
      (p) => {
        p.protocol = 'Tier3A';
      },
      { schemaPath: '#/$defs/id/pattern' },
    ],
  ];
  for (const [label, mutate, expected] of cases) {
    const p = docProtocol();
    mutate(p);
    assertRejected(validateProtocol, p, expected, label);
  }
  assertRejected(validateProtocol, { title: 'no id' }, { schemaPath: '#/required', params: { missingProperty: 'protocol' } }, 'protocol without id');
});

test('invalid cases are rejected at the right $defs', () => {
  const cases = [
    [
      'unknown top-level key',
      (c) => {
        c.notes = 'x';
      },
      { keyword: 'additionalProperties', params: { additionalProperty: 'notes' } },
    ],
    [
      'field_strength "5 cm"',
      (c) => {
        c.studies[0].field_strength = '5 cm';
      },
      { schemaPath: '#/$defs/fieldStrength/pattern', instancePath: '/studies/0/field_strength' },
    ],
    [
      'slice_thickness "5 mm"',
      (c) => {
        c.studies[0].slice_thickness = '5 mm';
      },
      { schemaPath: '#/$defs/length/pattern' },
    ],
    [
      'study without date',
      (c) => {
        delete c.studies[0].date;
      },
      { keyword: 'required', instancePath: '/studies/0', params: { missingProperty: 'date' } },
    ],
    [
      'unknown key in a study',
      (c) => {
        c.studies[0].contrast = true;
      },
      { keyword: 'additionalProperties', instancePath: '/studies/0', params: { additionalProperty: 'contrast' } },
    ],
    [
      'date in another format',
      (c) => {
        c.on = '10.04.2026';
      },
      { schemaPath: '#/$defs/date/pattern' },
    ],
    [
      'patient without context',
      (c) => {
        delete c.patient.context;
      },
      { keyword: 'required', instancePath: '/patient', params: { missingProperty: 'context' } },
    ],
    [
      'unknown purpose',
      (c) => {
        c.patient.purpose = 'cancer';
      },
      { schemaPath: '#/$defs/purpose/enum' },
    ],
    [
      'unknown format',
      (c) => {
        c.studies[0].format = 'pdf';
      },
      { schemaPath: '#/$defs/format/enum' },
    ],
    [
      'unknown phase',
      (c) => {
        c.studies[0].phases = ['venous'];
      },
      { schemaPath: '#/$defs/phase/enum' },
    ],
    [
      'expected verdict misspelt',
      (c) => {
        c.expect['chest-ct'] = 'ok';
      },
      { schemaPath: '#/$defs/verdict/enum' },
    ],
    [
      'expected order without modality',
      (c) => {
        c.expect.orders = [{ region: 'brain' }];
      },
      { keyword: 'required', instancePath: '/expect/orders/0', params: { missingProperty: 'modality' } },
    ],
    [
      'case without studies',
      (c) => {
        delete c.studies;
      },
      { schemaPath: '#/required', params: { missingProperty: 'studies' } },
    ],
  ];
  for (const [label, mutate, expected] of cases) {
    const c = docCase();
    mutate(c);
    assertRejected(validateCase, c, expected, label);
  }
});

// ---------------------------------------------------------------------------------- snippets

/** Replaces `${n:text}` by text and drops bare `$n` / `${n}` tabstops, in keys and values. */
function fillPlaceholders(value) {
  if (typeof value === 'string') return value.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
  if (Array.isArray(value)) return value.map(fillPlaceholders);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fillPlaceholders(k), fillPlaceholders(v)]));
  }
  return value;
}

test('defaultSnippets have label, description and body, and the filled body validates where it sits', () => {
  const labels = [];
  for (const [name, schema] of SCHEMAS) {
    for (const { sub, pointer } of collect(schema, (s) => Array.isArray(s.defaultSnippets))) {
      const validate = subschemaValidator(schema, pointer);
      for (const snippet of sub.defaultSnippets) {
        assert.equal(typeof snippet.label, 'string');
        assert.equal(typeof snippet.description, 'string');
        assert.equal(typeof snippet.body, 'object');
        labels.push(`${name}#${pointer}: ${snippet.label}`);
        const filled = fillPlaceholders(snippet.body);
        assert.ok(validate(filled), `${name}#${pointer} snippet "${snippet.label}": ${JSON.stringify(validate.errors, null, 2)}`);
      }
    }
  }
  // The snippets the editor offers: five rules, a series requirement, a validity window, a
  // timeline entry, a study, a series, a whole case and a whole protocol.
  assert.deepEqual(
    labels.sort(),
    [
      'case#/$defs/series: series',
      'case#/$defs/study: study',
      'protocol#/$defs/rule: rule: preferred',
      'protocol#/$defs/rule: rule: require series',
      'protocol#/$defs/seriesRequirement: series requirement',
      'case#: case',
      'protocol#/$defs/rule: rule: always redo',
      'protocol#/$defs/rule: rule: order imaging',
      'protocol#/$defs/rule: rule: require … otherwise',
      'protocol#/$defs/timeline: timeline entry',
      'protocol#/$defs/validityEntry: validity window',
      'protocol#: protocol',
    ].sort(),
  );
  // The whole-file snippets also validate against the root schema through the public validator.
  const protocolSnippet = fillPlaceholders(protocolSchema.defaultSnippets[0].body);
  assertValid(validateProtocol, protocolSnippet, 'protocol snippet');
  const caseSnippet = fillPlaceholders(caseSchema.defaultSnippets[0].body);
  assertValid(validateCase, caseSnippet, 'case snippet');
});

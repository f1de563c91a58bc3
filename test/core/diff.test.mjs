// The semantic diff on hand-written protocol versions: each kind of change with its direction,
// renames, reordering and reformatting that are no change, a parent's change seen in its
// children, source locations on both sides, the impact on cases, and the normalized view.
// One `check(before, after, expected)` helper: each change as a compact line built from its data.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PARENT = `protocol: parent
title: Parent hospital
hospital: { sector: public, currency: USD, holidays: [2026-10-01..2026-10-07] }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  pre-cardiac-surgery: { window: 2w, beyond: redo }
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 5mm }
    otherwise: redo
    because: Thin sections find small nodules.
  - id: field
    when: { modality: MR, purpose: [neurology, oncology] }
    require: { field_strength: ">= 1.5T" }
    otherwise: redo
  - id: brain-sequences
    when: { modality: MR, indication: [brain-tumor, stroke] }
    require: { sequences: [T1, T2, DWI] }
    otherwise: supplement
  - id: us
    when: { modality: US }
    verdict: redo
  - id: infection
    when: { infection_relevant: true }
    verdict: redo
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }
  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan }
costs:
  PET-CT: 1100..1500
  private_multiplier: 2..4
advice:
  - { when: always, text: Pre-review with the IMD. }
`;

const CHILD = `protocol: child
extends: parent
hospital: { sector: private }
`;

/** Replaces each `[from, to]` in `text`; each `from` must occur exactly once. */
function edit(text, ...pairs) {
  for (const [from, to] of pairs) {
    assert.equal(text.split(from).length, 2, `expected exactly one '${from}' in the text`);
    text = text.replace(from, to);
  }
  return text;
}

const files = (map) => Object.entries(map).map(([path, text]) => ({ path, text }));

/** A change as one line of its data: `protocol kind key field: before → after (direction) from parent`. */
function line(c) {
  return (
    `${c.protocol} ${c.kind} ${c.key}${c.field ? ` ${c.field}` : ''}: ${c.before ?? '-'} → ${c.after ?? '-'}` +
    `${c.direction ? ` (${c.direction})` : ''}${c.inheritedFrom ? ` from ${c.inheritedFrom}` : ''}`
  );
}

/** Diffs `{path: text}` maps (only the parent unless given) and compares the changes' lines. */
function check(before, after, expected) {
  const diff = core.diffProtocols(files(before), files(after));
  assert.deepEqual(diff.changes.map(line), expected);
  return diff;
}

describe('each kind of change, with its direction', () => {
  const cases = [
    [
      'slice thickness: smaller bound is stricter',
      [['<= 5mm', '<= 2.5mm']],
      ['parent rule-changed thin-ct require.slice_thickness: <= 5mm → <= 2.5mm (stricter)'],
    ],
    ['slice thickness: larger bound is looser', [['<= 5mm', '<= 6mm']], ['parent rule-changed thin-ct require.slice_thickness: <= 5mm → <= 6mm (looser)']],
    [
      'slice thickness: `<` is stricter than `<=` at the same bound',
      [['<= 5mm', '< 5mm']],
      ['parent rule-changed thin-ct require.slice_thickness: <= 5mm → < 5mm (stricter)'],
    ],
    ['field strength: larger bound is stricter', [['">= 1.5T"', '">= 3T"']], ['parent rule-changed field require.field_strength: >= 1.5T → >= 3T (stricter)']],
    ['field strength: smaller bound is looser', [['">= 1.5T"', '">= 1T"']], ['parent rule-changed field require.field_strength: >= 1.5T → >= 1T (looser)']],
    [
      'a requirement added is stricter, removed is looser',
      [
        ['require: { sequences: [T1, T2, DWI] }', 'require: { sequences: [T1, T2, DWI], field_strength: ">= 1.5T" }'],
        ['require: { slice_thickness: <= 5mm }', 'require: { format: dicom }'],
      ],
      [
        'parent rule-changed brain-sequences require.field_strength: - → >= 1.5T (stricter)',
        'parent rule-changed thin-ct require.slice_thickness: <= 5mm → - (looser)',
        'parent rule-changed thin-ct require.format: - → dicom (stricter)',
      ],
    ],
    [
      'more required sequences are stricter',
      [['[T1, T2, DWI]', '[T1, T2, DWI, FLAIR]']],
      ['parent rule-changed brain-sequences require.sequences: [DWI, T1, T2] → [DWI, FLAIR, T1, T2] (stricter)'],
    ],
    [
      'fewer required sequences are looser',
      [['[T1, T2, DWI]', '[T1, T2]']],
      ['parent rule-changed brain-sequences require.sequences: [DWI, T1, T2] → [T1, T2] (looser)'],
    ],
    [
      'one sequence swapped for another is neither',
      [['[T1, T2, DWI]', '[T1, T2, SWI]']],
      ['parent rule-changed brain-sequences require.sequences: [DWI, T1, T2] → [SWI, T1, T2]'],
    ],
    [
      'a more severe verdict is stricter',
      [['otherwise: supplement', 'otherwise: redo']],
      ['parent rule-changed brain-sequences otherwise: supplement → redo (stricter)'],
    ],
    [
      'a milder verdict is looser',
      [['when: { modality: US }\n    verdict: redo', 'when: { modality: US }\n    verdict: review']],
      ['parent rule-changed us verdict: redo → review (looser)'],
    ],
    [
      'if_unknown more severe is stricter; writing the default is no change',
      [
        ['otherwise: redo\n    because', 'otherwise: redo\n    if_unknown: redo\n    because'],
        ['otherwise: supplement', 'otherwise: supplement\n    if_unknown: review'],
      ],
      ['parent rule-changed thin-ct if_unknown: - → redo'],
    ],
    [
      'a wider scope is stricter (a rule can only raise verdicts)',
      [['when: { modality: US }', 'when: { modality: [US, XR] }']],
      ['parent rule-changed us when.modality: US → [US, XR] (stricter)'],
    ],
    [
      'a condition added narrows the scope: looser; removed widens it: stricter',
      [
        ['when: { modality: US }', 'when: { modality: US, purpose: oncology }'],
        ['when: { modality: MR, purpose: [neurology, oncology] }', 'when: { modality: MR }'],
      ],
      ['parent rule-changed field when.purpose: [neurology, oncology] → - (stricter)', 'parent rule-changed us when.purpose: - → oncology (looser)'],
    ],
    [
      'hard added is stricter, hard removed looser',
      [['verdict: redo\ntimelines', 'verdict: redo\n    hard: true\ntimelines']],
      ['parent hard-added infection hard: - → true (stricter)'],
    ],
    ['a window moved closer is stricter', [['4w..6w', '3w..6w']], ['parent validity-changed active-oncology window: 4w..6w → 3w..6w (stricter)']],
    ['a window moved further is looser', [['window: 2w,', 'window: 3w,']], ['parent validity-changed pre-cardiac-surgery window: 2w → 3w (looser)']],
    [
      'a review band removed is stricter (past 4w: beyond instead of review)',
      [['4w..6w', '4w']],
      ['parent validity-changed active-oncology window: 4w..6w → 4w (stricter)'],
    ],
    [
      'a window that narrows one end and widens the other is neither',
      [['4w..6w', '3w..8w']],
      ['parent validity-changed active-oncology window: 4w..6w → 3w..8w'],
    ],
    [
      'beyond more severe is stricter',
      [['window: 2w, beyond: redo', 'window: 2w, beyond: review']],
      ['parent validity-changed pre-cardiac-surgery beyond: redo → review (looser)'],
    ],
    [
      'validity added and removed',
      [['  pre-cardiac-surgery: { window: 2w, beyond: redo }\n', '  chronic-disease: { window: 3mo..6mo, beyond: review }\n']],
      ['parent validity-added chronic-disease: - → window 3mo..6mo, beyond review', 'parent validity-removed pre-cardiac-surgery: window 2w, beyond redo → -'],
    ],
    [
      'a timeline change says longer or shorter, with no direction',
      [
        ['report: 1bd..2bd', 'report: 1bd..3bd'],
        ['scan: 30min..60min', 'scan: 30min..45min'],
      ],
      ['parent timeline-changed CT report: 1bd..2bd → 1bd..3bd', 'parent timeline-changed MR scan: 30min..60min → 30min..45min'],
    ],
    [
      'timelines added and removed',
      [['  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan }\n', '  US: { scan: 15min..30min, report: on-the-spot, same_day: true }\n']],
      [
        'parent timeline-removed MR: scan 30min..60min, report 1bd..3bd, same_day scan → -',
        'parent timeline-added US: - → scan 15min..30min, report on-the-spot, same_day true',
      ],
    ],
    [
      'costs changed, added; the multiplier',
      [
        ['PET-CT: 1100..1500', 'PET-CT: 1200..1600\n  MR: 300'],
        ['private_multiplier: 2..4', 'private_multiplier: 2..5'],
      ],
      [
        'parent cost-added MR: - → 300 USD',
        'parent cost-changed PET-CT: 1100..1500 USD → 1200..1600 USD',
        'parent cost-changed private_multiplier: 2..4 → 2..5',
      ],
    ],
    [
      'hospital, title and extends',
      [
        ['currency: USD', 'currency: EUR'],
        ['2026-10-07]', '2026-10-08]'],
        ['title: Parent hospital', 'title: Parent'],
      ],
      // The currency is one change: prices keep their amounts.
      [
        'parent protocol-changed title: Parent hospital → Parent',
        'parent hospital-changed currency: USD → EUR',
        'parent hospital-changed holidays: [2026-10-01..2026-10-07] → [2026-10-01..2026-10-08]',
      ],
    ],
    [
      'advice lines added and removed',
      [['text: Pre-review with the IMD.', 'text: Pre-review with the IMD early.']],
      ['parent advice-removed always: "Pre-review with the IMD." → -', 'parent advice-added always: - → "Pre-review with the IMD early."'],
    ],
    [
      'free text changes carry no direction',
      [['because: Thin sections find small nodules.', 'because: Thin sections find small nodules early.']],
      ['parent rule-changed thin-ct because: Thin sections find small nodules. → Thin sections find small nodules early.'],
    ],
    [
      'a rule added is stricter, a rule removed looser',
      [['  - id: us\n    when: { modality: US }\n    verdict: redo\n', '  - id: xr\n    when: { modality: XR }\n    verdict: review\n']],
      ['parent rule-removed us: modality US → redo → - (looser)', 'parent rule-added xr: - → modality XR → review (stricter)'],
    ],
  ];
  for (const [name, edits, expected] of cases) {
    test(name, () => {
      const after = edit(PARENT, ...edits);
      const diff = core.diffProtocols(files({ 'p.protocol.yaml': PARENT }), files({ 'p.protocol.yaml': after }));
      assert.deepEqual(diff.changes.map(line), expected);
      // The same diff backwards swaps every before/after and every direction.
      const back = core.diffProtocols(files({ 'p.protocol.yaml': after }), files({ 'p.protocol.yaml': PARENT }));
      const flip = { stricter: 'looser', looser: 'stricter' };
      assert.deepEqual(
        back.changes.map((c) => `${c.key} ${c.field} ${c.before} ${c.after} ${c.direction}`).sort(),
        diff.changes.map((c) => `${c.key} ${c.field} ${c.after} ${c.before} ${flip[c.direction] ?? null}`).sort(),
      );
    });
  }

  test('hard removed is its own kind and looser', () => {
    const hard = edit(PARENT, ['verdict: redo\ntimelines', 'verdict: redo\n    hard: true\ntimelines']);
    check({ 'p.protocol.yaml': hard }, { 'p.protocol.yaml': PARENT }, ['parent hard-removed infection hard: true → - (looser)']);
  });
});

describe('renames, reordering and reformatting', () => {
  test('a rule with a new id and the same content is a rename', () => {
    check({ 'p.protocol.yaml': PARENT }, { 'p.protocol.yaml': edit(PARENT, ['id: us', 'id: ultrasound-in-house']) }, [
      'parent rule-renamed ultrasound-in-house id: us → ultrasound-in-house',
    ]);
  });

  test('a new id with changed content is a removal and an addition', () => {
    check(
      { 'p.protocol.yaml': PARENT },
      {
        'p.protocol.yaml': edit(PARENT, [
          'id: us\n    when: { modality: US }\n    verdict: redo',
          'id: ultrasound\n    when: { modality: US }\n    verdict: review',
        ]),
      },
      ['parent rule-added ultrasound: - → modality US → review (stricter)', 'parent rule-removed us: modality US → redo → - (looser)'],
    );
  });

  test('reordering rules, windows, timelines, list items and keys is no change', () => {
    const reordered = `protocol: parent
title: Parent hospital
hospital: { currency: USD, sector: public, holidays: [2026-10-01..2026-10-07] }
rules:
  - id: infection
    verdict: redo
    when: { infection_relevant: true }
  - id: us
    when: { modality: US }
    verdict: redo
  - id: brain-sequences
    when: { indication: [stroke, brain-tumor], modality: MR }
    require: { sequences: [DWI, T2, T1] }
    otherwise: supplement
  - id: thin-ct
    when: { purpose: oncology, modality: CT }
    otherwise: redo
    require: { slice_thickness: <= 5mm }
    because: Thin sections find small nodules.
  - id: field
    when: { modality: MR, purpose: [oncology, neurology] }
    require: { field_strength: ">= 1.5T" }
    otherwise: redo
validity:
  pre-cardiac-surgery: { beyond: redo, window: 2w }
  active-oncology: { window: 4w..6w, beyond: redo }
costs:
  private_multiplier: 2..4
  PET-CT: 1100..1500
timelines:
  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan }
  CT: { scan: 15min..30min, same_day: scan, report: 1bd..2bd }
advice:
  - { text: Pre-review with the IMD., when: always }
`;
    const diff = check({ 'p.protocol.yaml': PARENT }, { 'p.protocol.yaml': reordered }, []);
    assert.equal(
      core.normalizeProtocolText({ path: 'p.protocol.yaml', text: reordered }),
      core.normalizeProtocolText({ path: 'p.protocol.yaml', text: PARENT }),
    );
    assert.equal(diff.impact.studies.length, 0);
  });

  test('reformatting (block style, quotes, comments, spacing, equal units) is no change', () => {
    const reformatted = edit(
      PARENT,
      [
        '  - id: thin-ct\n    when: { modality: CT, purpose: oncology }\n    require: { slice_thickness: <= 5mm }',
        '  # thin slices for oncology\n  - id: "thin-ct"\n    when:\n      modality: CT\n      purpose: [oncology]\n    require:\n      slice_thickness: "<=5mm"   # was 5mm all along',
      ],
      ['4w..6w', '28d..42d'],
      ['scan: 30min..60min', 'scan: 30min..1h'],
      ['window: 2w,', 'window: 14d,'],
    );
    check({ 'p.protocol.yaml': PARENT }, { 'p.protocol.yaml': reformatted }, []);
  });
});

describe('extends: compared after resolution', () => {
  const both = (parent) => ({ 'p.protocol.yaml': parent, 'c.protocol.yaml': CHILD });

  test("a parent's change shows in each child, attributed to the parent", () => {
    // Parents come before their children.
    const diff = check(both(PARENT), both(edit(PARENT, ['<= 5mm', '<= 2.5mm'], ['PET-CT: 1100..1500', 'PET-CT: 1200..1500'])), [
      'parent rule-changed thin-ct require.slice_thickness: <= 5mm → <= 2.5mm (stricter)',
      'parent cost-changed PET-CT: 1100..1500 USD → 1200..1500 USD',
      'child rule-changed thin-ct require.slice_thickness: <= 5mm → <= 2.5mm (stricter) from parent',
      'child cost-changed PET-CT: 2200..6000 USD (1100..1500 × 2..4) → 2400..6000 USD (1200..1500 × 2..4) from parent',
    ]);
    // Both point at the parent's file, where the change is written.
    const inChild = diff.changes.find((c) => c.protocol === 'child' && c.kind === 'rule-changed');
    assert.equal(inChild.source.after.file, 'p.protocol.yaml');
  });

  test("hospital keys: the parent's currency is inherited, the child's own sector is not", () => {
    check(
      both(PARENT),
      { 'p.protocol.yaml': edit(PARENT, ['currency: USD', 'currency: EUR']), 'c.protocol.yaml': CHILD.replace('sector: private', 'sector: public') },
      [
        'parent hospital-changed currency: USD → EUR',
        'child hospital-changed sector: private → public',
        'child hospital-changed currency: USD → EUR from parent',
        // Public extending public: the inherited price is no longer multiplied.
        'child cost-changed PET-CT: 2200..6000 USD (1100..1500 × 2..4) → 1100..1500 EUR from parent',
      ],
    );
  });

  test('a child that overrides the rule is not affected by the parent changing it', () => {
    const child = `${CHILD}rules:\n  - id: thin-ct\n    when: { modality: CT, purpose: oncology }\n    require: { slice_thickness: <= 1mm }\n    otherwise: redo\n`;
    check({ 'p.protocol.yaml': PARENT, 'c.protocol.yaml': child }, { 'p.protocol.yaml': edit(PARENT, ['<= 5mm', '<= 2.5mm']), 'c.protocol.yaml': child }, [
      'parent rule-changed thin-ct require.slice_thickness: <= 5mm → <= 2.5mm (stricter)',
    ]);
  });

  test("a child's own change is not inherited; overriding a parent rule shows as a change of it", () => {
    const child = `${CHILD}rules:\n  - id: us\n    when: { modality: US }\n    verdict: review\n`;
    check(both(PARENT), { 'p.protocol.yaml': PARENT, 'c.protocol.yaml': child }, ['child rule-changed us verdict: redo → review (looser)']);
  });

  test("disabling a parent rule in the child removes it there, as the child's change", () => {
    const child = `${CHILD}rules:\n  - id: us\n    disabled: true\n`;
    const diff = check(both(PARENT), { 'p.protocol.yaml': PARENT, 'c.protocol.yaml': child }, ['child rule-removed us: modality US → redo → - (looser)']);
    assert.equal(diff.changes[0].source.after.file, 'c.protocol.yaml');
    assert.equal(diff.changes[0].source.after.line, 5);
  });

  test('extends changed, and a protocol added and removed', () => {
    const other = PARENT.replace('protocol: parent', 'protocol: other');
    check(
      { 'p.protocol.yaml': PARENT, 'c.protocol.yaml': CHILD },
      { 'p.protocol.yaml': PARENT, 'o.protocol.yaml': other, 'c.protocol.yaml': CHILD.replace('extends: parent', 'extends: other') },
      ['other protocol-added other: - → other', 'child protocol-changed extends: parent → other'],
    );
    check({ 'p.protocol.yaml': PARENT, 'c.protocol.yaml': CHILD }, { 'p.protocol.yaml': PARENT }, ['child protocol-removed child: child → -']);
  });
});

describe('source locations', () => {
  const lineOf = (text, needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  test('a changed field points at the field in each version', () => {
    const after = `# a comment that moves everything down\n\n${edit(PARENT, ['<= 5mm', '<= 2.5mm'])}`;
    const {
      changes: [c],
    } = core.diffProtocols(files({ 'p.protocol.yaml': PARENT }), files({ 'p.protocol.yaml': after }));
    assert.deepEqual([c.source.before.file, c.source.before.line], ['p.protocol.yaml', lineOf(PARENT, '<= 5mm')]);
    assert.deepEqual([c.source.after.file, c.source.after.line], ['p.protocol.yaml', lineOf(after, '<= 2.5mm')]);
    assert.equal(after.slice(c.source.after.start, c.source.after.end), 'slice_thickness: <= 2.5mm');
  });

  test('a field added points at its rule in the older version; a rule added at the rules of the older one', () => {
    const after = edit(
      PARENT,
      ['verdict: redo\ntimelines', 'verdict: redo\n    hard: true\ntimelines'],
      ['  - id: us\n', '  - id: xr\n    when: { modality: XR }\n    verdict: review\n  - id: us\n'],
    );
    const diff = core.diffProtocols(files({ 'p.protocol.yaml': PARENT }), files({ 'p.protocol.yaml': after }));
    const hard = diff.changes.find((c) => c.kind === 'hard-added');
    assert.equal(hard.source.before.line, lineOf(PARENT, 'id: infection'));
    assert.equal(hard.source.after.line, lineOf(after, 'hard: true'));
    const added = diff.changes.find((c) => c.kind === 'rule-added');
    assert.equal(added.source.before.line, lineOf(PARENT, 'rules:'));
    assert.equal(added.source.after.line, lineOf(after, 'id: xr'));
  });
});

describe('impact on cases', () => {
  const caseText = ({ id = 'h-lung-ct', protocol = 'child', context = 'active-oncology', studies, expect = '' }) =>
    `case: ${id}\nprotocol: ${protocol}\non: 2026-04-10\npatient: { context: ${context}, purpose: oncology }\nstudies:\n${studies.map((s) => `  - { ${s} }`).join('\n')}\n${expect}`;
  const lungCt = caseText({
    studies: ['id: chest-ct, modality: CT, date: 2026-04-01, slice_thickness: 3mm', 'id: head-mr, modality: MR, date: 2026-04-01, field_strength: 3T'],
    expect: 'expect:\n  chest-ct: accept\n',
  });
  const unrelated = caseText({ id: 'cardiac', context: 'pre-cardiac-surgery', studies: ['id: echo, modality: XR, date: 2026-04-01'] });
  const version = (parent, extra = {}) =>
    files({ 'p.protocol.yaml': parent, 'c.protocol.yaml': CHILD, 'cases/lung.case.yaml': lungCt, 'cases/cardiac.case.yaml': unrelated, ...extra });

  test('a stricter parent rule: the study changes verdict in the child, the case newly fails', () => {
    const diff = core.diffProtocols(version(PARENT), version(edit(PARENT, ['<= 5mm', '<= 2.5mm'])));
    assert.deepEqual(
      diff.impact.studies.map((v) => `${v.case}/${v.study}: ${v.before} → ${v.after}, because ${v.because.join(', ')} (${v.direction})`),
      ['h-lung-ct/chest-ct: accept → redo, because thin-ct (stricter)'],
    );
    assert.deepEqual(diff.impact.studies[0].source, {
      file: 'cases/lung.case.yaml',
      line: 6,
      start: lungCt.indexOf('{ id: chest-ct'),
      end: lungCt.indexOf('3mm }') + 5,
    });
    assert.deepEqual(
      diff.impact.newlyFailing.map((e) => [e.case, e.before, e.after, e.failures.map((f) => `${f.study} ${f.expected}→${f.actual}`)]),
      [['h-lung-ct', 'passed', 'failed', ['chest-ct accept→redo']]],
    );
    assert.equal(diff.impact.newlyFailing[0].source.line, 9, 'the failing expectation `chest-ct: accept`');
    assert.deepEqual(diff.impact.newlyPassing, []);
    // Only the case a changed rule applies to was run; the cardiac case cannot be affected.
    assert.deepEqual(diff.impact.cases, { compared: 2, run: 1 });
  });

  test('a looser change makes the case pass again and names the rule that no longer decides', () => {
    const strict = edit(PARENT, ['<= 5mm', '<= 2.5mm']);
    const diff = core.diffProtocols(version(strict), version(PARENT));
    assert.deepEqual(
      diff.impact.studies.map((v) => [v.study, v.before, v.after, v.because, v.direction]),
      [['chest-ct', 'redo', 'accept', ['thin-ct'], 'looser']],
    );
    assert.deepEqual(
      diff.impact.newlyPassing.map((e) => [e.case, e.before, e.after]),
      [['h-lung-ct', 'failed', 'passed']],
    );
  });

  test('a window moved: studies of that context change, named by the validity window', () => {
    const diff = core.diffProtocols(version(PARENT), version(edit(PARENT, ['4w..6w', '1w..6w'])));
    assert.deepEqual(
      diff.impact.studies.map((v) => `${v.study}: ${v.before} → ${v.after} ${v.because}`),
      ['chest-ct: accept → review validity:active-oncology', 'head-mr: accept → review validity:active-oncology'],
    );
  });

  test('a renamed rule changes no verdict; reordering runs nothing', () => {
    const renamed = core.diffProtocols(version(PARENT), version(edit(PARENT, ['id: thin-ct', 'id: oncology-thin-ct'])));
    assert.deepEqual(renamed.impact.studies, []);
    const diff = core.diffProtocols(
      version(PARENT),
      version(
        edit(
          PARENT,
          ['  - id: infection\n    when: { infection_relevant: true }\n    verdict: redo\n', ''],
          ['rules:\n', 'rules:\n  - id: infection\n    when: { infection_relevant: true }\n    verdict: redo\n'],
        ),
      ),
    );
    assert.deepEqual(diff.changes, []);
    assert.deepEqual(diff.impact.cases, { compared: 2, run: 0 });
  });

  test('a case edited or added in the newer version is run; a new failing case newly fails', () => {
    const thinner = lungCt.replace('slice_thickness: 3mm', 'slice_thickness: 6mm');
    const failing = caseText({ id: 'new-case', studies: ['id: us, modality: US, date: 2026-04-01'], expect: 'expect:\n  us: accept\n' });
    const diff = core.diffProtocols(version(PARENT), version(PARENT, { 'cases/lung.case.yaml': thinner, 'cases/new.case.yaml': failing }));
    assert.deepEqual(diff.changes, []);
    assert.deepEqual(
      diff.impact.studies.map((v) => `${v.file} ${v.study}: ${v.before} → ${v.after} ${v.because}`),
      ['cases/lung.case.yaml chest-ct: accept → redo thin-ct'],
    );
    assert.deepEqual(
      diff.impact.newlyFailing.map((e) => [e.file, e.before, e.after]),
      [
        ['cases/lung.case.yaml', 'passed', 'failed'],
        ['cases/new.case.yaml', 'absent', 'failed'],
      ],
    );
  });

  test('an order rule added: a case whose patient it fits newly fails its `orders` expectation', () => {
    const headache =
      'case: headache\nprotocol: child\non: 2026-04-10\npatient: { context: active-oncology, indications: [lung-cancer], symptoms: [new-headache] }\n' +
      'studies:\n  - { id: xr, modality: XR, date: 2026-04-01 }\nexpect:\n  xr: accept\n  orders: []\n';
    const ordering = edit(PARENT, [
      'rules:\n',
      'rules:\n  - id: headache-mr\n    when: { indication: lung-cancer, symptom: new-headache }\n    order: { modality: MR, region: brain }\n',
    ]);
    const diff = core.diffProtocols(version(PARENT, { 'cases/headache.case.yaml': headache }), version(ordering, { 'cases/headache.case.yaml': headache }));
    assert.deepEqual(diff.impact.studies, [], 'no study changes verdict');
    assert.deepEqual(
      diff.impact.newlyFailing.map((e) => [e.case, e.before, e.after, e.failures.map((f) => `${f.study}: ${f.expected} → ${f.actual}`)]),
      [['headache', 'passed', 'failed', ['orders: no orders → MR of the brain']]],
    );
  });

  test('a longer report time: a case whose ready_by was met newly fails', () => {
    // US redo from Friday 10 April: lead up to 3bd and a report on the spot is Wednesday 15th.
    const usCase = caseText({ id: 'us-case', studies: ['id: us, modality: US, date: 2026-04-01'], expect: 'expect:\n  us: redo\n  ready_by: 2026-04-15\n' });
    const before = edit(PARENT, ['timelines:\n', 'timelines:\n  US: { lead: 1bd..3bd, report: on-the-spot }\n']);
    const after = edit(PARENT, ['timelines:\n', 'timelines:\n  US: { lead: 1bd..4bd, report: on-the-spot }\n']);
    const diff = core.diffProtocols(version(before, { 'cases/us.case.yaml': usCase }), version(after, { 'cases/us.case.yaml': usCase }));
    assert.deepEqual(
      diff.impact.newlyFailing.map((e) => [e.case, e.failures.map((f) => `${f.study}: ${f.expected} → ${f.actual}`)]),
      [['us-case', ['ready_by: 2026-04-15 → 2026-04-16']]],
    );
  });

  test('a case that can no longer run (its protocol removed) newly fails as invalid', () => {
    const diff = core.diffProtocols(version(PARENT), files({ 'p.protocol.yaml': PARENT, 'cases/lung.case.yaml': lungCt }));
    assert.deepEqual(
      diff.impact.newlyFailing.map((e) => [e.case, e.before, e.after, e.failures]),
      [['h-lung-ct', 'passed', 'invalid', []]],
    );
  });

  test('the impact equals running every shipped case on both versions (skipping and narrowing change nothing)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../protocols/', import.meta.url);
    const read = (name) => ({ path: `protocols/${name}`, text: readFileSync(new URL(name, dir), 'utf8') });
    const before = [
      ...readdirSync(dir)
        .filter((n) => n.endsWith('.protocol.yaml'))
        .map(read),
      ...readdirSync(new URL('cases/', dir), { recursive: true })
        .filter((n) => n.endsWith('.case.yaml'))
        .map((n) => read(`cases/${n}`)),
    ];
    const publicFile = before.find((f) => f.path.endsWith('tier3a-public.protocol.yaml'));
    const changed = edit(
      publicFile.text,
      ['require: { slice_thickness: <= 2.5mm }', 'require: { slice_thickness: <= 1mm }'],
      ['    window: 4w..6w\n', '    window: 2w..3w\n'],
      ["require: { field_strength: '>= 1.5T' }", "require: { field_strength: '>= 3T' }"],
      ['when: { modality: US }', 'when: { modality: [US, XR] }'],
      ['require: { sequences: [cine, LGE] }', 'require: { sequences: [cine] }'],
    );
    const after = before.map((f) => (f === publicFile ? { ...f, text: changed } : f));
    const diff = core.diffProtocols(before, after);

    const verdicts = (files) => {
      const out = new Map();
      for (const c of core.runCases(core.analyzeProject(files)).cases) for (const s of c.studies) out.set(`${c.file} ${s.id}`, s.verdict);
      return out;
    };
    const [va, vb] = [verdicts(before), verdicts(after)];
    const expected = [...vb]
      .filter(([k, v]) => va.get(k) !== v)
      .map(([k, v]) => `${k}: ${va.get(k)} → ${v}`)
      .sort();
    assert.ok(expected.length > 5, 'the change reaches several shipped cases');
    assert.deepEqual(diff.impact.studies.map((v) => `${v.file} ${v.study}: ${v.before} → ${v.after}`).sort(), expected);
    assert.ok(diff.impact.cases.run < diff.impact.cases.compared, 'cases no change can reach are not run');
  });

  test('linked projects are accepted too, with the same result', () => {
    const [a, b] = [version(PARENT), version(edit(PARENT, ['<= 5mm', '<= 2.5mm']))];
    const fromFiles = core.diffProtocols(a, b);
    const fromProjects = core.diffProtocols(core.analyzeProject(a), core.analyzeProject(b));
    assert.deepEqual(fromProjects, fromFiles);
    assert.deepEqual(core.diffProtocols(a, b, { impact: false }).impact.studies, []);
  });

  test('broken text on either side never throws', () => {
    const broken = [
      { path: 'p.protocol.yaml', text: 'protocol: parent\nrules: [\n  - id: x' },
      { path: 'x.case.yaml', text: '{{{{' },
      { path: 'y.case.yaml', text: '' },
    ];
    // What survives of the broken parent is its id: every rule of PARENT is gone, and so is
    // the child (its file is not in the broken version); back again, each returns.
    const toBroken = core.diffProtocols(version(PARENT), broken);
    const kinds = (diff, kind) => diff.changes.filter((c) => c.kind === kind);
    assert.deepEqual(
      kinds(toBroken, 'rule-removed')
        .map((c) => c.key)
        .sort(),
      ['brain-sequences', 'field', 'infection', 'thin-ct', 'us'],
    );
    assert.deepEqual(
      kinds(toBroken, 'protocol-removed').map((c) => c.protocol),
      ['child'],
    );
    const fromBroken = core.diffProtocols(broken, version(PARENT));
    assert.deepEqual(
      kinds(fromBroken, 'rule-added')
        .map((c) => c.key)
        .sort(),
      ['brain-sequences', 'field', 'infection', 'thin-ct', 'us'],
    );
    assert.deepEqual(
      kinds(fromBroken, 'protocol-added').map((c) => c.protocol),
      ['child'],
    );
    assert.deepEqual(core.diffProtocols(broken, broken).impact.studies, []);
  });
});

describe('normalized view', () => {
  test('one line per field, sorted, with `extends` as a line', () => {
    const child = `${CHILD}rules:\n  - id: b-rule\n    when: { modality: [XR, CT] }\n    verdict: review\n  - id: a-rule\n    when: { modality: US }\n    require: { field_strength: ">=1.5T" }\n    otherwise: redo\n`;
    assert.equal(
      core.normalizeProtocolText({ path: 'c.protocol.yaml', text: child }),
      [
        'protocol child',
        'extends: parent',
        'hospital.sector: private',
        'rule a-rule: when.modality: US',
        'rule a-rule: require.field_strength: >= 1.5T',
        'rule a-rule: otherwise: redo',
        'rule b-rule: when.modality: [CT, XR]',
        'rule b-rule: verdict: review',
        '',
      ].join('\n'),
    );
  });

  test('the resolved view marks what is inherited', () => {
    const project = core.analyzeProject(files({ 'p.protocol.yaml': PARENT, 'c.protocol.yaml': CHILD }));
    const text = core.normalizeProtocol(project, 'child', { resolved: true });
    assert.match(text, /^rule thin-ct: require\.slice_thickness: <= 5mm {2}# inherited from parent$/m);
    assert.match(text, /^hospital\.sector: private$/m);
    assert.match(text, /^hospital\.currency: USD {2}# inherited from parent$/m);
    assert.match(text, /^cost PET-CT: 2200\.\.6000 \(1100\.\.1500 × 2\.\.4\) {2}# inherited from parent$/m);
    assert.equal(core.normalizeProtocol(project, 'nope'), '');
  });

  test("a file's own errors come first; a case file is shown as written", () => {
    const text = core.normalizeProtocolText({
      path: 'p.protocol.yaml',
      text: 'protocol: p\nrules:\n  - id: a\n    when: { modality: CT }\n    require: { slice_thickness: <= 5cm }\n',
    });
    assert.match(text.split('\n')[0], /^! line 5: \[unit-mismatch\] /);
    assert.match(text, /^rule a: when\.modality: CT$/m);
    const c = 'case: x\nprotocol: p\n';
    assert.equal(core.normalizeProtocolText({ path: 'x.case.yaml', text: c }), c);
    assert.equal(core.normalizeProtocolText({ path: 'x.protocol.yaml', text: '[[[' }), '[[[');
  });

  test('the shipped profiles normalize deterministically and their diff against themselves is empty', async () => {
    const { readFileSync } = await import('node:fs');
    const shipped = ['protocols/tier3a-public.protocol.yaml', 'protocols/private-international.protocol.yaml'].map((path) => ({
      path,
      text: readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
    }));
    // Key order and layout are not meaning: the same protocol with its top-level sections in
    // reverse order normalizes to the same text.
    for (const f of shipped) {
      const sections = f.text.split(/\n(?=[a-z_]+:)/);
      const reversed = [sections[0], ...sections.slice(1).reverse()].join('\n');
      assert.notEqual(reversed, f.text);
      assert.equal(core.normalizeProtocolText({ ...f, text: reversed }), core.normalizeProtocolText(f), f.path);
    }
    assert.deepEqual(core.diffProtocols(shipped, shipped).changes, []);
  });
});

describe('series requirements and preferred', () => {
  const SERIES = `protocol: s
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: prostate
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: DWI, b_value: '>= 1000' }
        - { sequence: T2, plane: axial, slice_thickness: <= 3mm }
    otherwise: supplement
  - id: three-tesla
    when: { modality: MR }
    preferred: { field_strength: '>= 3T' }
`;
  const cases = [
    [
      'a tightened DWI b-value is stricter',
      [["b_value: '>= 1000'", "b_value: '>= 1400'"]],
      ['s rule-changed prostate require.series.DWI.b_value: >= 1000 → >= 1400 (stricter)'],
    ],
    [
      'a thicker T2 limit is looser',
      [['slice_thickness: <= 3mm', 'slice_thickness: <= 4mm']],
      ['s rule-changed prostate require.series.T2 axial.slice_thickness: <= 3mm → <= 4mm (looser)'],
    ],
    [
      'a series requirement added is stricter, with its limits',
      [
        [
          "        - { sequence: DWI, b_value: '>= 1000' }\n",
          "        - { sequence: DWI, b_value: '>= 1000' }\n        - { sequence: DCE, temporal_resolution: <= 15s }\n",
        ],
      ],
      [
        's rule-changed prostate require.series.DCE: - → required (stricter)',
        's rule-changed prostate require.series.DCE.temporal_resolution: - → <= 15s (stricter)',
      ],
    ],
    [
      'contiguous added is stricter',
      [['slice_thickness: <= 3mm }', 'slice_thickness: <= 3mm, contiguous: true }']],
      ['s rule-changed prostate require.series.T2 axial.contiguous: - → true (stricter)'],
    ],
    [
      'a preference changed moves no verdict: no direction',
      [["'>= 3T'", "'>= 1.5T'"]],
      ['s rule-changed three-tesla preferred.field_strength: >= 3T → >= 1.5T'],
    ],
  ];
  for (const [name, edits, expected] of cases) {
    test(name, () => check({ 'p.protocol.yaml': SERIES }, { 'p.protocol.yaml': edit(SERIES, ...edits) }, expected));
  }

  test('reordering series entries is no change', () => {
    const swapped = edit(SERIES, [
      "        - { sequence: DWI, b_value: '>= 1000' }\n        - { sequence: T2, plane: axial, slice_thickness: <= 3mm }\n",
      "        - { sequence: T2, slice_thickness: <= 3mm, plane: axial }\n        - { b_value: '>= 1000', sequence: DWI }\n",
    ]);
    check({ 'p.protocol.yaml': SERIES }, { 'p.protocol.yaml': swapped }, []);
  });

  test('the impact of a tightened b-value: the study with b 1000 changes from accept to supplement', () => {
    const c = `case: c\nprotocol: s\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - id: mr\n    modality: MR\n    region: prostate\n    date: 2026-04-01\n    field_strength: 3T\n    series:\n      - { sequence: DWI, b_values: [0, 1000] }\n      - { sequence: T2, plane: axial, slice_thickness: 3mm }\nexpect:\n  mr: accept\n`;
    const diff = core.diffProtocols(
      files({ 'p.protocol.yaml': SERIES, 'c.case.yaml': c }),
      files({ 'p.protocol.yaml': edit(SERIES, ["'>= 1000'", "'>= 1400'"]), 'c.case.yaml': c }),
    );
    assert.deepEqual(
      diff.impact.studies.map((v) => `${v.case}/${v.study}: ${v.before} → ${v.after}, because ${v.because.join(', ')} (${v.direction})`),
      ['c/mr: accept → supplement, because prostate (stricter)'],
    );
    assert.deepEqual(
      diff.impact.newlyFailing.map((e) => e.case),
      ['c'],
    );
  });
});

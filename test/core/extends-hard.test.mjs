// What a child profile may do to a parent's hard rule through the `missing` table (issue 11):
// it may not make an item the hard rule requires milder, named in a list or aimed at by a
// series requirement; the same verdict, a rule that is not hard, or the child's own hard rule
// are no weakening, and neither is a child repeating the hard rule as it stands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PARENT = `protocol: parent
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w, beyond: redo }
missing:
  LGE: redo
  T2: redo
rules:
  - id: cardiac
    when: { modality: MR, region: heart }
    require: { sequences: [cine], series: [{ sequence: LGE }] }
    otherwise: supplement
    hard: true
  - id: soft
    when: { modality: MR, region: knee }
    require: { sequences: [T2] }
    otherwise: supplement
`;

/** The child's findings about hard rules: the message, and the related note's words and place. */
function findings(child) {
  const project = core.analyzeProject([
    { path: 'parent.protocol.yaml', text: PARENT },
    { path: 'child.protocol.yaml', text: `protocol: child\nextends: parent\n${child}` },
  ]);
  return (project.diagnostics.get('child.protocol.yaml') ?? [])
    .filter((d) => d.code === 'hard-rule-weakened')
    .map((d) => [d.message, d.related?.map((r) => [r.message, r.file, PARENT.slice(r.range.start, r.range.end)])]);
}

test("a child's table may not make an item a parent's hard rule aims a series at milder; the finding points at the hard rule", () => {
  assert.deepEqual(findings('missing:\n  LGE: supplement\n'), [
    [
      "a missing LGE is 'redo' under the hard rule 'cardiac' of parent, and stays so there; this entry cannot make it 'supplement'",
      [["the hard rule 'cardiac'", 'parent.protocol.yaml', 'cardiac']],
    ],
  ]);
});

test("the same verdict, a rule that is not hard, or the child's own hard rule are no weakening", () => {
  assert.deepEqual(findings('missing:\n  LGE: redo\n'), []);
  assert.deepEqual(findings('missing:\n  T2: supplement\n'), []);
  assert.deepEqual(
    findings(
      'missing:\n  FLAIR: supplement\nrules:\n  - id: own\n    when: { modality: MR, region: brain }\n    require: { sequences: [FLAIR] }\n    otherwise: redo\n    hard: true\n',
    ),
    [],
  );
});

test('a child repeating the hard rule as it stands, under the inherited table, is no weakening', () => {
  const same = PARENT.slice(PARENT.indexOf('  - id: cardiac'), PARENT.indexOf('  - id: soft'));
  assert.deepEqual(findings(`rules:\n${same}`), []);
});

// `reimage validate` on profiles where one finding used to hide behind another or not show at
// all: each finding the author sees tells them what to do, once, in their language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findings, reimageInProcess } from '../helpers/cli.mjs';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'reimage-validate-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** `reimage validate` of one profile written as `text`: its findings as `line:col severity [code] message`. */
function validate(text, ...options) {
  const file = join(dir, 'p.protocol.yaml');
  writeFileSync(file, text);
  const r = reimageInProcess(['validate', file, '--protocols', dir, ...options]);
  return findings(r.stdout).map((f) => `${f.line}:${f.column} ${f.severity} [${f.code}] ${f.message}`);
}

test('a rule that needs its otherwise gets that one finding, not a second about its missing item taking another verdict', () => {
  const text = `protocol: p
hospital: { sector: public, currency: USD }
rules:
  - id: liver
    when: { modality: CT, region: liver }
    require: { phases: [arterial] }
    otherwise: supplement
  - id: liver-again
    when: { modality: CT, region: liver }
    require: { phases: [arterial] }
`;
  assert.deepEqual(validate(text), ["8:5 error [missing-key] with `require`, rule 'liver-again' also needs `otherwise`"]);
  // Written, the verdict it gives is what the check compares.
  assert.deepEqual(validate(`${text}    otherwise: redo\n`), [
    "8:9 warning [item-verdicts-differ] a missing arterial is 'redo' under 'liver-again' but 'supplement' under 'liver'; say what it takes in `missing` (the profile's table, or this rule's own)",
  ]);
});

test('`disabled: true` with nothing to switch off: a warning on the key, in plain words, in English and in Chinese', () => {
  const text = `protocol: p
hospital: { sector: public, currency: USD }
rules:
  - id: ultrasound-in-house
    when: { modality: US }
    verdict: redo
    disabled: true
`;
  assert.deepEqual(validate(text), [
    "7:5 warning [nothing-to-disable] `disabled: true` switches off a rule of the same id inherited through `extends`, but this profile extends none: rule 'ultrasound-in-house' switches nothing off and is simply left out; delete it, or remove `disabled` to use it",
  ]);
  assert.deepEqual(validate(text, '--lang', 'zh-CN'), [
    '7:5 warning [nothing-to-disable] `disabled: true` 用于关闭通过 `extends` 继承的同 id 规则，但本规范没有继承任何规范：规则“ultrasound-in-house”不会关闭任何规则，只是被略去；请删除此规则，或去掉 `disabled` 以启用它',
  ]);
});

test('`disabled: true` in a child whose parent has no rule of that id: the warning names the parent; one the parent has is switched off quietly', () => {
  writeFileSync(
    join(dir, 'base.protocol.yaml'),
    'protocol: base\nhospital: { sector: public, currency: USD }\nrules:\n  - { id: us, when: { modality: US }, verdict: redo }\n',
  );
  const child = (id) => `protocol: p\nextends: base\nhospital: { sector: private }\nrules:\n  - id: ${id}\n    disabled: true\n`;
  assert.deepEqual(validate(child('us')), []);
  assert.deepEqual(validate(child('ultrasound')), [
    "6:5 warning [nothing-to-disable] `disabled: true` switches off a rule of the same id inherited through `extends`, but base has no rule 'ultrasound' in effect: nothing is switched off and this rule is simply left out; check the id, or delete the rule",
  ]);
  assert.deepEqual(validate(child('ultrasound'), '--lang', 'zh-CN'), [
    '6:5 warning [nothing-to-disable] `disabled: true` 用于关闭通过 `extends` 继承的同 id 规则，但 base 中没有生效的规则“ultrasound”：没有规则被关闭，此规则只是被略去；请检查 id，或删除此规则',
  ]);
  // A parent nobody knows is its own error; the child is not told more about what it disables.
  assert.deepEqual(
    validate(child('ultrasound').replace('extends: base', 'extends: nowhere')).map((f) => f.split(' [')[1].split(']')[0]),
    ['unknown-extends'],
  );
});

test("an empty list where the schema wants at least one item is said in the reader's words, not ajv's English", () => {
  const text = `protocol: p
hospital: { sector: public, currency: USD }
rules:
  - id: mr-planes
    when: { modality: [] }
    require: { series: [{ sequence: [], plane: axial }] }
    otherwise: redo
`;
  assert.deepEqual(validate(text, '--lang', 'zh-CN'), [
    '5:23 error [invalid-value] `modality`是空列表：请至少写一个检查方式',
    '6:37 error [invalid-value] `sequence`是空列表：请至少写一个 MR 序列',
  ]);
  assert.deepEqual(validate(text), [
    '5:23 error [invalid-value] `modality` is an empty list: write at least one modality',
    '6:37 error [invalid-value] `sequence` is an empty list: write at least one MR sequence',
  ]);
});

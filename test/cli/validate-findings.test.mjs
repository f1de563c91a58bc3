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

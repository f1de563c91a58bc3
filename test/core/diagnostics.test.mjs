// Every diagnostic code has a fixture project under test/fixtures/diagnostics/<code>/ whose
// files carry their expected diagnostics as caret comments; this checks codes, ranges and the
// words each message must hold (the key, value or id it is about).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import core from '../../dist/core.js';
import { actualDiagnostics, expectedDiagnostics, fixtureProjects, sortDiagnostics } from '../helpers/annotations.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/diagnostics', import.meta.url));
const projects = fixtureProjects(FIXTURES);

for (const { name, files } of projects) {
  test(`diagnostics fixture ${name}`, () => {
    const project = core.analyzeProject(files);
    for (const file of files) {
      const analyzed = project.files.get(file.path);
      const actual = sortDiagnostics(actualDiagnostics(file.text, project.diagnostics.get(file.path), analyzed.parsed.lineIndex));
      const expected = sortDiagnostics(expectedDiagnostics(file.text));
      const place = ({ line, start, end, code }) => ({ line, start, end, code });
      assert.deepEqual(actual.map(place), expected.map(place), file.path);
      // Same places in the same order: each message holds the words its annotation gives.
      expected.forEach((e, i) => {
        assert.ok(e.words, `${file.path}:${e.line + 1}: the ${e.code} annotation gives no words its message must hold`);
        assert.ok(actual[i].message.includes(e.words), `${file.path}:${e.line + 1}: ${e.code} message '${actual[i].message}' does not say '${e.words}'`);
      });
    }
  });
}

// Codes whose trigger cannot sit in a small fixture file are covered by the named tests.
const COVERED_ELSEWHERE = {
  'file-too-large': 'parse: a file over the size limit',
  'too-deep': 'parse: 10,000-deep nesting',
};

test('every diagnostic code has a fixture', () => {
  const withFixture = new Set(projects.flatMap((p) => p.files.flatMap((f) => expectedDiagnostics(f.text).map((d) => d.code))));
  const missing = core.DIAGNOSTIC_CODES.filter((code) => !withFixture.has(code) && !(code in COVERED_ELSEWHERE));
  assert.deepEqual(missing, []);
});

test('every message is plain language with no JSON pointer or ajv wording', () => {
  for (const { files } of projects) {
    const project = core.analyzeProject(files);
    for (const diagnostics of project.diagnostics.values()) {
      for (const d of diagnostics) {
        assert.doesNotMatch(d.message, /must match pattern|must NOT have|#\/|instancePath|\/\d+\//, d.message);
        assert.ok(d.message.length > 10, d.message);
      }
    }
  }
});

test("one rule's findings do not depend on the other rules: each rule of a file is told what it would be told alone", () => {
  const header = 'protocol: p\nhospital: { sector: public, currency: USD }\nrules:\n';
  // Two rules that fail "exactly one of verdict, require or order" in different ways.
  const halfRequire = '  - id: half-require\n    when: { modality: CT }\n    otherwise: redo\n';
  const nothing = '  - id: nothing\n    when: { modality: MR }\n';
  // The findings inside the rule's own lines.
  const findings = (text, id) => {
    const start = text.indexOf(`  - id: ${id}\n`);
    const next = text.indexOf('  - id: ', start + 1);
    const end = next < 0 ? text.length : next;
    return core
      .analyzeFile({ path: 'p.protocol.yaml', text })
      .diagnostics.filter((d) => d.range.start >= start && d.range.start < end)
      .map((d) => `${d.code}: ${d.message}`);
  };
  const both = header + halfRequire + nothing;
  assert.deepEqual(findings(both, 'half-require'), findings(header + halfRequire, 'half-require'));
  assert.deepEqual(findings(both, 'nothing'), findings(header + nothing, 'nothing'));
  assert.ok(findings(both, 'nothing').length > 0 && findings(both, 'half-require').length > 0, 'both rules have findings');
});

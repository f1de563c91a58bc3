// Hostile input reaches the parser as diagnostics, never as an exception or a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';
import { prng } from '../helpers/prng.mjs';

test('a file over the size limit gets one diagnostic instead of a parse', () => {
  const text = `case: big\nnote: "${'x'.repeat(core.MAX_FILE_CHARS)}"\n`;
  const parsed = core.parseYaml(text);
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.code),
    ['file-too-large'],
  );
  assert.match(parsed.diagnostics[0].message, /MB/);
  assert.equal(parsed.value, null);
});

test('10,000-deep nesting is reported as too deep, flow and block alike', () => {
  for (const text of ['a: ' + '['.repeat(10000) + ']'.repeat(10000), 'a:\n  ' + '- '.repeat(10000) + '1\n']) {
    const project = core.analyzeProject([{ path: 'deep.case.yaml', text }]);
    const codes = project.diagnostics.get('deep.case.yaml').map((d) => d.code);
    assert.ok(codes.includes('too-deep'), codes.join(', '));
    assert.deepEqual(core.runCases(project).cases, []);
  }
});

// The nesting is measured before yaml sees the text, skipping comments and quoted values; what
// counts as either must be what yaml reads, or a quote that yaml reads as a plain character
// hides the brackets after it. Each head below once did.
test('a quote yaml reads as part of a word, a comment or a plain value hides no nesting after it', () => {
  const heads = [
    "note: x\n# it's 'open\n", // a comment at the start of a line, holding a quote
    "note: don't 'quote\n", // quotes inside a plain value
    "note: 'it''s [ fine'\n", // '' inside single quotes is a quote, not an end and a start
    'note: "a \\\\" \'b\n', // an escaped backslash ends a double-quoted value
  ];
  for (const head of heads) {
    const nested = 'k: ' + '['.repeat(300) + ']'.repeat(300) + '\n';
    const found = core.parseYaml(head + nested).diagnostics;
    assert.deepEqual(
      found.map((d) => d.code),
      ['too-deep'],
      head,
    );
    // Where the 257th bracket opens: the first level past the limit of 256.
    assert.equal(found[0].range.start, head.length + 'k: '.length + 256, head);
  }
});

test('an alias bomb is stopped at the first alias', () => {
  let text = 'case: bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 12; i++)
    text += `a${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  const parsed = core.parseYaml(text);
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.code),
    ['alias-limit'],
  );
  assert.equal(text.slice(parsed.diagnostics[0].range.start, parsed.diagnostics[0].range.end), '*a0');
});

test('a syntax error keeps the parts that parse', () => {
  const text =
    'case: partial\nprotocol: base\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - id: ct\n    modality: CT\n    date: 2026-04-01\n  - id: [\n';
  const parsed = core.parseYaml(text);
  assert.ok(parsed.diagnostics.some((d) => d.code === 'yaml-syntax'));
  assert.equal(parsed.value.case, 'partial');
  assert.equal(parsed.value.studies[0].id, 'ct');
});

test('a line index made from the previous version after an edit equals one made afresh', () => {
  const random = prng(20261206);
  const pieces = ['\n', '\r\n', 'a', 'key: value\n', '\n\n', '  - x\n', ''];
  let text = 'protocol: p\nrules:\n  - id: a\n    verdict: redo\n';
  let index = new core.LineIndex(text);
  for (let i = 0; i < 500; i++) {
    const from = Math.floor(random() * (text.length + 1));
    const to = Math.min(text.length, from + Math.floor(random() * 12));
    text = text.slice(0, from) + pieces[Math.floor(random() * pieces.length)] + text.slice(to);
    index = core.LineIndex.edited(index, text);
    const fresh = new core.LineIndex(text);
    assert.equal(index.lineCount, fresh.lineCount, `edit ${i}`);
    for (let line = 0; line < fresh.lineCount; line++)
      assert.equal(index.offset({ line, character: 0 }), fresh.offset({ line, character: 0 }), `edit ${i}, line ${line}`);
  }
});

test('line index converts offsets and positions both ways', () => {
  const index = new core.LineIndex('ab\ncd\n\nef');
  assert.deepEqual(index.position(4), { line: 1, character: 1 });
  assert.deepEqual(index.position(6), { line: 2, character: 0 });
  assert.equal(index.offset({ line: 3, character: 1 }), 8);
  assert.equal(index.offset({ line: 1, character: 99 }), 5, 'clamped to the end of the line');
  assert.deepEqual(index.position(999), { line: 3, character: 2 });
});

test('a duplicate key yaml reports at the very end of the text is ranged inside the text', () => {
  // Found by the property test: the unclosed quote swallows the rest, and yaml reports the
  // duplicate key at the end of the text.
  const text = "<<: ''>= 1.5T'\n";
  const duplicate = core.parseYaml(text).diagnostics.find((d) => d.code === 'duplicate-key');
  assert.ok(duplicate);
  assert.ok(duplicate.range.start <= duplicate.range.end && duplicate.range.end <= text.length, JSON.stringify(duplicate.range));
});

// The canonical formatter (docs/language.md, "Canonical format"): one input → expected output
// pair per layout rule, refusals with their reasons, then properties over every shipped file,
// every fixture that parses and a few hundred generated variants of them: the data is unchanged,
// formatting is idempotent, every comment is kept next to what it annotates. formatRange edits
// stay inside the items the range touches. Run `node esbuild.mjs` first.
// Reproduce a generated failure with FMT_SEED=<seed>; FMT_VARIANTS scales the variants per file.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CST, Lexer, isMap, isScalar, isSeq, parse, parseDocument, visit } from 'yaml';
import core from '../../dist/core.js';
import { prng as random } from '../helpers/prng.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMAS = {
  protocol: JSON.parse(readFileSync(join(root, 'schemas/protocol.schema.json'), 'utf8')),
  case: JSON.parse(readFileSync(join(root, 'schemas/case.schema.json'), 'utf8')),
};

/** Lines → text with a final newline. */
const lines = (...l) => l.join('\n') + '\n';

/** Formats `input` and expects `expected`; the expected text must itself be canonical. */
function check(input, expected, options = {}) {
  const result = core.formatText(input, options);
  assert.equal(result.refused, undefined, `refused: ${result.refused}`);
  assert.equal(result.text, expected);
  assert.equal(result.changed, input !== expected);
  const again = core.formatText(expected, options);
  assert.equal(again.text, expected, 'the expected text is not canonical itself');
  assert.equal(again.changed, false);
}

function refuses(input, reason, options = {}) {
  const result = core.formatText(input, options);
  assert.equal(result.text, input, 'a refused text comes back unchanged');
  assert.equal(result.changed, false);
  assert.match(result.refused ?? '(not refused)', reason);
}

// ---- layout rules ----------------------------------------------------------------------

describe('key order', () => {
  test('protocol root: the schema order (protocol, title, extends, hospital, validity, rules, …)', () => {
    check(
      lines('rules: []', 'title: T', 'extends: base', 'protocol: p', 'hospital: { sector: public }'),
      lines('protocol: p', 'title: T', 'extends: base', 'hospital: { sector: public }', 'rules: []'),
    );
  });

  test('rule: id, title, when, verdict, …, because, …, timeline, expedite, hard, disabled', () => {
    check(
      lines(
        'protocol: p',
        'rules:',
        '  - hard: true',
        '    because: B',
        '    verdict: redo',
        '    when: {}',
        '    id: a',
        '    expedite: true',
        '    title: T',
      ),
      lines(
        'protocol: p',
        'rules:',
        '  - id: a',
        '    title: T',
        '    when: {}',
        '    verdict: redo',
        '    because: B',
        '    expedite: true',
        '    hard: true',
      ),
    );
  });

  test('case root, patient and study: the schema order', () => {
    check(
      lines(
        'expect: { ct: redo }',
        'studies:',
        '  - date: 2026-01-01',
        '    modality: CT',
        '    id: ct',
        'patient:',
        '  purpose: oncology',
        '  context: active-oncology',
        'on: 2026-04-10',
        'protocol: p',
        'case: c',
      ),
      lines(
        'case: c',
        'protocol: p',
        'on: 2026-04-10',
        'patient:',
        '  context: active-oncology',
        '  purpose: oncology',
        'studies:',
        '  - id: ct',
        '    modality: CT',
        '    date: 2026-01-01',
        'expect: { ct: redo }',
      ),
    );
  });

  test('inside a flow map too', () => {
    check(
      lines('case: c', 'studies:', '  - { date: 2026-01-01, modality: CT, id: ct }'),
      lines('case: c', 'studies:', '  - { id: ct, modality: CT, date: 2026-01-01 }'),
    );
  });

  test('unknown keys come after the known ones, in their own order', () => {
    check(lines('zeta: 1', 'title: T', 'alpha: 2', 'protocol: p'), lines('protocol: p', 'title: T', 'zeta: 1', 'alpha: 2'));
  });

  test('the kind comes from the options when the text does not say', () => {
    check(lines('on: 2026-04-10', 'protocol: p'), lines('protocol: p', 'on: 2026-04-10'), { kind: 'case' });
    check(lines('on: 2026-04-10', 'protocol: p'), lines('protocol: p', 'on: 2026-04-10'), { kind: 'protocol' });
  });

  test('without a kind no key moves', () => {
    check(lines('b: 1', 'a: 2'), lines('b: 1', 'a: 2'));
  });

  test("maps of names and settings keep the author's order: validity, timelines, costs, impact, expect, hospital, when, require", () => {
    const text = lines(
      'protocol: p',
      'hospital: { currency: USD, sector: public }',
      'validity:',
      '  stable-orthopedic: { window: 3mo..6mo, beyond: review }',
      '  active-oncology: { window: 4w..6w, beyond: redo }',
      'rules:',
      '  - id: a',
      '    when: { purpose: oncology, modality: CT }',
      "    require: { sequences: [T2, T1], field_strength: '>= 1.5T' }",
      '    otherwise: supplement',
      '    impact: { T2: X, T1: Y }',
      'timelines:',
      '  US: { lead: 1bd..3bd, scan: 15min..30min }',
      '  CT: { scan: 15min..30min }',
      'costs:',
      '  reserve: 500..2000',
      '  PET-CT: 1100..1500',
    );
    check(text, text);
    const expect = lines('case: c', 'expect:', '  ready_by: 2026-04-14', '  b: redo', '  a: accept');
    check(expect, expect);
  });

  test('list items are never reordered', () => {
    const text = lines('protocol: p', 'rules:', '  - id: z', '  - id: a', 'advice:', '  - { when: redo, text: B }', '  - { when: always, text: A }');
    check(text, text);
  });
});

describe('indentation and style', () => {
  test('two spaces per level; lists are indented under their key', () => {
    check(
      lines('protocol: p', 'hospital:', '    sector: public', 'rules:', '-   id: a', '    when:', '        modality: CT', '    verdict: redo'),
      lines('protocol: p', 'hospital:', '  sector: public', 'rules:', '  - id: a', '    when:', '      modality: CT', '    verdict: redo'),
    );
  });

  test('one space after a colon and after a dash', () => {
    check(lines('protocol:    p', 'rules:', '  -    id:   a'), lines('protocol: p', 'rules:', '  - id: a'));
  });

  test('a flow map or list written on one line stays flow, spaced { a: 1 } and [a, b]', () => {
    check(
      lines('protocol: p', 'hospital: {sector: public,currency: USD}', 'rules:', '  - {id: a, when: {modality: [ CT , MR ]}, verdict: redo}'),
      lines('protocol: p', 'hospital: { sector: public, currency: USD }', 'rules:', '  - { id: a, when: { modality: [CT, MR] }, verdict: redo }'),
    );
  });

  test('a flow collection written over several lines becomes block', () => {
    check(
      lines('protocol: p', 'timelines:', '  CT: { scan: 15min..30min,', '        report: 1bd..2bd }'),
      lines('protocol: p', 'timelines:', '  CT:', '    scan: 15min..30min', '    report: 1bd..2bd'),
    );
  });

  test('a top-level list (rules, studies, advice) is always a block list', () => {
    check(
      lines('case: c', 'studies: [{ id: a, modality: CT, date: 2026-01-01 }, { id: b, modality: MR, date: 2026-01-02 }]'),
      lines('case: c', 'studies:', '  - { id: a, modality: CT, date: 2026-01-01 }', '  - { id: b, modality: MR, date: 2026-01-02 }'),
    );
  });

  test('a document written as one flow map becomes block', () => {
    check('{ protocol: p, title: T }\n', lines('protocol: p', 'title: T'));
  });

  test('empty collections stay {} and []', () => {
    check(lines('case: c', 'patient:', '  symptoms: [ ]', '  extra: {  }'), lines('case: c', 'patient:', '  symptoms: []', '  extra: {}'));
  });

  test('an empty value stays empty', () => {
    check(lines('protocol: p', 'title:', 'rules:', '  -'), lines('protocol: p', 'title:', 'rules:', '  -'));
  });
});

describe('scalars and quotes', () => {
  test('quotes go where YAML reads the same value without them', () => {
    check(
      lines('protocol: "p"', 'rules:', "  - id: 'a'", "    require: { slice_thickness: '<= 2.5mm' }", '    otherwise: "redo"'),
      lines('protocol: p', 'rules:', '  - id: a', '    require: { slice_thickness: <= 2.5mm }', '    otherwise: redo'),
    );
  });

  test("quotes stay where they are needed, in the author's style", () => {
    const text = lines(
      'protocol: p',
      'rules:',
      '  - id: a',
      "    title: 'a: b'",
      "    require: { field_strength: '>= 1.5T' }",
      "    because: 'true'",
      '    note: ">= 3T is better"',
      "    advice: '123'",
      '    x1: "tab\\there"',
      "    x2: '# not a comment'",
      "    x3: 'ends with a space '",
      "    x4: ''",
      "    x5: 'null'",
      "    x6: '- dash'",
      "    x7: '*star'",
      "    x8: 'yes'",
      '    x9: "off"',
    );
    check(text, text);
  });

  test('a quoted key loses its quotes when it can', () => {
    check(lines("'protocol': p", 'timelines:', '  "CT": { "scan": 15min }'), lines('protocol: p', 'timelines:', '  CT: { scan: 15min }'));
  });

  test('plain values keep their spelling: dates, units, numbers', () => {
    const text = lines(
      'case: c',
      'on: 2026-04-10',
      'studies:',
      '  - { id: a, modality: CT, date: 2026-01-01, slice_thickness: 2.50mm }',
      'x: 1.50',
      'y: 0x1F',
      'z: ~',
    );
    check(text, text);
  });

  test('a multi-line value keeps its lines, re-indented under its key', () => {
    check(
      lines(
        'protocol: p',
        'rules:',
        '    - id: a',
        '      because: Oncology evaluation',
        '                 needs thin sections.',
        '      note: "a quoted',
        '          text"',
      ),
      lines('protocol: p', 'rules:', '  - id: a', '    because: Oncology evaluation', '      needs thin sections.', '    note: "a quoted', '      text"'),
    );
  });

  test('a block text keeps its content and its relative indentation', () => {
    check(
      lines(
        'protocol: p',
        'rules:',
        '    - id: a',
        '      because: |',
        '            first',
        '              indented',
        '',
        '            last',
        '      note: >-',
        '         folded',
      ),
      lines('protocol: p', 'rules:', '  - id: a', '    because: |', '      first', '        indented', '', '      last', '    note: >-', '      folded'),
    );
  });
});

describe('comments', () => {
  test('the modeline and the header (up to its last blank line) stay first, even when the first key moves', () => {
    check(
      lines('# yaml-language-server: $schema=../schemas/protocol.schema.json', '# About this profile.', '', 'title: T', 'protocol: p'),
      lines('# yaml-language-server: $schema=../schemas/protocol.schema.json', '# About this profile.', '', 'protocol: p', 'title: T'),
    );
  });

  test("comments right above the first key are that key's; the modeline stays first", () => {
    check(
      lines('# yaml-language-server: $schema=../schemas/protocol.schema.json', '# The title.', 'title: T', 'protocol: p'),
      lines('# yaml-language-server: $schema=../schemas/protocol.schema.json', 'protocol: p', '# The title.', 'title: T'),
    );
  });

  test('a comment above a key moves with the key; an end-of-line comment too', () => {
    check(
      lines('protocol: p', 'rules:', '  - id: a', '    # why', '    because: B', '    verdict: redo # the verdict'),
      lines('protocol: p', 'rules:', '  - id: a', '    verdict: redo # the verdict', '    # why', '    because: B'),
    );
  });

  test('comments before list items and between rules stay, with their blank lines', () => {
    const text = lines(
      'protocol: p',
      'rules:',
      '  # -----------------',
      '  # Scenario 2',
      '  # -----------------',
      '',
      '  # seed: Scenario 2',
      '  - id: a',
      '    verdict: redo',
      '',
      '  # seed: Scenario 3',
      '  - id: b',
      '    verdict: review',
    );
    check(text, text);
  });

  test('a comment indented under the last entry stays inside it', () => {
    check(
      lines('protocol: p', 'rules:', '  - id: a', '    verdict: redo', '      # about a', '  # before b', '  - id: b', '# before costs', 'costs: {}'),
      lines('protocol: p', 'rules:', '  - id: a', '    verdict: redo', '    # about a', '  # before b', '  - id: b', '# before costs', 'costs: {}'),
    );
  });

  test('end-of-line comments keep their column, so aligned comments stay aligned', () => {
    check(
      lines('protocol: p', 'hospital:', '    sector: public     # one', '    currency: USD      # two'),
      lines('protocol: p', 'hospital:', '  sector: public       # one', '  currency: USD        # two'),
    );
  });

  test('an end-of-line comment gets one space when its column is taken', () => {
    check(
      lines('protocol: p', 'rules:', '- id: a # the first', '- id: b   # the second'),
      lines('protocol: p', 'rules:', '  - id: a # the first', '  - id: b # the second'),
    );
  });

  test('a comment on a key line stays there', () => {
    const text = lines('protocol: p', 'validity:   # per clinical context', '  active-oncology: { window: 4w..6w, beyond: redo }  # <=4w accept');
    check(text, text);
  });

  test('a comment after a lone dash goes above the item', () => {
    check(lines('protocol: p', 'rules:', '  - # the first rule', '    id: a'), lines('protocol: p', 'rules:', '  # the first rule', '  - id: a'));
  });

  test('comments inside a multi-line flow map stay with their entries', () => {
    check(
      lines('protocol: p', 'timelines:', '  CT: {', '    # the scan', '    scan: 15min..30min,  # on the day', '    report: 1bd..2bd', '  }'),
      lines('protocol: p', 'timelines:', '  CT:', '    # the scan', '    scan: 15min..30min   # on the day', '    report: 1bd..2bd'),
    );
  });

  test('the last comments of the file stay last', () => {
    check(lines('title: T', 'protocol: p', '', '# the end', '', ''), lines('protocol: p', 'title: T', '', '# the end'));
  });
});

describe('blank lines and line ends', () => {
  test('runs of blank lines become one; none at the start, the end, or right under a key', () => {
    check(
      lines('', '', 'protocol: p', '', '', '', 'rules:', '', '  - id: a', '', '', '  - id: b', '', ''),
      lines('protocol: p', '', 'rules:', '  - id: a', '', '  - id: b'),
    );
  });

  test('a blank line after a block text is kept', () => {
    const text = lines('protocol: p', 'title: |', '  T', '', 'rules: []');
    check(text, text);
  });

  test('a file ends with one line break', () => {
    check('protocol: p', 'protocol: p\n');
  });

  test('CRLF line ends and a byte order mark are kept', () => {
    check('\ufeffprotocol: p\r\nhospital:\r\n    sector: public\r\n', '\ufeffprotocol: p\r\nhospital:\r\n  sector: public\r\n');
  });

  test('a --- marker is kept', () => {
    check(lines('# head', '---', 'title: T', 'protocol: p'), lines('# head', '---', 'protocol: p', 'title: T'));
  });

  test('an empty file and a file of comments only', () => {
    check('', '');
    check('# only\n\n\n# comments', '# only\n\n# comments\n');
  });
});

describe('refusals: the text comes back unchanged with a reason', () => {
  test('YAML syntax errors', () => {
    refuses(lines('protocol: p', 'rules: [a, b'), /YAML error at line 2.*never closed/);
    refuses(lines('protocol: p', 'rules:', '  - require: { field_strength: >= 1.5T }'), /YAML error at line 3.*quotes/);
    refuses(lines('protocol: p', 'protocol: q'), /YAML error at line 2.*twice/);
    refuses(lines('protocol: p', '---', 'protocol: q'), /YAML error/);
  });

  test('anchors, aliases and tags', () => {
    refuses(lines('protocol: p', 'a: &x 1'), /anchor \(&name\) \(line 2\)/);
    refuses(lines('protocol: p', 'a: !!str 1'), /tag \(!name\) \(line 2\)/);
    refuses(lines('protocol: p', 'a: !custom 1'), /tag/);
  });

  test('explicit keys and directives', () => {
    refuses(lines('protocol: p', '? a', ': 1'), /explicit key/);
    refuses(lines('%YAML 1.2', '---', 'protocol: p'), /directive/);
  });

  test('a comment the formatter cannot place', () => {
    refuses(lines('protocol: p', 'timelines:', '  CT:', '    { # after the brace', '      scan: 15min }'), /comment at line 4/);
  });

  test('hostile input: huge and deeply nested files', () => {
    refuses('a: ' + 'x'.repeat(9 * 1024 * 1024), /YAML error/);
    refuses('['.repeat(5000), /YAML error/);
  });
});

// ---- properties --------------------------------------------------------------------------

/** Every shipped file and every fixture whose YAML parses without an error. */
const CORPUS = ['protocols', 'test/fixtures']
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((f) => join(dir, f)))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
  .filter((f) => !core.parseYaml(f.text).diagnostics.some((d) => d.severity === 'error'));

/** Fixtures that parse but use YAML the formatter leaves alone, with the reason it gives. */
const REFUSED = new Map([['test/fixtures/cli/invalid/collection-key.case.yaml', /the key at line 4 is a list or a map/]]);
const FORMATTABLE = CORPUS.filter((f) => !REFUSED.has(f.path));

const kindOf = (path) => (/\.case\.ya?ml$/.test(path) ? 'case' : /\.protocol\.ya?ml$/.test(path) ? 'protocol' : undefined);

/** The comments of a text (yaml's lexer: a `#` inside a quoted or block scalar is not one). */
function commentsOf(text) {
  const out = [];
  let offset = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR) {
      scalarNext = token === CST.SCALAR;
      continue;
    }
    const start = offset;
    offset += token.length;
    if (scalarNext) {
      scalarNext = false;
      continue;
    }
    if (CST.tokenType(token) === 'comment') {
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      out.push({
        text: token.trimEnd(),
        line: text.slice(0, lineStart).split('\n').length - 1,
        col: start - lineStart,
        ownLine: text.slice(lineStart, start).trim() === '',
      });
    }
  }
  return out;
}

/**
 * Where the nodes of a text are, by data path (`rules[2].when`), which formatting never changes:
 * the path starting on each line (a list item's on its `-` line), the scalars and flow
 * collections with their end, and the last line of each block map or list.
 */
function nodeIndex(text) {
  const doc = parseDocument(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const textLines = text.split('\n');
  const starts = new Map();
  const ends = [];
  const blockEnds = [];
  const start = (line, path) => {
    if (!starts.has(line)) starts.set(line, path);
  };
  const lastLine = (node) => {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
      const last = node.items[node.items.length - 1];
      return isMap(node) ? Math.max(lastLine(last.key), lastLine(last.value)) : lastLine(last);
    }
    if (!node?.range) return -1;
    let line = lineOf(Math.max(node.range[0], node.range[1] - 1));
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      while (line > lineOf(node.range[0]) && textLines[line].trim() === '') line--;
    }
    return line;
  };
  const walk = (node, path, depth) => {
    if (!node?.range) return;
    if (isScalar(node)) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      start(lineOf(node.range[0]), path);
      ends.push({ end: block ? node.range[0] + 1 : node.range[1], path });
      return;
    }
    if (node.flow) {
      start(lineOf(node.range[0]), path);
      ends.push({ end: node.range[1], path });
    } else {
      blockEnds.push({ line: lastLine(node), path, depth });
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const p = `${path}.${pair.key?.value}`;
        start(lineOf(pair.key.range[0]), p);
        ends.push({ end: pair.key.range[1], path: p });
        walk(pair.value, p, depth + 1);
      }
    } else {
      node.items.forEach((item, i) => {
        if (!item?.range) return;
        let dash = lineOf(item.range[0]);
        if (!node.flow) while (dash > 0 && !/^\s*-(\s|$)/.test(textLines[dash])) dash--;
        start(dash, `${path}[${i}]`);
        walk(item, `${path}[${i}]`, depth + 1);
      });
    }
  };
  walk(doc.contents, '', 0);
  for (const e of ends) e.line = lineOf(e.end);
  return { starts, ends, blockEnds, textLines };
}

/**
 * What each comment annotates, as a data path: an end-of-line comment the last value before it
 * on its line; a comment on a line of its own the node starting on the next content line, or —
 * when that line is indented less (the comment closes the block above) — the innermost block
 * ending on the content line before it (if none, the next node). Comments above a blank line before the first key, and
 * the modeline, are the header (they stay first even when the first key moves); comments after
 * everything are the end.
 */
function anchorsOf(text) {
  const plain = text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
  const { starts, ends, blockEnds, textLines } = nodeIndex(plain);
  const comments = commentsOf(plain);
  const commentLines = new Set(comments.filter((c) => c.ownLine).map((c) => c.line));
  const isContent = (i) => !['', '-', '---'].includes(textLines[i].trim()) && !commentLines.has(i);
  const firstContent = textLines.findIndex((_, i) => isContent(i));
  // The header: what is above the last blank line before the first key, and the modeline.
  let headerEnd = firstContent < 0 ? textLines.length : firstContent;
  while (headerEnd > 0 && textLines[headerEnd - 1].trim() !== '') headerEnd--;
  const indent = (i) => textLines[i].length - textLines[i].trimStart().length;
  return comments.map((c) => {
    const key = c.text;
    if (!c.ownLine) {
      const offset =
        plain
          .split('\n')
          .slice(0, c.line)
          .reduce((n, l) => n + l.length + 1, 0) + c.col;
      const before = ends.filter((e) => e.end <= offset && e.line === c.line).sort((a, b) => b.end - a.end)[0];
      // After a lone `-`: about the list item (the formatter puts it on its own line above it).
      if (!before && /^\s*-\s*$/.test(textLines[c.line].slice(0, c.col))) return { key, anchor: `above ${starts.get(c.line)}` };
      return { key, anchor: `on ${before?.path}` };
    }
    if (c.line < headerEnd || /^#\s*yaml-language-server:/.test(c.text)) return { key, anchor: 'header' };
    let next = c.line + 1;
    while (next < textLines.length && !isContent(next)) next++;
    if (next < textLines.length && indent(next) >= c.col) return { key, anchor: `above ${starts.get(next)}` };
    let prev = c.line - 1;
    while (prev >= 0 && !isContent(prev)) prev--;
    // Inside the block above only when no comment between it and this one is indented as little as what follows.
    const limit = next < textLines.length ? indent(next) : 0;
    const inside = comments.every((o) => !o.ownLine || o.line <= prev || o.line > c.line || o.col > limit);
    const block = inside && blockEnds.filter((b) => b.line === prev && b.depth > 0).sort((a, b) => b.depth - a.depth)[0];
    if (block) return { key, anchor: `closing ${block.path}` };
    return { key, anchor: next < textLines.length ? `above ${starts.get(next)}` : 'end' };
  });
}

/** Comment text → what each comment with that text annotates (sorted: a text may repeat). */
function anchorTable(text) {
  const table = new Map();
  for (const { key, anchor } of anchorsOf(text)) table.set(key, [...(table.get(key) ?? []), anchor]);
  for (const list of table.values()) list.sort();
  return table;
}

/** The known keys of every map that describes one thing (its schema lists required keys) are in schema order. */
function assertSchemaOrder(value, kind, path) {
  if (!kind) return;
  const schema = SCHEMAS[kind];
  const resolve = (s) => {
    let r = s;
    for (let i = 0; r && r.$ref && i < 10; i++) r = schema.$defs[r.$ref.split('/').pop()];
    return r;
  };
  const walk = (s, v, where) => {
    s = resolve(s);
    if (!s || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(s.items, x, `${where}[${i}]`));
    const known = s.properties ? Object.keys(s.properties) : [];
    if (s.required?.length) {
      const keys = Object.keys(v).filter((k) => known.includes(k));
      assert.deepEqual(
        keys,
        [...keys].sort((a, b) => known.indexOf(a) - known.indexOf(b)),
        `${path}: keys of ${where || 'the root'} not in schema order`,
      );
    }
    for (const [k, x] of Object.entries(v))
      walk(s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : null), x, `${where}.${k}`);
  };
  walk(schema, value, '');
}

/** The properties every formatted text has. */
function assertFormatted(path, input, options = {}) {
  const result = core.formatText(input, options);
  assert.equal(result.refused, undefined, `${path}: refused: ${result.refused}`);
  const output = result.text;
  assert.deepEqual(parse(output), parse(input), `${path}: the data changed`);
  const again = core.formatText(output, options);
  assert.equal(again.text, output, `${path}: formatting is not idempotent`);
  assert.equal(again.changed, false);
  const before = commentsOf(input.replace(/^\ufeff/, ''));
  const after = commentsOf(output.replace(/^\ufeff/, ''));
  assert.equal(after.length, before.length, `${path}: the number of comments changed`);
  assert.deepEqual(after.map((c) => c.text).sort(), before.map((c) => c.text).sort(), `${path}: a comment's text changed`);
  const anchorsAfter = anchorTable(output);
  for (const [text, anchors] of anchorTable(input)) {
    assert.deepEqual(anchorsAfter.get(text), anchors, `${path}: the comment ${text} is no longer next to what it annotated`);
  }
  assertSchemaOrder(parse(output), options.kind, path);
  return output;
}

describe('properties over the shipped files and the fixtures', () => {
  test('the corpus is not empty', () => {
    assert.ok(CORPUS.length >= 60, `${CORPUS.length} files`);
    assert.ok(CORPUS.some((f) => f.path === 'protocols/tier3a-public.protocol.yaml'));
  });

  test('the shipped files are already canonical', () => {
    for (const f of CORPUS.filter((c) => c.path.startsWith('protocols'))) {
      const result = core.formatText(f.text, { kind: kindOf(f.path) });
      assert.equal(result.refused, undefined, `${f.path}: ${result.refused}`);
      assert.equal(result.changed, false, `${f.path} is not in the canonical format (run reimage fmt)`);
    }
  });

  for (const f of CORPUS) {
    test(`${f.path}: data kept, idempotent, comments kept in place`, () => {
      if (REFUSED.has(f.path)) return refuses(f.text, REFUSED.get(f.path), { kind: kindOf(f.path) });
      assertFormatted(f.path, f.text, { kind: kindOf(f.path) });
    });
  }
});

// ---- generated variants ----------------------------------------------------------------

/**
 * The same data laid out differently, by yaml's own writer (comments travel with their nodes):
 * keys of maps shuffled, 4-space indentation, some flow maps turned into block maps, long lines
 * folded (multi-line values and flow maps over several lines).
 */
function variantOf(text, rand, { restorable = false, kind } = {}) {
  const doc = parseDocument(text);
  // The file's header belongs to the document, not to its first key.
  if (isMap(doc.contents) && doc.contents.items[0]?.key?.commentBefore) {
    doc.commentBefore = [doc.commentBefore, doc.contents.items[0].key.commentBefore].filter(Boolean).join('\n');
    delete doc.contents.items[0].key.commentBefore;
  }
  if (restorable) {
    shuffleSchemaOrdered(doc.contents, SCHEMAS[kind], SCHEMAS[kind], rand);
    return doc.toString({ indent: 4, indentSeq: rand() < 0.5, lineWidth: 0, flowCollectionPadding: rand() < 0.5 });
  }
  visit(doc, {
    Map(_, map) {
      if (rand() < 0.6) {
        for (let i = map.items.length - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [map.items[i], map.items[j]] = [map.items[j], map.items[i]];
        }
      }
      if (map.flow && rand() < 0.3) map.flow = false;
    },
    Seq(_, seq) {
      if (seq.flow && seq.items.length && rand() < 0.1) seq.flow = false;
    },
  });
  return doc.toString({
    indent: rand() < 0.7 ? 4 : 2,
    indentSeq: rand() < 0.5,
    lineWidth: rand() < 0.5 ? 0 : 60,
    minContentWidth: 20,
    flowCollectionPadding: rand() < 0.5,
  });
}

/** Shuffles the keys of the maps whose order the formatter restores (their schema lists required keys). */
function shuffleSchemaOrdered(node, schema, root, rand) {
  let s = schema;
  for (let i = 0; s && s.$ref && i < 10; i++) s = root.$defs[s.$ref.split('/').pop()];
  if (!s) return;
  if (isSeq(node)) return node.items.forEach((item) => shuffleSchemaOrdered(item, s.items, root, rand));
  if (!isMap(node)) return;
  if (s.required?.length) {
    for (let i = node.items.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [node.items[i], node.items[j]] = [node.items[j], node.items[i]];
    }
  }
  for (const pair of node.items) {
    const key = String(pair.key?.value);
    shuffleSchemaOrdered(pair.value, s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : null), root, rand);
  }
}

const SEED = Number(process.env.FMT_SEED ?? 20260410);
const VARIANTS = Number(process.env.FMT_VARIANTS ?? 4);

test(`generated variants (seed ${SEED}): data kept, idempotent, comments kept in place, schema order`, () => {
  const rand = random(SEED);
  let checked = 0;
  for (const f of FORMATTABLE) {
    for (let i = 0; i < VARIANTS; i++) {
      const variant = variantOf(f.text, rand);
      assert.deepEqual(parse(variant), parse(f.text), `${f.path}: the generator changed the data`);
      assertFormatted(`${f.path} (variant ${i})`, variant, { kind: kindOf(f.path) });
      checked++;
    }
  }
  assert.ok(checked >= 200, `${checked} variants`);
});

test('keys shuffled and re-indented: the same text as the file, up to blank lines and comment columns', () => {
  // yaml's writer keeps comments with their nodes but not always the blank lines or the
  // columns of end-of-line comments: those are the author's, and the formatter keeps them.
  const rand = random(SEED + 1);
  const normal = (t) =>
    t
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.replace(/(\S)\s+#/, '$1 #'))
      .join('\n');
  for (const f of CORPUS.filter((c) => c.path.startsWith('protocols'))) {
    const options = { kind: kindOf(f.path) };
    const variant = variantOf(f.text, rand, { restorable: true, kind: options.kind });
    assert.equal(normal(core.formatText(variant, options).text), normal(core.formatText(f.text, options).text), f.path);
  }
});

/** The file with comments and blank lines put at random lines, at random indentation. */
function withCommentsAdded(text, rand, tag) {
  const out = text.split('\n');
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rand() * out.length);
    const r = rand();
    if (r < 0.4) out.splice(at, 0, `${' '.repeat(Math.floor(rand() * 8))}# added ${tag}.${i}`);
    else if (r < 0.6) out.splice(at, 0, '');
    else if (out[at].trim() && !out[at].includes('#')) out[at] += `${' '.repeat(1 + Math.floor(rand() * 5))}# added at the end ${tag}.${i}`;
  }
  return out.join('\n');
}

test(`comments and blank lines added anywhere (seed ${SEED}): data kept, idempotent, comments kept in place`, () => {
  const rand = random(SEED + 3);
  let checked = 0;
  for (let n = 0; n < 300; n++) {
    const f = FORMATTABLE[Math.floor(rand() * FORMATTABLE.length)];
    const text = withCommentsAdded(f.text, rand, n);
    if (core.parseYaml(text).diagnostics.some((d) => d.severity === 'error')) continue;
    assertFormatted(`${f.path} (with comments added, ${n})`, text, { kind: kindOf(f.path) });
    checked++;
  }
  assert.ok(checked >= 150, `${checked} texts`);
});

const TOKENS = [
  '\n',
  '\n',
  '  ',
  '    ',
  '- ',
  ': ',
  ',',
  '[',
  ']',
  '{',
  '}',
  '# c',
  ' # d',
  '|',
  '>-',
  '"',
  "'",
  'a',
  'b',
  'id',
  'protocol',
  'case',
  'rules',
  'when',
  'verdict',
  'title',
  'studies',
  'x y',
  '1',
  'true',
  '>= 1.5T',
  "'>= 1.5T'",
  '"q"',
  '---',
  '\r\n',
];

test('arbitrary YAML-shaped text: never throws; refused, or data kept and idempotent', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join('')),
      fc.constantFrom('protocol', 'case', undefined),
      (text, kind) => {
        const result = core.formatText(text, { kind });
        if (result.refused) {
          assert.equal(result.text, text);
          return;
        }
        assert.deepEqual(parse(result.text), parse(text));
        assert.equal(core.formatText(result.text, { kind }).text, result.text, 'not idempotent');
        assert.equal(commentsOf(result.text).length, commentsOf(text).length);
      },
    ),
    { numRuns: 3000, ...(process.env.FMT_SEED ? { seed: SEED } : {}) },
  );
});

// ---- formatRange -------------------------------------------------------------------------

const MESSY = lines(
  '# yaml-language-server: $schema=../schemas/protocol.schema.json',
  'title: "T"',
  'protocol: p',
  '',
  'hospital:',
  '    currency: USD',
  '    sector: public',
  '',
  'rules:',
  '  # the first rule',
  '  - verdict: "redo"',
  '    id: first',
  '    when: {modality: CT}',
  '',
  '  - id: second',
  '    when:   {modality: MR}',
  '    verdict: review',
  '      # about second',
  '',
  '  - verdict: "accept"',
  '    id: third',
  'costs:',
  '    PET-CT: 1100..1500',
);

function apply(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.text + out.slice(e.range.end);
  return out;
}

const offsetOf = (text, needle) => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return at;
};

describe('formatRange', () => {
  test('inside one rule: only that rule changes', () => {
    const at = offsetOf(MESSY, 'id: second');
    const { edits, refused } = core.formatRange(MESSY, { start: at, end: at + 3 }, { kind: 'protocol' });
    assert.equal(refused, undefined);
    const after = apply(MESSY, edits);
    assert.equal(after, MESSY.replace('    when:   {modality: MR}', '    when: { modality: MR }').replace('      # about second', '    # about second'));
    const start = offsetOf(MESSY, '  - id: second');
    const end = offsetOf(MESSY, '  - verdict: "accept"');
    for (const e of edits) assert.ok(e.range.start >= start && e.range.end <= end, JSON.stringify(e));
  });

  test('across two rules: both change, with their comments', () => {
    const { edits } = core.formatRange(MESSY, { start: offsetOf(MESSY, 'id: first'), end: offsetOf(MESSY, 'id: second') }, { kind: 'protocol' });
    const after = apply(MESSY, edits);
    assert.match(after, / {2}# the first rule\n {2}- id: first\n {4}when: \{ modality: CT \}\n {4}verdict: redo\n/);
    assert.match(after, / {4}# about second\n/);
    assert.match(after, / {2}- verdict: "accept"\n {4}id: third\n/, 'the third rule is outside the range');
    assert.match(after, /title: "T"\nprotocol: p\n/, "the root order is not the range's business");
  });

  test('on a section key: the whole section', () => {
    const at = offsetOf(MESSY, 'hospital:');
    const after = apply(MESSY, core.formatRange(MESSY, { start: at, end: at }, { kind: 'protocol' }).edits);
    assert.match(after, /hospital:\n {2}currency: USD\n {2}sector: public\n/);
    assert.match(after, /rules:\n {2}# the first rule\n {2}- verdict: "redo"\n/);
  });

  test('on the header or a blank line between items: nothing to do', () => {
    assert.deepEqual(core.formatRange(MESSY, { start: 0, end: 10 }, { kind: 'protocol' }).edits, []);
    const blank = offsetOf(MESSY, '\n\n  - id: second') + 1;
    assert.deepEqual(core.formatRange(MESSY, { start: blank, end: blank }, { kind: 'protocol' }).edits, []);
  });

  test('a canonical file needs no edits; a refused file gets none, with the reason', () => {
    const text = readFileSync(join(root, 'protocols/private-international.protocol.yaml'), 'utf8');
    assert.deepEqual(core.formatRange(text, { start: 0, end: text.length }), { edits: [] });
    const broken = 'protocol: p\nrules: [\n';
    const r = core.formatRange(broken, { start: 0, end: broken.length });
    assert.deepEqual(r.edits, []);
    assert.match(r.refused, /YAML error/);
  });

  test('items of a list indented differently from the canonical 2 keep their indentation', () => {
    const text = lines('protocol: p', 'rules:', '    - id: a', '      verdict: "redo"', '    - id: b', '      verdict: "redo"');
    const at = offsetOf(text, 'id: b');
    const after = apply(text, core.formatRange(text, { start: at, end: at }, { kind: 'protocol' }).edits);
    assert.equal(after, lines('protocol: p', 'rules:', '    - id: a', '      verdict: "redo"', '    - id: b', '      verdict: redo'));
  });

  test('random ranges over variants: every edit inside the items the range touches, the data kept', () => {
    const rand = random(SEED + 2);
    let ranges = 0;
    for (const f of FORMATTABLE.filter((c) => /\.(protocol|case)\.yaml$/.test(c.path))) {
      const text = variantOf(f.text, rand);
      const sections = sectionsOf(text);
      const lineOf = (o) => text.slice(0, o).split('\n').length - 1;
      for (let i = 0; i < 3; i++) {
        const a = Math.floor(rand() * text.length);
        const b = Math.min(text.length, a + Math.floor(rand() * 400));
        const { edits, refused } = core.formatRange(text, { start: a, end: b }, { kind: kindOf(f.path) });
        assert.equal(refused, undefined, `${f.path}: ${refused}`);
        const first = lineOf(a);
        const last = lineOf(Math.max(a, b - 1));
        const touches = (blk) => blk.first <= last && blk.last >= first;
        const allowed = sections.filter(touches).flatMap((s) => (s.items.length && first > s.keyLine ? s.items.filter(touches) : [s]));
        for (const e of edits) {
          const from = lineOf(e.range.start);
          const to = lineOf(e.range.end);
          assert.ok(
            allowed.some((blk) => blk.first <= from && to <= blk.last),
            `${f.path}: an edit on lines ${from}..${to} is outside what lines ${first}..${last} touch: ${JSON.stringify(allowed)}`,
          );
        }
        assert.deepEqual(parse(apply(text, edits)), parse(text), `${f.path}: the data changed`);
        ranges++;
      }
    }
    assert.ok(ranges > 100);
  });
});

/**
 * The line spans of the top-level sections and of the items of top-level block lists, from yaml's
 * nodes: each starts after the one before it ends (the comments above it are its own) and ends
 * at its last line or at the last comment below it that is indented under it.
 */
function sectionsOf(text) {
  const doc = parseDocument(text);
  const textLines = text.split('\n');
  const lineOf = (o) => text.slice(0, o).split('\n').length - 1;
  const indent = (l) => l.length - l.trimStart().length;
  const endOf = (node) => lineOf(Math.max(node.range[0], node.range[1] - 1));
  /** The end line moved over the comment lines after it that are indented deeper than `col`. */
  const extend = (end, col) => {
    let e = end;
    for (let l = end + 1; l < textLines.length; l++) {
      if (textLines[l].trim() === '') continue;
      if (/^\s*#/.test(textLines[l]) && indent(textLines[l]) > col) e = l;
      else break;
    }
    return e;
  };
  /** Block i runs from the line after block i-1 ends to its own end (the last one to `to`). */
  const partition = (blocks, from, to) =>
    blocks.forEach((blk, i) => {
      blk.first = i === 0 ? from : blocks[i - 1].end + 1;
      blk.last = i + 1 < blocks.length ? blk.end : Math.max(blk.end, to);
    });
  if (!isMap(doc.contents) || doc.contents.flow) return [{ first: 0, last: textLines.length - 1, keyLine: -1, items: [] }];
  const sections = doc.contents.items.map((p) => {
    const keyLine = lineOf(p.key.range[0]);
    const section = { keyLine, end: extend(p.value?.range ? Math.max(keyLine, endOf(p.value)) : keyLine, 0), items: [] };
    if (isSeq(p.value) && !p.value.flow && p.value.items.length) {
      section.items = p.value.items.map((item) => {
        let dash = lineOf(item.range[0]);
        while (dash > keyLine && !/^\s*-(\s|$)/.test(textLines[dash])) dash--;
        return { end: extend(endOf(item), indent(textLines[dash])) };
      });
    }
    return section;
  });
  partition(sections, 0, textLines.length - 1);
  for (const s of sections) if (s.items.length) partition(s.items, s.keyLine + 1, s.last);
  return sections;
}

test('a block text with only spaces under it (found by the random texts): its lines are empty lines, and a second format changes nothing', () => {
  for (const text of [': >-\n  ', 'note: |+\n  \n   \n', 'note: |\n   \n']) {
    const once = core.formatText(text, { kind: 'protocol' });
    assert.ok(!once.refused, JSON.stringify(text));
    assert.deepEqual(parse(once.text), parse(text), JSON.stringify(text));
    assert.equal(core.formatText(once.text, { kind: 'protocol' }).text, once.text, `${JSON.stringify(text)} formats the same twice`);
  }
});

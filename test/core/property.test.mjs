// Properties of the language core on any text: analyzeProject + runCases never throw, and
// every diagnostic is well formed (range inside its file's text, a message, a known code).
// Inputs: arbitrary strings, YAML-shaped token soup, and mutations of the shipped files.
// Reproduce a failure with FC_SEED=<seed> (and FC_PATH=<path>); FC_RUNS scales the runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import core from '../../dist/core.js';
import { runs } from '../helpers/seed.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CODES = new Set(core.DIAGNOSTIC_CODES);

/** Every shipped file under protocols/, as the CLI would hand it to the core. */
const SHIPPED = readdirSync(join(root, 'protocols'), { recursive: true })
  .filter((f) => /\.(protocol|case)\.ya?ml$/.test(f))
  .sort()
  .map((f) => ({ path: relative(root, join(root, 'protocols', f)), text: readFileSync(join(root, 'protocols', f), 'utf8') }));
const PROTOCOLS = SHIPPED.filter((f) => f.path.endsWith('.protocol.yaml'));
const CASES = SHIPPED.filter((f) => f.path.endsWith('.case.yaml'));
// A handful of cases run alongside a mutated protocol, so that evaluation sees the mutant.
const SAMPLE_CASES = CASES.filter((_, i) => i % Math.max(1, Math.floor(CASES.length / 6)) === 0).slice(0, 6);

// The core does no I/O: a process warning it causes would reach a CLI user's terminal.
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

const options = runs;

function assertRangeIn(range, text, what) {
  assert.ok(range && Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: range ${JSON.stringify(range)}`);
  assert.ok(
    range.start >= 0 && range.start <= range.end && range.end <= text.length,
    `${what}: range ${range.start}..${range.end} outside a text of ${text.length} characters`,
  );
}

// analyzeProject(files) is linkProject(files.map(analyzeFile)); the shipped files that a
// property leaves unchanged are analysed once and reused, so that runs go to the fuzzed file
// (the tier3a protocol alone takes ~15 ms to analyse). One property below and the last test
// use analyzeProject itself.
const analyzedOnce = new Map(SHIPPED.map((f) => [f.path, { text: f.text, analyzed: core.analyzeFile(f) }]));
function analyzeProjectReusing(files) {
  return core.linkProject(
    files.map((f) => {
      const known = analyzedOnce.get(f.path);
      return known && known.text === f.text ? known.analyzed : core.analyzeFile(f);
    }),
  );
}

/** analyzeProject + runCases on `files`; asserts every diagnostic is well formed. */
function analyzeAndRun(files, { reuse = true } = {}) {
  const project = reuse ? analyzeProjectReusing(files) : core.analyzeProject(files);
  const result = core.runCases(project);
  assert.ok(Array.isArray(result.cases));
  const texts = new Map(files.map((f) => [f.path, f.text]));
  for (const [path, diagnostics] of project.diagnostics) {
    const text = texts.get(path);
    assert.equal(typeof text, 'string', `diagnostics for a file that was not given: ${path}`);
    for (const d of diagnostics) {
      const what = `${path} [${d.code}] ${d.message}`;
      assert.ok(CODES.has(d.code), `${what}: code not in DIAGNOSTIC_CODES`);
      assert.equal(typeof d.message, 'string', what);
      assert.ok(d.message.trim().length > 0, `${path} [${d.code}]: empty message`);
      assert.ok(['error', 'warning', 'information'].includes(d.severity), `${what}: severity ${d.severity}`);
      assertRangeIn(d.range, text, what);
      for (const r of d.related ?? []) {
        assert.ok(texts.has(r.file), `${what}: related names a file that was not given: ${r.file}`);
        assertRangeIn(r.range, texts.get(r.file), `${what} (related ${r.file})`);
      }
      for (const fix of d.fixes ?? []) {
        for (const e of fix.edits) {
          // A fix may edit another file (creating a context in the protocol a case names).
          assert.ok(!e.file || texts.has(e.file), `${what}: fix "${fix.title}" edits a file that was not given: ${e.file}`);
          assertRangeIn(e.range, e.file ? texts.get(e.file) : text, `${what} (fix "${fix.title}")`);
        }
      }
    }
  }
  return project;
}

// ---- arbitrary text --------------------------------------------------------------------

const TOKENS = [
  '\n',
  '\n',
  '\n',
  '  ',
  '  ',
  '    ',
  ' ',
  '- ',
  ': ',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '? ',
  '#',
  '# c',
  '|',
  '>',
  '"',
  "'",
  '&a ',
  '*a',
  '&b ',
  '*b',
  '!!str ',
  '!!map ',
  '!tag ',
  '---',
  '...',
  '%YAML 1.2',
  '<<: ',
  '\t',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '😀',
  'case',
  'protocol',
  'extends',
  'title',
  'hospital',
  'sector',
  'currency',
  'holidays',
  'workdays',
  'validity',
  'window',
  'beyond',
  'because',
  'rules',
  'id',
  'when',
  'require',
  'otherwise',
  'verdict',
  'order',
  'if_unknown',
  'hard',
  'disabled',
  'timelines',
  'scan',
  'report',
  'same_day',
  'lead',
  'expedited',
  'costs',
  'private_multiplier',
  'reserve',
  'advice',
  'text',
  'on',
  'patient',
  'context',
  'indications',
  'purpose',
  'symptoms',
  'condition_changed',
  'urgent',
  'studies',
  'modality',
  'region',
  'date',
  'slice_thickness',
  'field_strength',
  'sequences',
  'phases',
  'format',
  'infection_relevant',
  'expect',
  'orders',
  'tier3a-public',
  'private-international',
  'active-oncology',
  'chronic-disease',
  'oncology',
  'lung-cancer',
  'new-headache',
  'CT',
  'MR',
  'US',
  'XR',
  'PET-CT',
  'CT-contrast',
  'chest',
  'brain',
  'liver',
  'T1',
  'DWI',
  'arterial',
  'dicom',
  'accept',
  'review',
  'supplement',
  'redo',
  'true',
  'false',
  'null',
  '~',
  'public',
  'private',
  'USD',
  '2026-04-10',
  '2026-02-29',
  '2024-02-29',
  '2026-13-45',
  '0000-01-01',
  '9999-12-31',
  '2026-10-01..2026-10-07',
  '2026-10-07..2026-10-01',
  '5mm',
  '2.5mm',
  '<= 2.5mm',
  "'>= 1.5T'",
  '1.5T',
  '5 cm',
  '4w..6w',
  '6w..4w',
  '3mo',
  '1y',
  '10d',
  '2bd',
  '0bd',
  '1h..2h',
  '15min..30min',
  'on-the-spot',
  '1100..1500',
  '2..4',
  '0',
  '-1',
  '1e309',
  '99999999999999999999',
  '.inf',
  '-.nan',
  '0x1F',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), tokenSoup, tokenSoup);

test('arbitrary text as a case file: analyzeProject + runCases never throw, diagnostics well formed', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      analyzeAndRun([...PROTOCOLS, { path: 'protocols/cases/fuzz.case.yaml', text }]);
    }),
    options(1000),
  );
});

test('arbitrary text as a protocol file: analyzeProject + runCases never throw, diagnostics well formed', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      analyzeAndRun([{ path: 'protocols/fuzz.protocol.yaml', text }, ...PROTOCOLS, ...SAMPLE_CASES]);
    }),
    options(400),
  );
});

test('arbitrary text in a file of no known kind never throws', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      analyzeAndRun([...PROTOCOLS, { path: 'notes.yaml', text }]);
    }),
    options(300),
  );
});

// ---- mutations of the shipped files ----------------------------------------------------

const frac = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const at = (f, n) => Math.min(n - 1, Math.floor(f * n));

const HUGE = [
  '9'.repeat(400),
  '1e309',
  '-1e309',
  '1e-400',
  '-0',
  '0.0000000000000000001',
  '4294967296',
  '9007199254740993',
  '99999999999999999999mm',
  '1e309mm',
  '-5mm',
  '0mm',
  '99999T',
  '99999999w',
  '1e309bd',
  '9999999y..99999999y',
  '0..1e309',
];
const ODD_VALUES = [
  '',
  '~',
  'null',
  '[]',
  '{}',
  '[a, [b, [c]]]',
  '{ a: { b: 1 } }',
  'true',
  '"quoted"',
  "'single'",
  '|\n  block',
  '0000-01-01',
  '9999-12-31',
  '2026-02-29',
  '2024-02-29',
  '1970-01-01',
  '2026-04-10..2026-04-01',
  '4w..2w',
  '6w..4w',
  '<= 2.5cm',
  '>= 1.5mm',
  '< 0mm',
  '> -1T',
  'on-the-spot',
  '0bd',
  '3bd..1bd',
  'CT-contrast',
  'PET-MR',
  'review',
  'redo',
  'tier3a-public',
  'private-international',
  'no-such-protocol',
  'Klinikum Nord',
  '!!binary aGVsbG8=',
  '*nowhere',
];

const mutation = fc.oneof(
  fc.record({ op: fc.constant('cut-lines'), where: frac, count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('reindent'), where: frac, delta: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ op: fc.constant('swap-indent'), a: frac, b: frac }),
  fc.record({ op: fc.constant('tabs'), where: frac }),
  fc.record({ op: fc.constant('insert-bytes'), where: frac, bytes: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) }),
  fc.record({ op: fc.constant('insert-tokens'), where: frac, bytes: tokenSoup }),
  fc.record({ op: fc.constant('duplicate-lines'), where: frac, count: fc.integer({ min: 1, max: 8 }), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('huge-number'), which: frac, value: fc.constantFrom(...HUGE) }),
  fc.record({ op: fc.constant('odd-value'), which: frac, value: fc.constantFrom(...ODD_VALUES) }),
  fc.record({
    op: fc.constant('deep-nesting'),
    where: frac,
    depth: fc.integer({ min: 1, max: 1500 }),
    closed: fc.boolean(),
    open: fc.constantFrom('[', '{', '- '),
  }),
  fc.record({ op: fc.constant('alias'), from: frac, to: frac }),
  fc.record({ op: fc.constant('alias-bomb'), width: fc.integer({ min: 2, max: 10 }), levels: fc.integer({ min: 2, max: 9 }) }),
  fc.record({ op: fc.constant('truncate'), where: frac }),
);

const lineStarts = (text) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
};

/** Values of `key: value` pairs and list items: [start, end) of each. */
function valueSpans(text) {
  return [...text.matchAll(/(?:: |- )([^\s#\n][^#\n]*)/g)].map((m) => [m.index + m[0].length - m[1].length, m.index + m[0].length]);
}

function mutate(text, m) {
  const lines = text.split('\n');
  switch (m.op) {
    case 'cut-lines': {
      const i = at(m.where, lines.length);
      lines.splice(i, m.count);
      return lines.join('\n');
    }
    case 'reindent': {
      const i = at(m.where, lines.length);
      lines[i] = m.delta >= 0 ? ' '.repeat(m.delta) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return lines.join('\n');
    }
    case 'swap-indent': {
      const i = at(m.a, lines.length);
      const j = at(m.b, lines.length);
      const indent = (l) => /^\s*/.exec(l)[0];
      const [a, b] = [indent(lines[i]), indent(lines[j])];
      lines[i] = b + lines[i].slice(a.length);
      lines[j] = a + lines[j].slice(b.length);
      return lines.join('\n');
    }
    case 'tabs': {
      const i = at(m.where, lines.length);
      lines[i] = lines[i].replace(/^ +/, (s) => '\t'.repeat(Math.ceil(s.length / 2)));
      return lines.join('\n');
    }
    case 'insert-bytes':
    case 'insert-tokens': {
      const i = at(m.where, text.length + 1);
      return text.slice(0, i) + m.bytes + text.slice(i);
    }
    case 'duplicate-lines': {
      const i = at(m.where, lines.length);
      const chunk = lines.slice(i, i + m.count);
      for (let k = 0; k < m.times; k++) lines.splice(i, 0, ...chunk);
      return lines.join('\n');
    }
    case 'huge-number': {
      const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)];
      if (!numbers.length) return text + `\nx: ${m.value}\n`;
      const n = numbers[at(m.which, numbers.length)];
      return text.slice(0, n.index) + m.value + text.slice(n.index + n[0].length);
    }
    case 'odd-value': {
      const spans = valueSpans(text);
      if (!spans.length) return text + m.value;
      const [s, e] = spans[at(m.which, spans.length)];
      return text.slice(0, s) + m.value + text.slice(e);
    }
    case 'deep-nesting': {
      const starts = lineStarts(text);
      const i = starts[at(m.where, starts.length)];
      const close = m.open === '[' ? ']' : m.open === '{' ? '}' : '';
      const nest =
        m.open === '- '
          ? Array.from({ length: Math.min(m.depth, 300) }, (_, k) => `${'  '.repeat(k)}- `).join('\n') + 'x\n'
          : `k: ${m.open.repeat(m.depth)}${m.closed ? close.repeat(m.depth) : ''}\n`;
      return text.slice(0, i) + nest + text.slice(i);
    }
    case 'alias': {
      const spans = valueSpans(text);
      if (spans.length < 2) return text;
      const [fs] = spans[at(m.from, spans.length)];
      const [ts, te] = spans[at(m.to, spans.length)];
      if (fs === ts) return text;
      // Anchor one value (`&x value`) and replace another with `*x`, earlier or later.
      const edits = [
        [fs, fs, '&x '],
        [ts, te, '*x'],
      ].sort((p, q) => q[0] - p[0]);
      let out = text;
      for (const [s, e, t] of edits) out = out.slice(0, s) + t + out.slice(e);
      return out;
    }
    case 'alias-bomb': {
      const out = [`l0: &l0 [${Array(m.width).fill('lol').join(', ')}]`];
      for (let k = 1; k < m.levels; k++)
        out.push(
          `l${k}: &l${k} [${Array(m.width)
            .fill(`*l${k - 1}`)
            .join(', ')}]`,
        );
      return `${text}\n${out.join('\n')}\n`;
    }
    case 'truncate':
      return text.slice(0, at(m.where, text.length + 1));
    default:
      throw new Error(`unknown mutation ${m.op}`);
  }
}

const mutant = (pool) =>
  fc
    .record({
      file: fc.constantFrom(...pool),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    })
    .map(({ file, mutations }) => ({ path: file.path, mutations, text: mutations.reduce(mutate, file.text) }));

test('mutated shipped cases: analyzeProject + runCases never throw, diagnostics well formed', () => {
  fc.assert(
    fc.property(mutant(CASES), (m) => {
      analyzeAndRun([...PROTOCOLS, { path: m.path, text: m.text }]);
    }),
    options(250),
  );
});

test('mutated shipped protocols: analyzeProject + runCases never throw, diagnostics well formed', () => {
  fc.assert(
    fc.property(mutant(PROTOCOLS), (m) => {
      const others = PROTOCOLS.filter((p) => p.path !== m.path);
      analyzeAndRun([{ path: m.path, text: m.text }, ...others, ...SAMPLE_CASES]);
    }),
    options(150),
  );
});

test('a mutated protocol and a mutated case together never throw', () => {
  fc.assert(
    fc.property(mutant(PROTOCOLS), mutant(CASES), (p, c) => {
      const others = PROTOCOLS.filter((x) => x.path !== p.path);
      analyzeAndRun([{ path: p.path, text: p.text }, ...others, { path: c.path, text: c.text }], { reuse: false });
    }),
    options(60),
  );
});

test('the shipped files themselves: no error, every case runs', () => {
  const project = analyzeAndRun(SHIPPED, { reuse: false });
  for (const [path, diagnostics] of project.diagnostics) {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      [],
      path,
    );
  }
  assert.equal(core.runCases(project).cases.length, CASES.length);
});

test('the core causes no Node.js process warning, on any of the inputs above', async () => {
  core.runCases(core.analyzeProject([...PROTOCOLS, { path: 'protocols/cases/key.case.yaml', text: 'case: key\n[a, b]: c\n{ x: 1 }: d\n' }]));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(warnings, []);
});

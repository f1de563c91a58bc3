// Large files are read in pieces and re-read item by item after an edit (core/parse/pieces.ts).
// That must never change what a user sees: for every text here, the analysis made in pieces or
// from the previous version equals a whole parse of the same text — node by node with ranges,
// the data, the model and every finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import core from '../../dist/core.js';
import { prng } from '../helpers/prng.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shipped = [
  ...readdirSync(join(root, 'protocols'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join('protocols', f)),
  ...readdirSync(join(root, 'protocols', 'cases'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join('protocols', 'cases', f)),
];
const WHOLE = { piecesFrom: Infinity };
const PIECES = { piecesFrom: 0 };

/** Every node of a document in order: kind, style, scalar type and value, and its range. */
function nodes(node, out = []) {
  if (node === null || node === undefined) out.push('null');
  else if (isMap(node) || isSeq(node)) {
    out.push(`${isMap(node) ? 'map' : 'seq'}${node.flow ? ' flow' : ''} ${node.range}`);
    for (const item of node.items) {
      if (isPair(item)) (nodes(item.key, out), nodes(item.value, out));
      else nodes(item, out);
    }
    out.push('end');
  } else if (isScalar(node)) out.push(`${node.type} ${JSON.stringify(node.value)} ${node.range}`);
  else out.push(`${node.constructor.name} ${node.range}`);
  return out;
}

/** What users see of an analysis, as one comparable value. */
function seen(analyzed) {
  const maps = (_, v) => (v instanceof Map ? [...v] : v);
  return {
    nodes: analyzed.parsed.doc ? [...nodes(analyzed.parsed.doc.contents), `doc ${analyzed.parsed.doc.range}`] : null,
    value: JSON.stringify(analyzed.parsed.value),
    diagnostics: JSON.stringify(analyzed.diagnostics),
    model: JSON.stringify(analyzed.protocol ?? analyzed.case, maps),
    outline: JSON.stringify([core.documentSymbols(analyzed), core.foldingRanges(analyzed), core.occurrencesIn(analyzed)]),
  };
}

/** A protocol in the shipped style with `n` rules (some with findings of their own). */
function generated(n) {
  const lines = [
    'protocol: pieces',
    'hospital:',
    '  sector: public',
    '  currency: USD',
    'validity:',
    '  active-oncology: { window: 4w..6w, beyond: redo }',
    'rules:',
  ];
  for (let i = 0; i < n; i++) {
    lines.push(`  - id: rule-${i}`, `    title: "Rule ${i}"`, `    when: { modality: ${['CT', 'MR', 'US'][i % 3]}, purpose: oncology }`);
    if (i % 3 === 0) lines.push(`    require: { slice_thickness: "<= ${i % 7 === 0 ? '2.5 mm' : '2.5mm'}" }`, '    otherwise: redo');
    else if (i % 3 === 1) lines.push('    require:', '      sequences: [T1, T2]', '    otherwise: supplement');
    else lines.push('    verdict: review', '    because: |', `      Written on two lines`, `      for rule ${i}.`);
    if (i % 10 === 7) lines.push('    disabled: true');
    if (i % 10 === 5) lines.push('  # a comment between rules');
  }
  lines.push('timelines:', '  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }');
  return lines.join('\n') + '\n';
}

test('every shipped file and a generated profile read the same in pieces as whole', () => {
  const texts = [...shipped.map((f) => [f, readFileSync(join(root, f), 'utf8')]), ['generated.protocol.yaml', generated(300)]];
  let cut = 0;
  for (const [path, text] of texts) {
    const inPieces = core.analyzeFile({ path, text }, PIECES);
    if (inPieces.parsed.layout) cut++;
    assert.deepEqual(seen(inPieces), seen(core.analyzeFile({ path, text }, WHOLE)), path);
  }
  // The comparison means something only if files were actually cut: the shipped public
  // profile and the generated one at least (rules, advice, studies lists).
  assert.ok(cut >= 2, `${cut} files were read in pieces`);
  assert.ok(
    core.analyzeFile({ path: 'g.protocol.yaml', text: generated(300) }, PIECES).parsed.layout.some((l) => l.key === 'rules' && l.bounds.length === 301),
  );
});

test('rules longer than a piece (8 kB) read the same in pieces as whole, between short ones', () => {
  const long = (i) => [
    `  - id: long-${i}`,
    '    verdict: review',
    '    because: >',
    ...Array.from({ length: 200 }, (_, k) => `      Line ${k} of a long reason, ${i}.`),
  ];
  const lines = generated(200).split('\n');
  const at = lines.indexOf('  - id: rule-100');
  const text = [...lines.slice(0, at), ...long(1), ...long(2), ...lines.slice(at)].join('\n');
  const path = 'long.protocol.yaml';
  const inPieces = core.analyzeFile({ path, text }, PIECES);
  assert.ok(inPieces.parsed.layout?.some((l) => l.key === 'rules' && l.bounds.length === 203));
  assert.deepEqual(seen(inPieces), seen(core.analyzeFile({ path, text }, WHOLE)));
});

test('a large profile is read in pieces by default, and smaller files whole', () => {
  const big = generated(800);
  assert.ok(big.length >= core.PIECES_FROM, 'the generated profile is over the threshold');
  assert.ok(core.analyzeFile({ path: 'g.protocol.yaml', text: big }).parsed.layout);
  assert.equal(core.analyzeFile({ path: 'g.protocol.yaml', text: generated(20) }).parsed.layout, undefined);
});

// Edits of the kinds people make, plus hostile ones that must fall back to a whole parse.
const EDITS = [
  ['type in a value', (t, r) => insertAt(t, pick(t, r, /verdict: \w+/g, 9), 'x')],
  [
    'delete a character',
    (t, r) => {
      const at = Math.floor(r() * t.length);
      return t.slice(0, at) + t.slice(at + 1);
    },
  ],
  ['insert a character anywhere', (t, r) => insertAt(t, Math.floor(r() * t.length), ' :-#"[{\nab'[Math.floor(r() * 11)])],
  ['change a unit', (t, r) => replaceAt(t, pick(t, r, /2\.5 ?mm/g), /2\.5 ?mm/, r() < 0.5 ? '3 mm' : '0.5mm')],
  ['add a rule', (t, r) => insertAt(t, pick(t, r, /\n {2}- id/g, 1), `  - id: new-${Math.floor(r() * 1000)}\n    verdict: redo\n`)],
  [
    'remove a rule',
    (t, r) => {
      const at = pick(t, r, /\n {2}- id/g, 1);
      const next = t.indexOf('\n  - id', at + 1);
      return next < 0 ? t : t.slice(0, at) + t.slice(next + 1);
    },
  ],
  ['duplicate a rule id', (t, r) => replaceAt(t, pick(t, r, /- id: rule-\d+/g), /rule-\d+/, 'rule-1')],
  ['add a key to a rule', (t, r) => insertAt(t, pick(t, r, /\n {4}when/g, 1), '    hard: true\n')],
  ['break the indentation', (t, r) => insertAt(t, pick(t, r, /\n {4}when/g, 1), '  when: x\n')],
  ['add a tab', (t, r) => insertAt(t, pick(t, r, /\n {4}when/g, 1), '\t')],
  ['add an anchor and an alias', (t, r) => replaceAt(t, pick(t, r, /verdict: \w+/g), /verdict: (\w+)/, 'verdict: &v redo\n    otherwise: *v')],
  ['open a quote', (t, r) => insertAt(t, pick(t, r, /title: /g, 7), '"')],
  ['edit the header', (t) => t.replace(/currency: \w+/, (m) => (m.endsWith('USD') ? 'currency: EUR' : 'currency: USD'))],
  ['edit a validity window', (t, r) => t.replace(/window: \d+w\.\.6w/, `window: ${1 + Math.floor(r() * 5)}w..6w`)],
  ['edit the timelines', (t, r) => t.replace(/report: 1bd\.\.\dbd/, `report: 1bd..${2 + Math.floor(r() * 3)}bd`)],
  ['add a header key', (t, r) => t.replace('hospital:', `title: Title ${Math.floor(r() * 100)}\nhospital:`)],
  ['comment before the rules', (t) => t.replace('\nrules:', '\n# the rules\nrules:')],
  ['start typing a key', (t, r) => insertAt(t, pick(t, r, /\n {4}(?:when|otherwise|because)/g, 1), `    ${'expedite'.slice(0, 1 + Math.floor(r() * 7))}\n`)],
  ['type a key twice', (t, r) => insertAt(t, pick(t, r, /\n {4}when/g, 1), '    hard: true\n    hard: false\n')],
  ['undo to a known text', (t) => t],
];

function pick(text, random, re, offset = 0) {
  const at = [...text.matchAll(re)].map((m) => m.index + offset);
  return at.length ? at[Math.floor(random() * at.length)] : Math.floor(random() * text.length);
}
const insertAt = (t, at, s) => t.slice(0, at) + s + t.slice(at);
const replaceAt = (t, at, re, s) => t.slice(0, at) + t.slice(at).replace(re, s);

/** `steps` seeded random edits of `start`, each read from the previous analysis and compared with a whole parse; how often each kind of edit re-read only a part. */
function randomEdits(start, seed, steps, options = {}) {
  const random = prng(seed);
  const path = 'edited.protocol.yaml';
  let text = start;
  let previous = core.analyzeFile({ path, text }, { ...PIECES, ...options });
  const byItems = new Map();
  for (let step = 0; step < steps; step++) {
    const [name, edit] = EDITS[Math.floor(random() * EDITS.length)];
    // Back to the clean text now and then: after a syntax error every parse is whole until it is fixed.
    const next = step % 6 === 5 ? start : edit(text, random);
    const again = core.analyzeFile({ path, text: next }, { previous, ...PIECES, ...options });
    assert.deepEqual(seen(again), seen(core.analyzeFile({ path, text: next }, WHOLE)), `step ${step}: ${name}`);
    if (again.parsed.edits) byItems.set(name, (byItems.get(name) ?? 0) + 1);
    previous = again;
    text = next;
  }
  return byItems;
}

test('after random edits, re-reading only the edited items equals reading the whole text', () => {
  const byItems = randomEdits(generated(40), 20261129, 400);
  // The everyday edits took the fast path (the comparison above is not between two whole parses).
  for (const name of [
    'type in a value',
    'change a unit',
    'add a rule',
    'remove a rule',
    'duplicate a rule id',
    'add a key to a rule',
    'edit the header',
    'edit a validity window',
    'edit the timelines',
    'add a header key',
    'start typing a key',
    'type a key twice',
  ]) {
    assert.ok((byItems.get(name) ?? 0) > 0, `"${name}" re-read only its items at least once (${JSON.stringify([...byItems])})`);
  }
  // Hostile edits never did.
  for (const name of ['add a tab', 'add an anchor and an alias', 'comment before the rules']) assert.equal(byItems.get(name), undefined, name);
});

test('the same with Windows line ends (CRLF)', () => {
  const byItems = randomEdits(generated(40).replace(/\n/g, '\r\n'), 104729, 150);
  for (const name of ['type in a value', 'edit the header'])
    assert.ok((byItems.get(name) ?? 0) > 0, `"${name}" re-read only a part (${JSON.stringify([...byItems])})`);
});

test('cuts where yaml reads across items fall back to a whole parse: a comment ending an item, a joined line', () => {
  // After a comment deeper than the dashes (or after a value), yaml stretches the node before
  // it over the next item's indentation; deleting the newline before an item joins it to the
  // one above. Found by the random edits above; each ending is tried on the first item (the
  // skeleton's cut), on a middle one (an edit's cut) and read afresh.
  const protocol = (ending, at) => {
    const lines = ['protocol: cuts', 'rules:'];
    for (let i = 0; i < 4; i++) lines.push(`  - id: rule-${i}`, '    verdict: redo', i === at ? ending : '    otherwise: supplement');
    return [...lines, 'timelines:', '  CT: { scan: 15min..30min }'].join('\n') + '\n';
  };
  const endings = [
    '    otherwise: redo # note',
    '    otherwise: # note',
    '    otherwise: redo\n    # note',
    '    because: |\n      two\n    # note',
    '    otherwise: redo\n  # note',
    '    otherwise:',
  ];
  const path = 'cuts.protocol.yaml';
  const clean = protocol('    otherwise: supplement', -1);
  const previous = () => core.analyzeFile({ path, text: clean }, PIECES);
  for (const ending of endings) {
    for (const at of [0, 1]) {
      const text = protocol(ending, at);
      const whole = seen(core.analyzeFile({ path, text }, WHOLE));
      assert.deepEqual(seen(core.analyzeFile({ path, text }, PIECES)), whole, `read afresh: ${JSON.stringify(ending)} in item ${at}`);
      assert.deepEqual(
        seen(core.analyzeFile({ path, text }, { previous: previous(), ...PIECES })),
        whole,
        `after an edit: ${JSON.stringify(ending)} in item ${at}`,
      );
    }
  }
  const joined = clean.replace('supplement\n  - id: rule-2', 'supplement  - id: rule-2');
  assert.deepEqual(
    seen(core.analyzeFile({ path, text: joined }, { previous: previous(), ...PIECES })),
    seen(core.analyzeFile({ path, text: joined }, WHOLE)),
    'a joined line',
  );
});

test('typing a key (a syntax error until its colon) re-reads only its rule, with the error on it; an edit elsewhere while the error stands, a quote left open or a rule that reads past its end reads the whole text', () => {
  const path = 'typed.protocol.yaml';
  const text = generated(40);
  const at = text.indexOf('\n    when', text.indexOf('- id: rule-20')) + 1;
  const line = text.slice(0, at).split('\n').length - 1;
  const read = (next, previous) => core.analyzeFile({ path, text: next }, { previous, ...PIECES, ruleTrees: false });
  let previous = read(text);
  for (const typed of ['    e\n', '    exp\n', '    expedite\n', '    expedite:\n', '    expedite: true\n']) {
    const next = text.slice(0, at) + typed + text.slice(at);
    const again = read(next, previous);
    assert.equal(again.parsed.edits?.[0].removed, 1, `${JSON.stringify(typed)} re-read one rule`);
    assert.deepEqual(seen(again), seen(core.analyzeFile({ path, text: next }, WHOLE)), JSON.stringify(typed));
    const syntax = again.diagnostics.filter((d) => d.code === 'yaml-syntax').map((d) => again.parsed.lineIndex.position(d.range.start).line);
    assert.deepEqual(syntax, typed.includes(':') ? [] : [line], JSON.stringify(typed));
    previous = again;
  }
  const typing = text.slice(0, at) + '    exp\n' + text.slice(at);
  const halfTyped = read(typing, read(text));
  assert.ok(halfTyped.parsed.edits && halfTyped.parsed.diagnostics.length, 'the half-typed key was re-read on its own');
  const elsewhere = typing.replace('id: rule-35', 'id: rule-35b');
  const whole = read(elsewhere, halfTyped);
  assert.equal(whole.parsed.edits, undefined, 'another rule edited while the error stands: the whole text');
  assert.deepEqual(seen(whole), seen(core.analyzeFile({ path, text: elsewhere }, WHOLE)));
  const openQuote = text.replace('title: "Rule 20"', 'title: "Rule 20');
  const quoted = read(openQuote, read(text));
  assert.equal(quoted.parsed.edits, undefined, 'a quote left open can run into the rules after it: the whole text');
  assert.deepEqual(seen(quoted), seen(core.analyzeFile({ path, text: openQuote }, WHOLE)));
  // Found by the random edits: a block text's line out of step makes yaml stretch the rule over
  // the next rule's indentation, which the rule read on its own cannot show.
  const outOfStep = text.replace('      for rule 20.', '     for rule 20.');
  const stretched = read(outOfStep, read(text));
  assert.equal(stretched.parsed.edits, undefined, 'a rule that reads past its end: the whole text');
  assert.deepEqual(seen(stretched), seen(core.analyzeFile({ path, text: outOfStep }, WHOLE)));
});

test('a quote inside a word does not keep a half-typed rule from being re-read on its own', () => {
  const path = 'quotes.protocol.yaml';
  const read = (next, previous) => core.analyzeFile({ path, text: next }, { previous, ...PIECES, ruleTrees: false });
  const start = generated(40);
  // In a block text and in a plain title: yaml reads both quotes as letters.
  for (const text of [
    start.replace('Written on two lines\n      for rule 20.', "Don't write on two lines\n      for rule 20."),
    start.replace('title: "Rule 20"', "title: Rule 20's title"),
  ]) {
    const at = text.indexOf('\n    when', text.indexOf('- id: rule-20')) + 1;
    const typing = text.slice(0, at) + '    exp\n' + text.slice(at);
    const again = read(typing, read(text));
    assert.equal(again.parsed.edits?.[0].removed, 1, 'the rule was re-read on its own');
    assert.deepEqual(seen(again), seen(core.analyzeFile({ path, text: typing }, WHOLE)));
  }
});

test('a case with many studies is re-read study by study', () => {
  const studies = Array.from(
    { length: 40 },
    (_, i) =>
      `  - id: s${i}\n    modality: CT\n    region: chest\n    date: 2026-03-${String(1 + (i % 28)).padStart(2, '0')}\n    slice_thickness: ${i % 5 ? '1mm' : '5 mm'}`,
  );
  const text = `case: many\nprotocol: tier3a-public\non: 2026-04-10\npatient:\n  context: active-oncology\n  purpose: oncology\nstudies:\n${studies.join('\n')}\nexpect:\n  s0: redo\n`;
  const path = 'many.case.yaml';
  const previous = core.analyzeFile({ path, text }, PIECES);
  assert.ok(previous.parsed.layout.some((l) => l.key === 'studies'));
  const next = text.replace('  - id: s17\n    modality: CT', '  - id: s17\n    modality: MR');
  const again = core.analyzeFile({ path, text: next }, { previous, ...PIECES });
  assert.deepEqual(again.parsed.edits, [{ key: 'studies', index: 17, removed: 1, added: 1, delta: 0 }]);
  assert.deepEqual(seen(again), seen(core.analyzeFile({ path, text: next }, WHOLE)));
  assert.equal(again.case.studies[17].modality, 'MR');
});

test('an unchanged text keeps its analysis', () => {
  const text = generated(10);
  const first = core.analyzeFile({ path: 'same.protocol.yaml', text });
  assert.equal(core.analyzeFile({ path: 'same.protocol.yaml', text }, { previous: first }), first);
});

// An editor's open files keep no tree for their rules (`ruleTrees: false`): each rule gives way to
// a compact map once read, which keeps what the outline, folding and names need and reads the
// rule's text again when its entries are walked (as `nodes` above does).
const NO_RULE_TREES = { ...PIECES, ruleTrees: false };

/**
 * Whether a node is a compact map whose entries are not held. The core keeps this to itself
 * (parse/compact-items.ts); the test reads the compact map's mark, named `reimage.compact`.
 */
function isCompact(node) {
  const mark = Object.getOwnPropertySymbols(node ?? {}).find((s) => s.description === 'reimage.compact');
  return !!mark && !node[mark].pinned;
}

/** How many rules of an analysis are compact maps. */
function compacted(analyzed) {
  return analyzed.parsed.doc?.contents?.get('rules')?.items.filter(isCompact).length ?? 0;
}

test('rules read without their trees give the same nodes, data, findings, model, outline, folding and names', () => {
  for (const path of shipped.filter((f) => f.endsWith('.protocol.yaml'))) {
    const text = readFileSync(join(root, path), 'utf8');
    assert.deepEqual(seen(core.analyzeFile({ path, text }, NO_RULE_TREES)), seen(core.analyzeFile({ path, text }, WHOLE)), path);
  }
  const text = generated(300);
  const path = 'generated.protocol.yaml';
  const analyzed = core.analyzeFile({ path, text }, NO_RULE_TREES);
  assert.equal(compacted(analyzed), 300, 'every rule gave way');
  assert.equal(compacted(core.analyzeFile({ path, text }, PIECES)), 0, 'only when asked');
  const untitled = core.analyzeFile({ path: 'untitled:Untitled-1', text }, NO_RULE_TREES);
  assert.equal(compacted(untitled), 300, 'a profile known by its `protocol:` key, not its name');
  assert.deepEqual(seen(untitled), seen(core.analyzeFile({ path: 'untitled:Untitled-1', text }, WHOLE)));
  const kase = `case: c\nprotocol: generated\non: 2026-04-10\nrules:\n${text.slice(text.indexOf('\nrules:\n') + 8)}`;
  const leanCase = core.analyzeFile({ path: 'untitled:Untitled-2', text: kase }, NO_RULE_TREES);
  assert.equal(leanCase.kind, 'case');
  assert.deepEqual(seen(leanCase), seen(core.analyzeFile({ path: 'untitled:Untitled-2', text: kase }, WHOLE)), 'a case that lists rules reads the same');
  assert.deepEqual(seen(analyzed), seen(core.analyzeFile({ path, text }, WHOLE)));
});

test('after random edits, rules without their trees still read as a whole parse', () => {
  const byItems = randomEdits(generated(40), 77003, 300, { ruleTrees: false });
  for (const name of ['type in a value', 'add a rule', 'edit a validity window'])
    assert.ok((byItems.get(name) ?? 0) > 0, `"${name}" re-read only a part (${JSON.stringify([...byItems])})`);
});

test('completion and hover answer the same on rules without their trees', () => {
  const text = readFileSync(join(root, 'protocols', 'tier3a-public.protocol.yaml'), 'utf8');
  const path = 'tier3a-public.protocol.yaml';
  const lean = core.analyzeFile({ path, text }, NO_RULE_TREES);
  assert.ok(compacted(lean) > 10, `${compacted(lean)} rules compacted`);
  const leanProject = core.linkProject([lean]);
  const fullProject = core.linkProject([core.analyzeFile({ path, text }, WHOLE)]);
  let answered = 0;
  for (let offset = 0; offset < text.length; offset += 7) {
    const hover = core.hoverAt(fullProject, path, offset);
    assert.deepEqual(core.hoverAt(leanProject, path, offset), hover, `hover at ${offset}`);
    const items = core.completeAt(fullProject, path, offset);
    assert.deepEqual(core.completeAt(leanProject, path, offset), items, `completion at ${offset}`);
    if (hover && items.length) answered++;
  }
  assert.ok(answered > 100, `${answered} offsets had both a hover and completion items`);
});

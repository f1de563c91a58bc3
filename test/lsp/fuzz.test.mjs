// Fuzzing the server: thousands of mutated protocol and case texts (cut lines, shifted
// indentation, random bytes, huge numbers, deep nesting, alias bombs) through didOpen/didChange,
// each followed by a completion and a hover at random places. The server must answer every
// request, never log a failing handler, and publish each version's diagnostics within a bound.
// Seeded: FUZZ_SEED=n reproduces a run; FUZZ_ITERATIONS=n changes its length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startInProcess, workspaceFolder } from './harness.mjs';
import { prng } from '../helpers/prng.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20260410);
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 2000);
/** A diagnostics pass (change sent → diagnostics of that version received) may take this long. */
const BOUND_MS = 3000;

const random = prng(SEED);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

const PROTOCOLS = ['tier3a-public.protocol.yaml', 'private-international.protocol.yaml'].map((f) => readFileSync(join(root, 'protocols', f), 'utf8'));
const CASES = readdirSync(join(root, 'protocols', 'cases'))
  .filter((f) => f.endsWith('.case.yaml'))
  .slice(0, 12)
  .map((f) => readFileSync(join(root, 'protocols', 'cases', f), 'utf8'));

const JUNK = [
  '\u0000',
  '\t',
  '\r',
  '\r\n',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '😀',
  '&a',
  '*a',
  '!!binary',
  '%YAML 1.2',
  '---',
  '...',
  '? ',
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '|',
  '>',
  '#',
  '@',
  '`',
  '\\',
  '~',
  'null',
  '1e309',
  '-.inf',
  '0x1F',
];
const HUGE = [
  '99999999999999999999999mm',
  '1e308T',
  '-0mm',
  '1.7976931348623157e309',
  '999999999999w..9999999999999y',
  '0.0000000000000001mm',
  '100000000000000000000000000',
  '9999-99-99',
  '0000-00-00..9999-12-31',
  `${'9'.repeat(400)}`,
];

function aliasBomb() {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++)
    lines.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  return lines.join('\n') + '\n';
}

/** One random mutation of `text`. */
function mutate(text) {
  const lines = text.split('\n');
  const at = int(lines.length);
  switch (int(11)) {
    case 0: // cut lines
      lines.splice(at, 1 + int(4));
      return lines.join('\n');
    case 1: // shift or swap indentation
      lines[at] = int(2)
        ? ' '.repeat(int(9)) + lines[at].trimStart()
        : lines[at].replace(/^ +/, (s) => ' '.repeat(Math.max(0, s.length + pick([-2, -1, 1, 2, 3]))));
      if (at + 1 < lines.length && int(2)) [lines[at], lines[at + 1]] = [lines[at + 1], lines[at]];
      return lines.join('\n');
    case 2: {
      // random bytes
      const offset = int(text.length + 1);
      let junk = '';
      for (let i = 0, n = 1 + int(6); i < n; i++) junk += int(3) ? pick(JUNK) : String.fromCharCode(int(0x3000));
      return text.slice(0, offset) + junk + text.slice(offset + int(4));
    }
    case 3: {
      // huge numbers in place of a value
      const values = [...text.matchAll(/: ([^\s#{}[\],]+)/g)];
      if (!values.length) return text + pick(HUGE);
      const m = pick(values);
      return text.slice(0, m.index + 2) + pick(HUGE) + text.slice(m.index + m[0].length);
    }
    case 4: // deep flow nesting
      lines.splice(at, 0, `deep: ${'['.repeat(50 + int(1500))}1`);
      return lines.join('\n');
    case 5: // deep block nesting
      lines.splice(at, 0, Array.from({ length: 40 + int(400) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'));
      return lines.join('\n');
    case 6: // alias bomb
      return int(2) ? aliasBomb() + text : text + '\n' + aliasBomb();
    case 7: // duplicate a block of lines somewhere else
      lines.splice(int(lines.length), 0, ...lines.slice(at, at + 1 + int(8)));
      return lines.join('\n');
    case 8: // truncate
      return text.slice(0, int(text.length + 1));
    case 9: {
      // replace a word by another one of the file
      const words = text.match(/[a-z][a-z0-9_-]{2,}/g) ?? ['x'];
      const word = pick(words);
      return text.replace(word, pick(words));
    }
    default: // CRLF, tabs
      return int(2) ? text.replace(/\n/g, '\r\n') : text.replace(/ {2}/g, '\t');
  }
}

/** A random position: mostly inside the text, sometimes past its end. */
function somewhere(text) {
  const lines = text.split('\n');
  const line = int(lines.length + (int(10) === 0 ? 3 : 0));
  return { line, character: int((lines[line]?.length ?? 0) + 2) };
}

test(`fuzz: ${ITERATIONS} mutated texts through the server (seed ${SEED})`, { timeout: 180_000 }, async () => {
  const ws = workspaceFolder({ 'protocols/tier3a-public.protocol.yaml': PROTOCOLS[0], 'protocols/private-international.protocol.yaml': PROTOCOLS[1] });
  const client = await startInProcess([ws.uri]);
  await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'index');
  const docs = [
    { uri: ws.fileUri('protocols/tier3a-public.protocol.yaml'), seeds: PROTOCOLS, text: PROTOCOLS[0] },
    { uri: ws.fileUri('protocols/cases/fuzz.case.yaml'), seeds: CASES, text: CASES[0] },
    { uri: ws.fileUri('protocols/extra.protocol.yaml'), seeds: PROTOCOLS, text: PROTOCOLS[1] },
  ];
  for (const d of docs) client.open(d.uri, d.text);
  let slowest = 0;
  let requests = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const doc = docs[i % docs.length];
    // Mostly mutate the current text further; now and then start again from a seed.
    let text = int(8) === 0 ? pick(doc.seeds) : doc.text;
    for (let m = 0, n = 1 + int(3); m < n; m++) text = mutate(text);
    if (text.length > 400_000) text = pick(doc.seeds);
    doc.text = text;
    const sent = performance.now();
    client.change(doc.uri, text);
    const [completion, hover] = await Promise.all([
      client.request('textDocument/completion', { textDocument: { uri: doc.uri }, position: somewhere(text) }),
      client.request('textDocument/hover', { textDocument: { uri: doc.uri }, position: somewhere(text) }),
    ]);
    requests += 2;
    assert.ok(completion === null || Array.isArray(completion.items), 'completion answers a list or null');
    assert.ok(hover === null || typeof hover.contents?.value === 'string', 'hover answers markdown or null');
    await client.diagnostics(doc.uri);
    slowest = Math.max(slowest, performance.now() - sent);
    if (i % 200 === 199) {
      // The other requests on the same broken text answer too.
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/formatting']) {
        await client.request(method, { textDocument: { uri: doc.uri }, options: { tabSize: 2, insertSpaces: true } });
      }
      await client.request('textDocument/definition', { textDocument: { uri: doc.uri }, position: somewhere(text) });
      await client.request('textDocument/codeAction', {
        textDocument: { uri: doc.uri },
        range: { start: somewhere(text), end: somewhere(text) },
        context: { diagnostics: [] },
      });
      await client.request('reimage/runCases', {});
      requests += 7;
    }
  }
  const failures = client.logs.filter((l) => l.type === 1).map((l) => l.message.split('\n').slice(0, 3).join(' | '));
  await client.shutdown();
  assert.deepEqual(failures, [], 'no handler failed');
  assert.ok(slowest < BOUND_MS, `slowest diagnostics pass ${slowest.toFixed(0)} ms (bound ${BOUND_MS} ms)`);
  assert.ok(requests >= ITERATIONS * 2);
});

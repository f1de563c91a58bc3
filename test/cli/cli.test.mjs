// The `reimage` command line as a user meets it: `file:line:col` findings (exit codes are in
// exit-codes.test.mjs), the
// `run --json` contract, JUnit and Markdown reports, colour, and bad input that must never
// crash the tool. Expected values are worked out by hand from docs/language.md (see the
// comments in test/fixtures/cli/); run `node esbuild.mjs` first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoCrash, bin, FIX, findings, PROTOCOLS, reimage, root } from '../helpers/cli.mjs';

// eslint-disable-next-line no-control-regex -- an ANSI colour code starts with ESC
const ANSI = /\x1b\[/;

describe('validate: file:line:col: error [code] message', () => {
  // Each file in test/fixtures/cli/invalid holds one mistake, placed by hand.
  const cases = [
    {
      name: 'a length unit where a field strength belongs points at the unit',
      file: `${FIX}/invalid/unit-mismatch.case.yaml`,
      // line 11: `    field_strength: 5 cm`; `cm` starts in column 23
      expected: [{ line: 11, column: 23, code: 'unit-mismatch' }],
    },
    {
      name: 'month 13 points at the month',
      file: `${FIX}/invalid/bad-date.case.yaml`,
      // line 9: `    date: 2026-13-45`; `13` starts in column 16
      expected: [{ line: 9, column: 16, code: 'invalid-value' }],
    },
    {
      name: 'an unknown protocol points at its id',
      file: `${FIX}/invalid/unknown-protocol.case.yaml`,
      // line 2: `protocol: no-such-protocol`; the id starts in column 11
      expected: [{ line: 2, column: 11, code: 'unknown-protocol' }],
    },
    {
      name: 'a misspelt key points at the key',
      file: `${FIX}/invalid/misspelt-key.case.yaml`,
      // line 11: `    slice_thicknes: 1mm`; the key starts in column 5
      expected: [{ line: 11, column: 5, code: 'unknown-key' }],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const r = reimage(['validate', c.file, '--protocols', PROTOCOLS]);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      const found = findings(r.stdout);
      assert.deepEqual(
        found.map(({ file, line, column, code }) => ({ file, line, column, code })),
        c.expected.map((e) => ({ file: c.file, ...e })),
        r.stdout,
      );
      for (const f of found) {
        assert.equal(f.severity, 'error');
        assert.ok(f.message.trim().length > 0);
      }
      assertNoCrash(r);
    });
  }

  // line 4: `[a, b]: c` — a list used as a key, which is no key of a case.
  test('a list used as a key points at the key', () => {
    const r = reimage(['validate', `${FIX}/invalid/collection-key.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.deepEqual(
      findings(r.stdout).map((f) => [f.line, f.column, f.code]),
      [[4, 1, 'unknown-key']],
    );
  });

  test('a list used as a key prints no Node.js warning', () => {
    for (const command of ['validate', 'run']) {
      const r = reimage([command, `${FIX}/invalid/collection-key.case.yaml`, '--protocols', PROTOCOLS]);
      assert.equal(r.status, 2, command);
      assert.doesNotMatch(r.stderr, /\(node:\d+\)|Warning:|--trace-warnings/, command);
    }
  });

  test('a misspelt key offers the right spelling', () => {
    const r = reimage(['validate', `${FIX}/invalid/misspelt-key.case.yaml`, '--protocols', PROTOCOLS]);
    const [f] = findings(r.stdout);
    assert.match(f.message, /did you mean/i);
    assert.match(f.message, /slice_thickness\b/);
  });

  test('the unknown protocol message names the protocol that exists', () => {
    const r = reimage(['validate', `${FIX}/invalid/unknown-protocol.case.yaml`, '--protocols', PROTOCOLS]);
    const [f] = findings(r.stdout);
    assert.match(f.message, /no-such-protocol/);
    assert.match(f.message, /mini-clinic/);
  });

  test('the same findings go to stderr in `run`, with exit 2', () => {
    const r = reimage(['run', `${FIX}/invalid/unit-mismatch.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 2);
    assert.deepEqual(
      findings(r.stderr).map((f) => [f.line, f.column, f.code]),
      [[11, 23, 'unit-mismatch']],
    );
  });

  test('validate --json lists the same finding with 1-based line and column', () => {
    const r = reimage(['validate', `${FIX}/invalid/bad-date.case.yaml`, '--protocols', PROTOCOLS, '--json']);
    assert.equal(r.status, 2);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.file, d.line, d.column, d.code, d.severity]),
      [[`${FIX}/invalid/bad-date.case.yaml`, 9, 16, 'invalid-value', 'error']],
    );
  });

  // left extends right, right extends left; `extends:` is on line 2 of both, its value in column 10.
  test('an extends cycle is an error (exit 2) at the `extends` value', () => {
    const r = reimage(['validate', `${FIX}/cycle`, '--protocols', `${FIX}/cycle`]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    const cycles = findings(r.stdout).filter((f) => f.code === 'extends-cycle');
    assert.ok(cycles.length >= 1, r.stdout);
    for (const f of cycles) assert.deepEqual([f.line, f.column], [2, 10]);
    assertNoCrash(r);
  });

  test('an extends cycle is reported in each protocol of the cycle', () => {
    const r = reimage(['validate', `${FIX}/cycle`, '--protocols', `${FIX}/cycle`]);
    const cycles = findings(r.stdout).filter((f) => f.code === 'extends-cycle');
    assert.deepEqual(cycles.map((f) => [f.file, f.line, f.column]).sort(), [
      [`${FIX}/cycle/left.protocol.yaml`, 2, 10],
      [`${FIX}/cycle/right.protocol.yaml`, 2, 10],
    ]);
  });
});

describe('bad input: exit 2, a finding, never a stack trace', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'reimage-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes `content` to `dir/name`, runs both commands on it, returns their results. */
  function both(name, content) {
    const file = join(dir, name);
    writeFileSync(file, content);
    return ['validate', 'run'].map((command) => ({ command, file, ...reimage([command, file, '--protocols', join(root, PROTOCOLS)]) }));
  }

  function assertRejected(results, code) {
    for (const r of results) {
      assert.equal(r.status, 2, `${r.command}: ${r.stdout}${r.stderr}`);
      assertNoCrash(r);
      const all = findings(r.stdout + '\n' + r.stderr).filter((f) => f.file === r.file && f.severity === 'error');
      assert.ok(all.length > 0, `${r.command}: no file:line:col error for ${r.file}:\n${r.stdout}${r.stderr}`);
      if (code)
        assert.ok(
          all.some((f) => f.code === code),
          `${r.command}: expected [${code}], got ${all.map((f) => f.code).join(', ')}`,
        );
      for (const f of all) assert.ok(f.line >= 1 && f.column >= 1);
    }
  }

  test('malformed YAML (an unclosed bracket)', () => {
    assertRejected(both('unclosed.case.yaml', 'case: unclosed\nprotocol: [mini-clinic\non: 2026-04-10\n'), 'yaml-syntax');
  });

  test('10,000-deep nesting, closed', () => {
    assertRejected(both('deep.case.yaml', `case: deep\nstudies: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), 'too-deep');
  });

  test('10,000-deep nesting, never closed', () => {
    assertRejected(both('deep-open.case.yaml', `case: deep\nstudies: ${'['.repeat(10_000)}\n`), 'too-deep');
  });

  test('an alias bomb (billion laughs)', () => {
    const lines = ['case: bomb', 'protocol: mini-clinic', 'on: 2026-04-10', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    assertRejected(both('bomb.case.yaml', lines.join('\n') + '\n'), 'alias-limit');
  });

  test('a 20 MB file', () => {
    const line = `# ${'x'.repeat(97)}\n`;
    const text = 'case: huge\n' + line.repeat((20 * 1024 * 1024) / line.length);
    assert.ok(text.length >= 20 * 1024 * 1024 - 100);
    assertRejected(both('x.case.yaml', text), 'file-too-large');
  });

  test('an empty file', () => {
    assertRejected(both('empty.case.yaml', ''));
  });

  test('a file that is a list', () => {
    assertRejected(both('list.case.yaml', '- case: a\n- case: b\n'), 'not-a-map');
  });

  test('binary garbage', () => {
    const bytes = Buffer.alloc(8192);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0; // a fixed pseudo-random sequence: the same bytes every run
      bytes[i] = x >>> 24;
    }
    assertRejected(both('garbage.case.yaml', bytes));
  });

  test('a path that does not exist', () => {
    for (const command of ['validate', 'run']) {
      const r = reimage([command, 'no/such/file.case.yaml', '--protocols', PROTOCOLS]);
      assert.equal(r.status, 2, command);
      assertNoCrash(r);
      assert.match(r.stdout + r.stderr, /no\/such\/file\.case\.yaml/);
    }
  });

  test('a --protocols folder that does not exist', () => {
    const r = reimage(['run', `${FIX}/cases`, '--protocols', 'no/such/folder']);
    assert.equal(r.status, 2);
    assertNoCrash(r);
    assert.match(r.stderr, /no\/such\/folder/);
  });

  test('a JUnit file that cannot be written', () => {
    const target = join(dir, 'no', 'such', 'dir', 'j.xml');
    const r = reimage(['run', `${FIX}/cases`, '--protocols', PROTOCOLS, '--junit', target]);
    assert.equal(r.status, 2);
    assertNoCrash(r);
    assert.equal(r.stderr, `${target}: cannot write the JUnit report (ENOENT)\n`);
  });
});

describe('run --json: the output contract', () => {
  const r = reimage(['run', `${FIX}/cases/passing.case.yaml`, `${FIX}/cases/ordering.case.yaml`, '--protocols', PROTOCOLS, '--json']);
  const has = (obj, keys, where) => {
    for (const k of keys) assert.ok(Object.hasOwn(obj, k), `${where} has no key '${k}': ${JSON.stringify(obj)}`);
  };

  test('exit 0 and the output parses', () => {
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotThrow(() => JSON.parse(r.stdout));
  });

  test('every key of the contract is there with its type', () => {
    const out = JSON.parse(r.stdout);
    has(out, ['cases'], 'the output');
    assert.equal(out.cases.length, 2);
    for (const c of out.cases) {
      has(c, ['case', 'file', 'protocol', 'studies', 'orders', 'summary', 'expectations'], 'a case');
      for (const k of ['case', 'file', 'protocol']) assert.equal(typeof c[k], 'string');
      for (const s of c.studies) {
        has(s, ['id', 'verdict', 'reasons', 'redo'], `study ${s.id}`);
        assert.ok(['accept', 'review', 'supplement', 'redo'].includes(s.verdict));
        assert.ok(s.reasons.length > 0, `study ${s.id} carries no reason`);
        for (const reason of s.reasons) {
          has(reason, ['rule', 'verdict', 'message', 'source'], 'a reason');
          has(reason.source, ['file', 'line'], 'a reason source');
          assert.equal(typeof reason.source.line, 'number');
        }
        if (s.redo !== null) {
          has(s.redo, ['modality', 'scan', 'report', 'same_day', 'ready_by', 'cost'], `redo of ${s.id}`);
          if (s.redo.cost !== null) has(s.redo.cost, ['min', 'max', 'currency'], `cost of ${s.id}`);
        }
      }
      for (const o of c.orders) has(o, ['modality', 'region', 'reason', 'rule'], 'an order');
      has(c.summary, ['ready_by', 'budget'], 'summary');
      has(c.summary.budget, ['min', 'max', 'currency'], 'summary.budget');
      has(c.expectations, ['passed', 'failures'], 'expectations');
      assert.ok(Array.isArray(c.expectations.failures));
    }
  });

  test('the passing case: verdicts, reasons, redos, ready-by and budget as worked out by hand', () => {
    const c = JSON.parse(r.stdout).cases.find((x) => x.case === 'passing');
    assert.equal(c.file, `${FIX}/cases/passing.case.yaml`);
    assert.equal(c.protocol, 'mini-clinic');
    const byId = Object.fromEntries(c.studies.map((s) => [s.id, s]));
    assert.deepEqual(
      c.studies.map((s) => [s.id, s.verdict]),
      [
        ['chest-ct', 'redo'],
        ['abdomen-us', 'redo'],
        ['chest-xr', 'accept'],
        ['old-ct', 'review'],
      ],
    );

    const deciding = (s) => s.reasons.filter((x) => x.verdict === s.verdict);
    const protocolFile = `${PROTOCOLS}/mini-clinic.protocol.yaml`;
    // thin-slice-ct starts on line 14 of mini-clinic, ultrasound-in-house on 19, the
    // active-oncology window on 11.
    assert.deepEqual(
      deciding(byId['chest-ct']).map((x) => [x.rule, x.source.file, x.source.line]),
      [['thin-slice-ct', protocolFile, 14]],
    );
    assert.deepEqual(
      deciding(byId['abdomen-us']).map((x) => [x.rule, x.source.file, x.source.line]),
      [['ultrasound-in-house', protocolFile, 19]],
    );
    assert.deepEqual(
      deciding(byId['old-ct']).map((x) => x.source.line),
      [11],
    );
    for (const s of c.studies) for (const x of s.reasons) assert.ok(x.message.trim().length > 0);

    // CT: report ≤ 2bd from Friday 2026-04-10, Monday the 13th a holiday → Wednesday the 15th.
    const ct = byId['chest-ct'].redo;
    assert.equal(ct.modality, 'CT');
    assert.equal(ct.scan, '15min..30min');
    assert.equal(ct.report, '1bd..2bd');
    assert.equal(ct.same_day, 'scan');
    assert.equal(ct.ready_by, '2026-04-15');
    assert.deepEqual(ct.cost, { min: 100, max: 200, currency: 'EUR' });
    // US: lead ≤ 3bd, report on the spot → Thursday the 16th; mini-clinic has no US price.
    const us = byId['abdomen-us'].redo;
    assert.equal(us.modality, 'US');
    assert.equal(us.report, 'on-the-spot');
    assert.equal(us.same_day, true);
    assert.equal(us.ready_by, '2026-04-16');
    assert.equal(us.cost, null);
    assert.equal(byId['chest-xr'].redo, null);
    assert.equal(byId['old-ct'].redo, null);

    assert.deepEqual(c.orders, []);
    assert.equal(c.summary.ready_by, '2026-04-16');
    assert.equal(c.summary.budget.min, 100);
    assert.equal(c.summary.budget.max, 200);
    assert.equal(c.summary.budget.currency, 'EUR');
    assert.equal(c.expectations.passed, true);
    assert.deepEqual(c.expectations.failures, []);
  });

  test('the ordering case: one MR brain order with an unknown price', () => {
    const c = JSON.parse(r.stdout).cases.find((x) => x.case === 'ordering');
    assert.equal(c.orders.length, 1);
    const [o] = c.orders;
    assert.equal(o.modality, 'MR');
    assert.equal(o.region, 'brain');
    assert.equal(o.rule, 'headache-brain-mr');
    assert.equal(o.reason, 'Screen for brain metastases');
    assert.equal(o.ready_by, '2026-04-16');
    assert.equal(o.cost, null);
    assert.equal(c.summary.ready_by, '2026-04-16');
    assert.equal(c.expectations.passed, true);
  });

  test('a failing expectation is listed in expectations.failures', () => {
    const f = reimage(['run', `${FIX}/failing`, '--protocols', PROTOCOLS, '--json']);
    assert.equal(f.status, 1);
    const [c] = JSON.parse(f.stdout).cases;
    assert.equal(c.expectations.passed, false);
    // failing.case.yaml expects `chest-ct: accept`; its 5mm slices fail thin-slice-ct (<= 2.5mm).
    const text = readFileSync(join(root, FIX, 'failing/failing.case.yaml'), 'utf8');
    const at = text.indexOf('chest-ct: accept');
    assert.deepEqual(c.expectations.failures, [
      {
        study: 'chest-ct',
        expected: 'accept',
        actual: 'redo',
        rules: ['thin-slice-ct'],
        message: 'chest-ct: expected accept, got redo (thin-slice-ct: slice thickness 5mm does not meet <= 2.5mm — Oncology CT needs thin sections.)',
        range: { start: at, end: at + 'chest-ct: accept'.length },
      },
    ]);
  });
});

/** A small well-formedness check of XML 1.0: one root, nested tags, quoted attributes, entities. */
function assertWellFormedXml(xml) {
  let s = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack = [];
  let roots = 0;
  const checkText = (t, where) => {
    assert.doesNotMatch(t, /<|&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/, `bad character data ${where}: ${t.slice(0, 80)}`);
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters
    assert.doesNotMatch(t, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, `control character ${where}`);
  };
  while (s.length) {
    const lt = s.indexOf('<');
    if (lt < 0) {
      assert.equal(s.trim(), '', 'text after the root element');
      break;
    }
    const text = s.slice(0, lt);
    if (!stack.length) assert.equal(text.trim(), '', 'text outside the root element');
    checkText(text, 'in text');
    s = s.slice(lt);
    if (s.startsWith('<!--')) {
      const end = s.indexOf('-->');
      assert.ok(end > 0, 'unclosed comment');
      s = s.slice(end + 3);
      continue;
    }
    const m = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"]*")*)\s*(\/?)>/.exec(s);
    assert.ok(m, `malformed tag at: ${s.slice(0, 80)}`);
    const [whole, closing, name, attrs, selfClosing] = m;
    const attrNames = [...attrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g)];
    assert.equal(new Set(attrNames.map((a) => a[1])).size, attrNames.length, `duplicate attribute in <${name}>`);
    for (const a of attrNames) checkText(a[2], `in attribute ${a[1]}`);
    if (closing) {
      assert.equal(stack.pop(), name, `</${name}> does not close the open element`);
    } else {
      if (!stack.length) roots++;
      if (!selfClosing) stack.push(name);
    }
    s = s.slice(whole.length);
  }
  assert.deepEqual(stack, [], 'unclosed elements');
  assert.equal(roots, 1, 'exactly one root element');
}

describe('run: the text report reads like a test runner', () => {
  /** The cases the report names (lines starting with a mark) and how many study tables it prints. */
  const shape = (stdout) => ({
    cases: stdout
      .split('\n')
      .filter((l) => /^[✔✘•] /.test(l))
      .map((l) => l.split(/\s+/)[1]),
    tables: stdout.split('\n').filter((l) => /^ {2}study\s+verdict\s+rule/.test(l)).length,
  });

  test('a passing case is one line, a failing case its whole table; the last line counts them', () => {
    const r = reimage(['run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 1, r.stderr);
    const { cases, tables } = shape(r.stdout);
    assert.deepEqual([...cases].sort(), ['failing', 'ordering', 'passing']);
    assert.equal(tables, 1, 'only the failing case has its table');
    const failing = r.stdout.split('\n').findIndex((l) => l.startsWith('✘ failing'));
    assert.match(r.stdout.split('\n')[failing + 1], /^ {2}study\s+verdict/, 'the table follows the failing case');
    assert.match(r.stdout.trimEnd().split('\n').at(-1), /^3 cases: 2 passed, 1 failed/);
  });

  test('a single case is shown in full, and --verbose shows every case in full', () => {
    const single = reimage(['run', `${FIX}/cases/passing.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(single.status, 0, single.stderr);
    assert.deepEqual(shape(single.stdout), { cases: ['passing'], tables: 1 });
    const verbose = reimage(['run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS, '--verbose']);
    assert.equal(shape(verbose.stdout).tables, 3);
  });
});

describe('run --junit and --markdown', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'reimage-junit-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--junit FILE writes well-formed JUnit XML: one testcase per case, a failure for the failing one', () => {
    const file = join(dir, 'report.xml');
    const r = reimage(['run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS, '--junit', file]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.ok(existsSync(file), 'no JUnit file written');
    const xml = readFileSync(file, 'utf8');
    assertWellFormedXml(xml);
    const testcases = [...xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => ({
      name: /\sname="([^"]*)"/.exec(m[1])?.[1],
      body: m[3] ?? '',
    }));
    assert.deepEqual(testcases.map((t) => t.name).sort(), ['failing', 'ordering', 'passing']);
    for (const t of testcases) {
      const failures = (t.body.match(/<failure\b/g) ?? []).length;
      assert.equal(failures, t.name === 'failing' ? 1 : 0, `failures in testcase ${t.name}`);
    }
    assert.match(xml, /<testsuites\b[^>]*\btests="3"[^>]*\bfailures="1"/);
  });

  // Each suite's test cases wait in a temporary file until the end: case names and every
  // study's plan, patient data that must not outlive the run however it ends.
  test(
    'a run killed with SIGKILL after its first case leaves nothing in the temporary folder',
    { todo: process.platform === 'win32' && 'Windows cannot unlink an open file: only an ended or failed run removes it' },
    async () => {
      const cases = join(dir, 'many-cases');
      mkdirSync(cases);
      const passing = readFileSync(join(root, FIX, 'cases', 'passing.case.yaml'), 'utf8');
      // Enough cases that the run is still going when its first case is printed (about 100 a second).
      for (let i = 0; i < 400; i++) writeFileSync(join(cases, `case-${i}.case.yaml`), passing.replace('case: passing', `case: passing-${i}`));
      const temporary = join(dir, 'tmp');
      mkdirSync(temporary);
      const env = { ...process.env, TMPDIR: temporary, TMP: temporary, TEMP: temporary, NO_COLOR: '1' };
      const child = spawn(process.execPath, [bin, 'run', cases, '--protocols', PROTOCOLS, '--junit', join(dir, 'killed.xml')], { cwd: root, env });
      const exited = once(child, 'exit');
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const firstCase = new Promise((printed) => {
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          if (/passing-\d+/.test(stdout)) printed();
        });
      });
      // A run that ends (or fails) before printing a case is told apart by its signal below.
      await Promise.race([firstCase, exited]);
      child.kill('SIGKILL');
      const [, signal] = await exited;
      assert.equal(signal, 'SIGKILL', `the run ended before it was killed (give it more cases):\n${stdout}`);
      assert.deepEqual(readdirSync(temporary), []);
    },
  );

  test('--junit in a relative path is written relative to the working directory', () => {
    const r = reimage(['run', join(root, FIX, 'cases'), '--protocols', join(root, PROTOCOLS), '--junit', 'rel.xml'], { cwd: dir });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assertWellFormedXml(readFileSync(join(dir, 'rel.xml'), 'utf8'));
  });

  test('--markdown prints a Markdown table of the studies', () => {
    const r = reimage(['run', `${FIX}/cases/passing.case.yaml`, '--protocols', PROTOCOLS, '--markdown']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const header = lines.findIndex((l) => /^\|.*\bstudy\b.*\bverdict\b.*\|$/.test(l));
    assert.ok(header >= 0, `no table header:\n${r.stdout}`);
    const columns = lines[header].split('|').length;
    assert.match(lines[header + 1], /^\|(\s*:?-{3,}:?\s*\|)+$/, 'no separator row under the header');
    assert.equal(lines[header + 1].split('|').length, columns);
    const rows = [];
    for (let i = header + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
    assert.equal(rows.length, 4, 'one row per study');
    for (const [id, verdict] of [
      ['chest-ct', 'redo'],
      ['abdomen-us', 'redo'],
      ['chest-xr', 'accept'],
      ['old-ct', 'review'],
    ]) {
      const row = rows.find((x) => x.split('|')[1].trim() === id);
      assert.ok(row, `no row for ${id}`);
      assert.match(row, new RegExp(`\\b${verdict}\\b`));
      assert.equal(row.replace(/\\\|/g, '').split('|').length, columns, `row for ${id} has the wrong number of cells`);
    }
    assert.doesNotMatch(r.stdout, ANSI);
  });
});

describe('colour', () => {
  test('no ANSI escapes when stdout is not a TTY', () => {
    for (const args of [
      ['run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS],
      ['validate', `${FIX}/invalid`, '--protocols', PROTOCOLS],
    ]) {
      const r = reimage(args, { env: { TERM: 'xterm-256color' } });
      assert.doesNotMatch(r.stdout, ANSI, args.join(' '));
      assert.doesNotMatch(r.stderr, ANSI, args.join(' '));
    }
  });

  // A real TTY comes from util-linux `script`; without it this check cannot be made.
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  const hasScript = !script.error && script.status === 0;
  const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  const inTty = (env) => {
    const command = [process.execPath, bin, 'run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS].map(quote).join(' ');
    const environment = { ...process.env, TERM: 'xterm-256color', ...env };
    if (!('NO_COLOR' in env)) delete environment.NO_COLOR;
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, env: environment, encoding: 'utf8', timeout: 60_000 });
  };

  test(
    'colour on a TTY, none with NO_COLOR=1',
    {
      todo: hasScript ? false : 'util-linux `script` is not installed here, so no TTY can be made for the check',
    },
    () => {
      if (!hasScript) return;
      const coloured = inTty({});
      assert.equal(coloured.status, 1, coloured.stdout);
      assert.match(coloured.stdout, ANSI, 'no colour on a TTY (or `script` did not give a TTY)');
      const plain = inTty({ NO_COLOR: '1' });
      assert.equal(plain.status, 1, plain.stdout);
      assert.match(plain.stdout, /chest-ct/);
      assert.doesNotMatch(plain.stdout, ANSI);
    },
  );
});

describe('the shipped protocols', () => {
  test('`reimage run protocols` from the repo root exits 0: every shipped case meets its expect', () => {
    const r = reimage(['run', 'protocols']);
    assert.equal(
      r.status,
      0,
      r.stdout
        .split('\n')
        .filter((l) => /✘|expectation failed/.test(l))
        .join('\n') + r.stderr,
    );
    assert.equal(r.stderr, '');
  });

  test('every shipped case runs and has an expect that passes', () => {
    const count = readdirSync(join(root, 'protocols'), { recursive: true }).filter((f) => /\.case\.ya?ml$/.test(f)).length;
    const r = reimage(['run', 'protocols', '--json']);
    const { cases } = JSON.parse(r.stdout);
    assert.equal(cases.length, count, 'a shipped case did not run');
    assert.deepEqual(
      cases.filter((c) => c.expectations.passed !== true).map((c) => c.file),
      [],
    );
  });

  test('`reimage validate` (default folder protocols) finds no error', () => {
    const r = reimage(['validate']);
    assert.equal(r.status, 0, r.stdout);
    assert.deepEqual(
      findings(r.stdout).filter((f) => f.severity === 'error'),
      [],
    );
  });
});

test('a reader that stops early (reimage run | head) ends the run quietly, with its exit code', async () => {
  // --verbose prints every case's table: far more than a pipe holds, so the run is still writing
  // when the reader goes.
  const child = spawn(process.execPath, [bin, 'run', 'protocols', '--verbose'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let stdout = '';
  await new Promise((firstLine) =>
    child.stdout.once('data', (chunk) => {
      stdout = String(chunk).split('\n')[0];
      child.stdout.destroy();
      firstLine();
    }),
  );
  const [code, signal] = await exited;
  assert.match(stdout, /^✔ /, 'the first case was printed');
  assertNoCrash({ stdout: '', stderr });
  assert.deepEqual([code, signal], [0, null], stderr);
});

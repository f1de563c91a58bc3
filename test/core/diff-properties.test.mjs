// The impact of a random change to a profile (a window, a rule, its region, an order rule,
// `expedite`, `hard`, a timeline, a price) equals the differences between two full runs of
// every case: the same studies change verdict, the same cases newly fail or pass their `expect`
// (verdicts, orders, ready_by and budget of the summary). Random profiles and cases come from
// test/helpers/random-profile.mjs; the seed is printed at the start (replay: FC_SEED=<seed>).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import core from '../../dist/core.js';
import { caseArb, caseText, CONTEXTS, profileArb, profileText, REGIONS } from '../helpers/random-profile.mjs';
import { runs } from '../helpers/seed.mjs';

const ruleArb = profileArb.map((p) => p.rules[0]);
const replaceAt = (list, i, value) => list.map((v, j) => (j === i ? value : v));

/** One change a profile author might make, applied to `p`. */
function changeArb(p) {
  const rule = fc.nat({ max: p.rules.length - 1 });
  return fc.oneof(
    fc
      .record({ i: fc.nat({ max: CONTEXTS.length - 1 }), w: profileArb.map((q) => q.windows[0]) })
      .map(({ i, w }) => ({ ...p, windows: replaceAt(p.windows, i, w) })),
    fc.tuple(rule, ruleArb).map(([i, r]) => ({ ...p, rules: replaceAt(p.rules, i, r) })),
    fc
      .tuple(rule, fc.option(fc.constantFrom(...REGIONS), { nil: undefined }))
      .map(([i, region]) => ({ ...p, rules: replaceAt(p.rules, i, { ...p.rules[i], region }) })),
    ruleArb.map((r) => ({ ...p, rules: [...p.rules, { ...r, kind: 'order' }] })),
    rule.map((i) => ({ ...p, rules: p.rules.filter((_, j) => j !== i || p.rules.length === 1) })),
    rule.map((i) => ({ ...p, rules: replaceAt(p.rules, i, { ...p.rules[i], expedite: !p.rules[i].expedite }) })),
    rule.map((i) => ({ ...p, rules: replaceAt(p.rules, i, { ...p.rules[i], hard: !p.rules[i].hard }) })),
    profileArb.map((q) => ({ ...p, timelines: q.timelines })),
    profileArb.map((q) => ({ ...p, costs: q.costs })),
  );
}

const scenarioArb = fc
  .tuple(profileArb, fc.array(fc.tuple(caseArb, fc.boolean()), { minLength: 1, maxLength: 4 }))
  .chain(([p, cases]) => changeArb(p).map((q) => ({ before: p, after: q, cases })));

const describeOrder = (o) => `{ modality: ${o.modality}${o.region ? `, region: ${o.region}` : ''} }`;

/**
 * The files of both versions. Half the cases expect what the older version gives (so a change
 * that reaches them makes them fail); the others expect random verdicts, dates and budgets.
 */
function versions({ before, after, cases }) {
  const protocolA = { path: 'p.protocol.yaml', text: profileText(before) };
  const plain = cases.map(([c], i) => ({ path: `cases/c${i}.case.yaml`, text: caseText(c, { id: `c${i}` }) }));
  const resultsA = core.runCases(core.analyzeProject([protocolA, ...plain])).cases;
  const caseFiles = cases.map(([c, fromRun], i) => {
    if (!fromRun) return { path: `cases/c${i}.case.yaml`, text: caseText(c, { id: `c${i}`, expect: true }) };
    const r = resultsA.find((x) => x.case === `c${i}`);
    const budget = r.summary.budget.min === null ? 'unknown' : `${r.summary.budget.min}..${r.summary.budget.max}`;
    const expect = [
      'expect:',
      ...r.studies.map((s) => `  ${s.id}: ${s.superseded_by ? 'superseded' : s.verdict}`),
      `  orders: [${r.orders.map(describeOrder).join(', ')}]`,
      `  ready_by: ${r.summary.ready_by ?? 'none'}`,
      `  budget: ${budget}`,
    ];
    return { path: `cases/c${i}.case.yaml`, text: `${plain[i].text}${expect.join('\n')}\n` };
  });
  return [
    [protocolA, ...caseFiles],
    [{ path: 'p.protocol.yaml', text: profileText(after) }, ...caseFiles],
  ];
}

/** Per case file: each study's verdict and whether the case's `expect` fails, from a full run. */
function fullRun(files) {
  const project = core.analyzeProject(files);
  for (const [path, diagnostics] of project.diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
    assert.deepEqual(errors, [], `the generator wrote an invalid ${path}:\n${files.find((f) => f.path === path)?.text}`);
  }
  return new Map(
    core.runCases(project).cases.map((c) => [c.file, { verdicts: c.studies.map((s) => [s.id, s.verdict]), failing: c.expectations.passed === false }]),
  );
}

test('the impact of a random profile change equals the differences between two full runs', () => {
  fc.assert(
    fc.property(scenarioArb, (scenario) => {
      const [a, b] = versions(scenario);
      const [runA, runB] = [fullRun(a), fullRun(b)];
      const studies = [];
      const newlyFailing = [];
      const newlyPassing = [];
      for (const [file, rb] of runB) {
        const ra = runA.get(file);
        rb.verdicts.forEach(([id, verdict], j) => {
          if (ra.verdicts[j][1] !== verdict) studies.push(`${file} ${id}: ${ra.verdicts[j][1]} → ${verdict}`);
        });
        if (ra.failing !== rb.failing) (rb.failing ? newlyFailing : newlyPassing).push(file);
      }
      const { impact } = core.diffProtocols(a, b);
      const context = `\n--- before\n${a[0].text}--- after\n${b[0].text}${a
        .slice(1)
        .map((f) => `--- ${f.path}\n${f.text}`)
        .join('')}`;
      assert.deepEqual(impact.studies.map((v) => `${v.file} ${v.study}: ${v.before} → ${v.after}`).sort(), studies.sort(), `studies${context}`);
      assert.deepEqual(impact.newlyFailing.map((e) => e.file).sort(), newlyFailing.sort(), `newly failing${context}`);
      assert.deepEqual(impact.newlyPassing.map((e) => e.file).sort(), newlyPassing.sort(), `newly passing${context}`);
      assert.equal(impact.cases.compared, runB.size, 'every case is compared');
    }),
    runs(120),
  );
});

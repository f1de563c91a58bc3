// JUnit XML for CI: one test case per Reimage case (skipped without `expect`), grouped by protocol.
import type { CaseResult } from '../../core';
import { budgetText, caseStatus, orderPlanText, orderTitle, plannedText, planText, studyPlan, studyVerdictWord, supersededText } from '../../core';

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** What the case plans, for CI's output pane: each study's verdict and plan, the orders, the summary. */
function plansOut(c: CaseResult): string {
  const lines = c.studies.map((s) => {
    const plan = studyPlan(s);
    return `${s.id}: ${studyVerdictWord(s)}${s.superseded_by ? ` — ${supersededText(s)}` : plan ? ` — ${planText(plan)}` : ''}`;
  });
  for (const o of c.orders) lines.push(`order ${orderTitle(o)}: ${orderPlanText(o)}`);
  lines.push(`planned: ${plannedText(c)} · ready by ${c.summary.ready_by ?? 'none'} · budget ${budgetText(c.summary.budget)}`);
  return `      <system-out>${xml(lines.join('\n'))}</system-out>`;
}

function testcase(c: CaseResult): string {
  const open = `    <testcase classname="${xml(c.protocol)}" name="${xml(c.case)}" file="${xml(c.file)}">`;
  const status = caseStatus(c);
  const out = plansOut(c);
  if (status === 'passed') return `${open}\n${out}\n    </testcase>`;
  if (status === 'no-expect') return `${open}\n      <skipped message="the case has no expect"/>\n${out}\n    </testcase>`;
  const body = c.expectations.failures.map((f) => f.message).join('\n');
  return `${open}\n      <failure message="${xml(c.expectations.failures[0].message)}" type="expectation">${xml(body)}</failure>\n${out}\n    </testcase>`;
}

/**
 * The JUnit report of a run, added to case by case: it keeps each case's XML and counts (the
 * report's totals come first in the file), not the case's result.
 */
export class JunitReport {
  private readonly suites = new Map<string, { xml: string[]; failures: number; skipped: number }>();
  private total = 0;
  private failures = 0;

  add(c: CaseResult): void {
    let suite = this.suites.get(c.protocol);
    if (!suite) this.suites.set(c.protocol, (suite = { xml: [], failures: 0, skipped: 0 }));
    const status = caseStatus(c);
    suite.xml.push(testcase(c));
    if (status === 'failed') suite.failures++;
    if (status === 'no-expect') suite.skipped++;
    this.total++;
    if (status === 'failed') this.failures++;
  }

  render(): string {
    const suites = [...this.suites].map(([protocol, s]) =>
      `  <testsuite name="${xml(protocol)}" tests="${s.xml.length}" failures="${s.failures}" skipped="${s.skipped}" errors="0">\n${s.xml.join('\n')}\n  </testsuite>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="reimage" tests="${this.total}" failures="${this.failures}">\n${suites.join('\n')}\n</testsuites>\n`;
  }
}

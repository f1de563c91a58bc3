// JUnit XML for CI: one test case per Reimage case (skipped without `expect`), grouped by protocol.
import { closeSync, openSync, writeSync } from 'node:fs';
import { catalogueFor, formatDateIn, type CaseResult, type Catalogue } from '../../core';
import { budgetText, caseStatus, orderPlanText, orderTitle, plannedText, planText, studyPlan, studyVerdictWord, supersededText } from '../../core';
import { ScratchFile } from '../services/scratch-file';

function xml(s: string): string {
  return (
    s
      .replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!)
      // XML 1.0 cannot carry most control characters at all.
      // eslint-disable-next-line no-control-regex -- these control characters are what it removes
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** What the case plans, for CI's output pane: each study's verdict and plan, the orders, the summary. */
function plansOut(c: CaseResult, say: Catalogue): string {
  const lines = c.studies.map((s) => {
    const plan = studyPlan(s);
    const planned = s.superseded_by ? supersededText(s, say) : plan ? planText(plan, say) : '';
    return say.t('junit.study-line', { study: s.id, verdict: studyVerdictWord(s, say), plan: planned ? say.t('sentence.dash', { text: planned }) : '' });
  });
  for (const o of c.orders) lines.push(say.t('junit.order-line', { order: orderTitle(o, say), plan: orderPlanText(o, say) }));
  const ready = c.summary.ready_by ? say.t('plan.ready-by', { date: formatDateIn(c.summary.ready_by, say) }) : say.t('run.nothing-to-wait-for');
  lines.push(say.t('run.planned', { planned: plannedText(c, say), ready, budget: budgetText(c.summary.budget, say) }));
  return `      <system-out>${xml(lines.join('\n'))}</system-out>`;
}

function testcase(c: CaseResult, say: Catalogue): string {
  const open = `    <testcase classname="${xml(c.protocol)}" name="${xml(c.case)}" file="${xml(c.file)}">`;
  const status = caseStatus(c);
  const out = plansOut(c, say);
  if (status === 'passed') return `${open}\n${out}\n    </testcase>`;
  if (status === 'no-expect') return `${open}\n      <skipped message="${xml(say.t('junit.no-expect'))}"/>\n${out}\n    </testcase>`;
  const body = c.expectations.failures.map((f) => f.message).join('\n');
  return `${open}\n      <failure message="${xml(c.expectations.failures[0].message)}" type="expectation">${xml(body)}</failure>\n${out}\n    </testcase>`;
}

interface Suite {
  /** The suite's test cases so far. */
  file: ScratchFile;
  tests: number;
  failures: number;
  skipped: number;
}

/**
 * The JUnit report of a run, added to case by case. Each case's XML goes to its suite's
 * temporary file at once (the report's totals come first in the file, so it is written at the
 * end): what a run keeps does not grow with its cases — a case's XML, with each study's plan, is
 * a few kilobytes, and held until the end they made the peak of 50,000 cases 529 MB. The files
 * hold patient data: on POSIX they have no name from the start (services/scratch-file.ts), so
 * even a killed run leaves none; elsewhere `write` or `dispose` removes them.
 */
export class JunitReport {
  private readonly suites = new Map<string, Suite>();
  private total = 0;
  private failures = 0;

  /** `say`: the language of the case's plan lines (its failures are in the run's language already). */
  constructor(private readonly say: Catalogue = catalogueFor('en')) {}

  add(c: CaseResult): void {
    let suite = this.suites.get(c.protocol);
    if (!suite) {
      suite = { file: new ScratchFile('reimage-junit-'), tests: 0, failures: 0, skipped: 0 };
      this.suites.set(c.protocol, suite);
    }
    const status = caseStatus(c);
    suite.file.write(`${testcase(c, this.say)}\n`);
    suite.tests++;
    if (status === 'failed') suite.failures++;
    if (status === 'no-expect') suite.skipped++;
    this.total++;
    if (status === 'failed') this.failures++;
  }

  /** Writes the report to `path` (throws what the file system throws) and removes the temporary files. */
  write(path: string): void {
    try {
      const out = openSync(path, 'w');
      try {
        writeSync(out, `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="reimage" tests="${this.total}" failures="${this.failures}">\n`);
        const chunk = Buffer.alloc(64 * 1024);
        for (const [protocol, s] of this.suites) {
          writeSync(out, `  <testsuite name="${xml(protocol)}" tests="${s.tests}" failures="${s.failures}" skipped="${s.skipped}" errors="0">\n`);
          s.file.copyTo(out, chunk);
          writeSync(out, '  </testsuite>\n');
        }
        writeSync(out, '</testsuites>\n');
      } finally {
        closeSync(out);
      }
    } finally {
      this.dispose();
    }
  }

  /** Removes the temporary files (a run that stops before `write`); a second call does nothing. */
  dispose(): void {
    for (const suite of this.suites.values()) suite.file.close();
  }
}

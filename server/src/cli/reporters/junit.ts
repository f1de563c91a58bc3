// JUnit XML for CI: one test case per Reimage case with `expect`, grouped by protocol.
import type { CaseResult, RunResult } from '../../core';
import { caseStatus } from '../../core';

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function testcase(c: CaseResult): string {
  const open = `    <testcase classname="${xml(c.protocol)}" name="${xml(c.case)}" file="${xml(c.file)}">`;
  const status = caseStatus(c);
  if (status === 'passed') return `${open}</testcase>`;
  if (status === 'no-expect') return `${open}\n      <skipped message="the case has no expect"/>\n    </testcase>`;
  const body = c.expectations.failures.map((f) => f.message).join('\n');
  return `${open}\n      <failure message="${xml(c.expectations.failures[0].message)}" type="expectation">${xml(body)}</failure>\n    </testcase>`;
}

export function renderJunit(result: RunResult): string {
  const byProtocol = new Map<string, CaseResult[]>();
  for (const c of result.cases) byProtocol.set(c.protocol, [...(byProtocol.get(c.protocol) ?? []), c]);
  const suites = [...byProtocol].map(([protocol, cases]) => {
    const failures = cases.filter((c) => caseStatus(c) === 'failed').length;
    const skipped = cases.filter((c) => caseStatus(c) === 'no-expect').length;
    return `  <testsuite name="${xml(protocol)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" errors="0">\n${cases.map(testcase).join('\n')}\n  </testsuite>`;
  });
  const total = result.cases.length;
  const failures = result.cases.filter((c) => caseStatus(c) === 'failed').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="reimage" tests="${total}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}

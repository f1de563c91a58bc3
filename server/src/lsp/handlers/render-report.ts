// reimage/renderReport: runs the cases of a file, a folder or the workspace and renders the
// core's report (HTML and Markdown), with rule links the client can follow. The results are kept
// for CodeLens, as a run's are.
import { renderReportHtml, renderReportMarkdown, runCases, runnable, type SourceRef } from '../../core';
import type { RenderReportParams, RenderReportResult } from '../ext';
import type { RunResults } from '../runs';
import type { Workspace } from '../workspace';

export function renderReport(ws: Workspace, runs: RunResults, params: RenderReportParams | null | undefined): RenderReportResult {
  const project = ws.current();
  const uri = params?.uri?.replace(/\/+$/, '');
  const cases = [...project.files.values()].filter((f) => f.kind === 'case').sort((a, b) => a.path.localeCompare(b.path));
  const exact = uri ? cases.filter((f) => ws.uriOf(f.path) === uri) : [];
  const chosen = !uri ? cases : exact.length ? exact : cases.filter((f) => ws.uriOf(f.path).startsWith(uri + '/'));
  const result = runCases(
    project,
    chosen.filter((f) => runnable(project, f)).map((f) => f.path),
    ws.say,
  );
  runs.record(project, result.cases);

  const name =
    exact.length === 1 && exact[0].case
      ? exact[0].case.id
      : uri
        ? decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)).replace(/\.ya?ml$/i, '') || 'reimage-report'
        : 'reimage-report';
  const title = uri ? ws.say.t('report.view-title', { name }) : ws.say.t('report.view-workspace');
  const link = (file: string, line: number) =>
    params?.links === 'command'
      ? `command:reimage.openSource?${encodeURIComponent(JSON.stringify([{ uri: ws.uriOf(file), line }]))}`
      : `${ws.uriOf(file)}#L${line}`;
  const calendars = Object.fromEntries([...project.protocols].map(([id, p]) => [id, { holidays: p.holidays, workdays: p.workdays }]));
  const html = renderReportHtml(result, {
    title,
    sourceHref: (s: SourceRef) => link(s.file, s.line),
    caseHref: (c) => link(c.file, 1),
    calendars,
    say: ws.say,
  });
  return { title, name, html, markdown: renderReportMarkdown(result, [{ result, say: ws.say }]), cases: result.cases.length };
}

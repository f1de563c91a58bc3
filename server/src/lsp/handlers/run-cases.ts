// reimage/runCases: runs one case file, one case by id, all cases, or the cases a saved file
// affects, and returns the core's run result with lsp locations; requested cases that cannot run
// are listed with the reason. The results are kept for CodeLens (RunResults).
import { casesAffectedBy, hasErrors, runCases as coreRunCases, runnable, type AnalyzedFile, type TextRange } from '../../core';
import type { CaseNotRun, RunCasesParams, RunCasesResult } from '../ext';
import type { RunResults } from '../runs';
import { toLspCaseNotRun, toLspRunResult } from '../to-lsp';
import type { Workspace } from '../workspace';

export function runCases(ws: Workspace, runs: RunResults, params: RunCasesParams | null | undefined): RunCasesResult {
  const project = ws.current();
  const affected = params?.affectedBy ? new Set(casesAffectedBy(project, ws.pathOf(params.affectedBy))) : null;
  const path = !affected && params?.uri ? ws.pathOf(params.uri) : undefined;
  const files = [...project.files.values()]
    .filter((f) => f.kind === 'case' && (path === undefined || f.path === path) && (!affected || affected.has(f.path)))
    .filter((f) => affected || !params?.caseId || f.case?.id === params.caseId)
    .sort((a, b) => a.path.localeCompare(b.path));
  const notRun: CaseNotRun[] = [];
  const run: AnalyzedFile[] = [];
  for (const f of files) {
    if (runnable(project, f)) {
      run.push(f);
      continue;
    }
    const protocol = f.case?.protocol.value;
    const message =
      !f.case || hasErrors(project.diagnostics.get(f.path) ?? [])
        ? ws.say.t('lsp.case-has-errors')
        : ws.say.t(project.protocols.has(protocol!) ? 'lsp.protocol-has-errors' : 'lsp.protocol-not-found', { protocol: protocol! });
    notRun.push(toLspCaseNotRun(f.path, f.case?.id ?? null, f.case?.idRange ?? null, message, ws));
  }
  const result = coreRunCases(
    project,
    run.map((f) => f.path),
    ws.say,
  );
  runs.record(project, result.cases);
  const idRange = (file: string): TextRange | null => project.files.get(file)?.case?.idRange ?? null;
  return toLspRunResult(result, idRange, notRun, ws);
}

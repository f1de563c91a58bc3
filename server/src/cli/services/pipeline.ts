// Analyse, link and run a set of files: what `run` and `validate` share. One thread: on this
// 2-core machine two workers sharing 10,000 cases took as long as one thread doing all of
// them (6.2 s against 5.8–6.6 s, 2026-11-29): the two cores deliver little more than one
// together, even to two separate processes.
import { analyzeProject, runCases, type RunResult, type SourceFile } from '../../core';
import { locatedDiagnostics, type Located } from './load';

export interface PipelineResult {
  diagnostics: Located[];
  result: RunResult;
  /** Business-day calendars of the protocols, for reports that draw timelines. */
  calendars: Record<string, { holidays: string[]; workdays: string[] }>;
}

/** Runs the pipeline; `named` are the files whose cases run, in the order they are reported. */
export function runPipeline(sources: SourceFile[], named: string[]): PipelineResult {
  const project = analyzeProject(sources, { caseTree: false });
  const calendars = Object.fromEntries([...project.protocols].map(([id, p]) => [id, { holidays: p.holidays, workdays: p.workdays }]));
  return { diagnostics: locatedDiagnostics(project), result: runCases(project, named), calendars };
}

// Analyse, link and run a set of files — on this thread, or split across worker threads when
// there are many cases. Each worker gets every protocol and a share of the cases, so the
// results are the same either way; only the wall time differs.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeProject, runCases, type CaseResult, type RunResult, type SourceFile } from '../../core';
import { locatedDiagnostics, type Located } from './load';

export interface PipelineResult {
  diagnostics: Located[];
  result: RunResult;
  /** Business-day calendars of the protocols, for reports that draw timelines. */
  calendars: Record<string, { holidays: string[]; workdays: string[] }>;
}

/** Below this many case files a worker costs more to start than it saves. */
const PARALLEL_FROM = 1500;

const WORKER_TAG = 'reimage-pipeline';

interface WorkerInput {
  tag: typeof WORKER_TAG;
  sources: SourceFile[];
  named: string[];
  /** Files whose diagnostics this worker reports (its own cases; the protocols for worker 0). */
  report: string[];
}

function runHere(sources: SourceFile[], named: string[], report?: string[]): PipelineResult {
  const project = analyzeProject(sources);
  const calendars = Object.fromEntries([...project.protocols].map(([id, p]) => [id, { holidays: p.holidays, workdays: p.workdays }]));
  return { diagnostics: locatedDiagnostics(project, report), result: runCases(project, named), calendars };
}

const isCase = (path: string) => /\.case\.ya?ml$/i.test(path);

/** Worker threads to use: `REIMAGE_THREADS` (1 = this thread only), else one per core. */
export function threadsFrom(env: NodeJS.ProcessEnv): number {
  const wanted = Number(env.REIMAGE_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

/** Runs the pipeline; `named` are the files whose cases run, in the order they are reported. */
export async function runPipeline(sources: SourceFile[], named: string[], threads: number): Promise<PipelineResult> {
  const cases = sources.filter((s) => isCase(s.path));
  const workers = Math.min(threads, Math.floor(cases.length / (PARALLEL_FROM / 2)));
  if (workers < 2 || cases.length < PARALLEL_FROM) return runHere(sources, named);

  const shared = sources.filter((s) => !isCase(s.path));
  const size = Math.ceil(cases.length / workers);
  const namedSet = new Set(named);
  const jobs = Array.from({ length: workers }, (_, i) => {
    const share = cases.slice(i * size, (i + 1) * size);
    const input: WorkerInput = {
      tag: WORKER_TAG,
      sources: [...shared, ...share],
      named: share.map((s) => s.path).filter((p) => namedSet.has(p)),
      report: [...(i === 0 ? shared.map((s) => s.path) : []), ...share.map((s) => s.path)],
    };
    return new Promise<PipelineResult>((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: input });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`a worker stopped with exit code ${code}`)));
    });
  });
  const parts = await Promise.all(jobs);
  const byFile = new Map<string, CaseResult>();
  for (const part of parts) for (const c of part.result.cases) byFile.set(c.file, c);
  return {
    diagnostics: parts.flatMap((p) => p.diagnostics).sort((a, b) => a.file.localeCompare(b.file) || a.range.start - b.range.start),
    result: { cases: named.map((p) => byFile.get(p)).filter((c): c is CaseResult => !!c) },
    calendars: parts[0].calendars,
  };
}

/** In a worker thread started by runPipeline: do its share and post the result back. */
export function runPipelineWorker(): boolean {
  const input = workerData as WorkerInput | undefined;
  if (isMainThread || input?.tag !== WORKER_TAG) return false;
  parentPort!.postMessage(runHere(input.sources, input.named, input.report));
  return true;
}

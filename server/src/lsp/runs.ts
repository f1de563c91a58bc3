// The last run of each case file (from `reimage/runCases` and `reimage/renderReport`), kept so
// CodeLens can show a case's verdicts after it ran. A result stays only while the texts it was
// computed from — the case and its protocol chain — are as they were: after an edit it is not
// shown (rather than shown out of date), and shown again if the edit is undone.
import { caseDependencies, type CaseResult, type Project } from '../core';

/** What CodeLens shows of a run: the case and its verdict counts (not the whole result). */
export interface RunSummary {
  case: string;
  summary: Pick<CaseResult['summary'], 'verdicts' | 'superseded'>;
}

interface Stored {
  result: RunSummary;
  /** The texts of the files the result depends on, when it ran. */
  inputs: Array<[path: string, text: string | undefined]>;
}

export class RunResults {
  private readonly byFile = new Map<string, Stored>();

  /** Keeps the results of a run (made from `project`). */
  record(project: Project, results: readonly CaseResult[]): void {
    for (const result of results) {
      const inputs = caseDependencies(project, result.file).map((path): [string, string | undefined] => [path, project.files.get(path)?.parsed.text]);
      this.byFile.set(result.file, {
        result: { case: result.case, summary: { verdicts: result.summary.verdicts, superseded: result.summary.superseded } },
        inputs,
      });
    }
  }

  /** The last result of a case file, if the files it depends on are still as they were. */
  current(project: Project, path: string): RunSummary | null {
    const stored = this.byFile.get(path);
    if (!stored) return null;
    const now = caseDependencies(project, path);
    const same = now.length === stored.inputs.length && stored.inputs.every(([p, text], i) => now[i] === p && project.files.get(p)?.parsed.text === text);
    return same ? stored.result : null;
  }

  /** Forgets every result (the workspace folders changed, so paths mean something else). */
  clear(): void {
    this.byFile.clear();
  }
}

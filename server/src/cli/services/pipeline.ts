// Analyse, link and run a set of files: what `run` and `validate` do. One thread: on this
// 2-core machine two workers sharing 10,000 cases took as long as one thread doing all of
// them (6.2 s against 5.8–6.6 s, 2026-11-29): the two cores deliver little more than one
// together, even to two separate processes.
import {
  analyzeFile,
  analyzeProject,
  CASE_FILE,
  linkProject,
  runCaseFile,
  runCases,
  runnable,
  type Catalogue,
  type CaseResult,
  type SourceFile,
} from '../../core';
import { readListed, type Listed } from './files';
import { locatedDiagnostics, locatedIn, type Inputs, type Located } from './load';

/** Business-day calendars of the protocols, for reports that draw timelines. */
export type Calendars = Record<string, { holidays: string[]; workdays: string[] }>;

/** Every finding of a set of files, located (what `validate` prints). */
export function findingsOf(sources: SourceFile[]): Located[] {
  return locatedDiagnostics(analyzeProject(sources, { caseTree: false }));
}

/** What a streamed run reports as it goes. */
export interface RunListener {
  /** A file that cannot be read (or a path that names nothing). */
  problem(message: string): void;
  /** A file's findings (protocols first, then each case file as it is reached). */
  findings(located: Located[]): void;
  /**
   * A case file's result, in the order the files were named, its words in the first language;
   * `alsoIn` the same result in each further language asked for (a bilingual report's).
   */
  caseResult(result: CaseResult, alsoIn: CaseResult[]): void;
}

/**
 * Runs the cases of `inputs` one file at a time: the protocols (and any named file that is not a
 * case by its name) are read, analysed and linked first and kept; then each case file is read,
 * analysed, linked against them, run and handed to `listener`, and let go. So memory holds the
 * protocols and one case, however many cases there are. Returns the protocols' calendars for
 * reports that draw timelines.
 */
export function runStreaming(inputs: Inputs, listener: RunListener, languages: readonly Catalogue[]): Calendars {
  const [say, ...others] = languages;
  for (const problem of inputs.problems) listener.problem(problem);
  const read = (file: Listed): SourceFile | null => {
    const source = readListed(file, say);
    if (typeof source !== 'string') return source;
    listener.problem(source);
    return null;
  };
  const upFront = [...inputs.named.filter((f) => !CASE_FILE.test(f.path)), ...inputs.protocols];
  const kept = upFront
    .map(read)
    .filter((s): s is SourceFile => s !== null)
    .map((s) => analyzeFile(s, { caseTree: false }));
  const project = linkProject(kept);
  for (const file of kept) {
    const located = locatedIn(file, project.diagnostics.get(file.path) ?? []);
    if (located.length) listener.findings(located);
  }
  const calendars = Object.fromEntries([...project.protocols].map(([id, p]) => [id, { holidays: p.holidays, workdays: p.workdays }]));
  for (const listed of inputs.named) {
    const inProject = project.files.get(listed.path);
    if (inProject) {
      // A case found by its content (a named file without a case file's name): linked above.
      if (inProject.case && runnable(project, inProject)) {
        listener.caseResult(
          runCases(project, [listed.path], say).cases[0],
          others.map((o) => runCases(project, [listed.path], o).cases[0]),
        );
      }
      continue;
    }
    const source = read(listed);
    if (!source) continue;
    const file = analyzeFile(source, { caseTree: false });
    const { diagnostics, result } = runCaseFile(project, file, say);
    const located = locatedIn(file, diagnostics);
    if (located.length) listener.findings(located);
    if (result)
      listener.caseResult(
        result,
        others.map((o) => runCaseFile(project, file, o).result!),
      );
  }
  return calendars;
}

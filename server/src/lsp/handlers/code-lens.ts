// textDocument/codeLens: the lenses of a protocol or case file, built from a list of sources —
// each source looks at the document and returns its lenses. A new kind of lens is one more
// function in LENS_SOURCES. The lenses carry the VS Code extension's commands (LENS_COMMANDS).
//   - above each case: "Run case" and, once it ran, its verdicts ("Run case · redo ×1, accept ×2");
//     a case without `expect` says "Show report" instead;
//   - above each rule and validity window that some case's result cites: "used by N cases";
//   - at the top of a protocol that differs from git's HEAD: "Compare with HEAD" (compare-lens.ts).
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { listCases, ruleUses, verdictCountsText, type AnalyzedFile, type Project, type RuleUse } from '../../core';
import { LENS_COMMANDS, type ShowReferencesArgs } from '../ext';
import type { GitAccess } from '../git-access';
import type { RunResults } from '../runs';
import { compareLens } from './compare-lens';
import { toLspLocation, toLspRange } from '../to-lsp';
import type { Workspace } from '../workspace';

/** What a lens source gets: the document (uri, core path, analysis) and the workspace around it. */
export interface LensContext {
  ws: Workspace;
  runs: RunResults;
  git: GitAccess;
  project: Project;
  uri: string;
  path: string;
  file: AnalyzedFile;
}

export type LensSource = (ctx: LensContext) => CodeLens[];

/** Above each case: run it (or show its report), with its verdicts once it ran. */
function caseLenses({ ws, runs, project, uri, path, file }: LensContext): CodeLens[] {
  if (file.kind !== 'case') return [];
  const result = runs.current(project, path);
  return listCases(project, path)
    .filter((entry) => entry.kind === 'case')
    .map((entry) => {
      const counts = result && result.case === entry.caseId ? verdictCountsText(result, ws.say) : '';
      const action = ws.say.t(entry.tested ? 'lens.run-case' : 'lens.show-report');
      const title = counts ? `${action} · ${counts}` : action;
      const command = entry.tested
        ? { title, command: LENS_COMMANDS.runCase, arguments: [uri, entry.caseId] }
        : { title, command: LENS_COMMANDS.showReport, arguments: [uri] };
      return { range: toLspRange(file.parsed.lineIndex, entry.range), command };
    });
}

/** Rule uses per project (computed once per linked project, for every protocol file asked). */
const usesCache = new WeakMap<Project, Map<string, RuleUse[]>>();

function usesOf(project: Project, path: string): RuleUse[] {
  let byPath = usesCache.get(project);
  if (!byPath) usesCache.set(project, (byPath = new Map<string, RuleUse[]>()));
  let uses = byPath.get(path);
  if (!uses) byPath.set(path, (uses = ruleUses(project, path)));
  return uses;
}

/** Above each rule and validity window that cases use: how many, and a click lists them. */
function ruleLenses({ ws, project, uri, path, file }: LensContext): CodeLens[] {
  if (file.kind !== 'protocol' || !ws.indexed) return [];
  const lines = file.parsed.lineIndex;
  return usesOf(project, path).map((use) => {
    const range = toLspRange(lines, { start: use.range.start, end: use.range.start });
    const locations = use.cases.flatMap((c) => toLspLocation({ file: c.file, range: c.range }, ws) ?? []);
    const args: ShowReferencesArgs = [uri, range.start, locations];
    const n = use.cases.length;
    return { range, command: { title: ws.say.t('lens.used-by', { count: n }), command: LENS_COMMANDS.showReferences, arguments: args } };
  });
}

/** The lens sources, in the order their lenses are listed. */
export const LENS_SOURCES: LensSource[] = [compareLens, caseLenses, ruleLenses];

export function codeLens(ws: Workspace, runs: RunResults, git: GitAccess, params: CodeLensParams): CodeLens[] | null {
  const uri = params.textDocument.uri;
  const target = ws.target(uri);
  if (!target) return null;
  const ctx: LensContext = { ws, runs, git, project: target.project, uri, path: target.path, file: target.file };
  return LENS_SOURCES.flatMap((source) => source(ctx));
}

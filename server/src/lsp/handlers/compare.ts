// reimage/compare: the semantic diff of a workspace folder's protocols and cases at a git
// revision (read with plumbing, never checked out) against now — the files on disk with open
// documents overriding them, exactly what the server checks — with the impact on cases, rendered
// by the core for the report view. Refused in an untrusted workspace.
import {
  diffProtocols,
  linkVersions,
  renderDiffHtml,
  renderDiffMarkdown,
  summaryText,
  type DiffReport,
  type Project,
  type SourceFile,
  type SourceRef,
} from '../../core';
import { listRevisionAsync, readBlobsAsync, shortId } from '../../node/git';
import type { CompareParams, CompareResult } from '../ext';
import type { GitAccess } from '../git-access';
import { toLspDiff, type Resolver } from '../to-lsp';
import type { Workspace } from '../workspace';

/**
 * git runs without blocking the server (other requests are answered meanwhile) and stops when
 * `signal` says the client cancelled the request.
 */
export async function compare(ws: Workspace, git: GitAccess, params: CompareParams | null | undefined, signal?: AbortSignal): Promise<CompareResult> {
  const revision = params?.revision?.trim() || 'HEAD';
  const scope = git.scope(params?.uri);
  const { repo } = scope;
  const { commit, before } = await git.runAsync(async () => {
    const oid = await git.resolveAsync(repo, revision, signal);
    const entries = await listRevisionAsync(repo, oid, scope.gitPath ? [scope.gitPath] : [], signal);
    const texts = await readBlobsAsync(
      repo,
      entries.map((e) => e.blob),
      signal,
    );
    const mapped: SourceFile[] = [];
    for (const e of entries) {
      const path = scope.toServerPath(e.path);
      if (path !== null) mapped.push({ path, text: texts.get(e.blob)! });
    }
    return { commit: oid, before: mapped };
  });

  // Now: what the server checks (open documents override disk). A file over the size limit
  // has no text here, so it is left out of both versions rather than shown as emptied.
  const project = ws.current();
  const tooLarge = new Set<string>();
  const after: SourceFile[] = [];
  for (const f of project.files.values()) {
    if (scope.toRepoPath(f.path) === null) continue;
    if (f.diagnostics.some((d) => d.code === 'file-too-large')) tooLarge.add(f.path);
    else after.push({ path: f.path, text: f.parsed.text });
  }
  const [projectA, projectB] = linkVersions(
    before.filter((f) => !tooLarge.has(f.path)),
    after,
  );
  const diff = diffProtocols(projectA, projectB, { say: ws.say });

  const label = `${revision} (${shortId(commit)})`;
  const now = ws.say.t('diff.compare.working-tree');
  const report: DiffReport = { before: label, after: now, diff, say: ws.say };
  const uriOf = (path: string) => (project.files.has(path) ? ws.uriOf(path) : scope.uriOf(path));
  const resolver = (p: Project): Resolver => ({ uriOf, say: ws.say, linesOf: (path) => p.files.get(path)?.parsed.lineIndex ?? null });
  const href = (s: SourceRef, version: 'before' | 'after'): string | null => {
    const uri = uriOf(s.file);
    if (params?.links !== 'command') return version === 'after' ? `${uri}#L${s.line}` : null;
    const arg = version === 'before' ? { uri, line: s.line, revision: commit } : { uri, line: s.line };
    return `command:reimage.openSource?${encodeURIComponent(JSON.stringify([arg]))}`;
  };
  const title = ws.say.t('diff.compare.title', { before: label, after: now });
  const where = scope.gitPath ? ws.say.t('diff.compare.in-repository', { path: scope.gitPath }) : ws.say.t('diff.compare.whole-repository');
  const html = renderDiffHtml(report, {
    title,
    note: ws.say.t('diff.compare.note', { folder: scope.folder.name, where, revision }),
    sourceHref: href,
  });
  return {
    title,
    name: `reimage-diff-${shortId(commit)}`,
    html,
    markdown: renderDiffMarkdown(report),
    revision,
    commit,
    before: label,
    after: now,
    summary: summaryText(diff, ws.say),
    ...toLspDiff(diff, resolver(projectA), commit, resolver(projectB)),
  };
}

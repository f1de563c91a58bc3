// reimage/fileAtRevision: one protocol or case file of the workspace as it was at a revision,
// for the editor's read-only view of the older side. Only Reimage files inside the workspace
// folders, through git plumbing; refused when untrusted.
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { fileKindOf } from '../../core';
import { readFileAt, shortId } from '../../node/git';
import type { FileAtRevisionParams, FileAtRevisionResult } from '../ext';
import type { GitAccess } from '../git-access';
import type { Workspace } from '../workspace';

export function fileAtRevision(ws: Workspace, git: GitAccess, params: FileAtRevisionParams | null | undefined): FileAtRevisionResult {
  git.refuseUntrusted();
  const uri = params?.uri ?? '';
  const revision = params?.revision?.trim() || 'HEAD';
  const path = uri ? ws.pathOf(uri) : '';
  if (!uri.startsWith('file:') || !fileKindOf(path)) {
    throw new ResponseError(LSPErrorCodes.RequestFailed, 'Reimage shows only protocol and case files of the workspace at a revision.');
  }
  const scope = git.scope(uri);
  const repoPath = scope.toRepoPath(path);
  if (repoPath === null) throw new ResponseError(LSPErrorCodes.RequestFailed, `${path} is not in the workspace's repository.`);
  return git.run(() => {
    const commit = git.resolve(scope.repo, revision);
    const text = readFileAt(scope.repo, commit, repoPath);
    if (text === null) throw new ResponseError(LSPErrorCodes.RequestFailed, `${path} did not exist at ${revision} (${shortId(commit)}).`);
    return { text, commit };
  });
}

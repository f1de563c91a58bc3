// reimage/revisions: what a revision picker offers — HEAD first, then branches, tags and the
// recent commits — read with git plumbing (for-each-ref, rev-list). Refused when untrusted.
import { currentBranch, GitError, listRefs, recentCommits, resolveRevision, type RevisionInfo } from '../../node/git';
import type { RevisionItem, RevisionsParams, RevisionsResult } from '../ext';
import type { GitAccess } from '../git-access';

function item(info: RevisionInfo, kind: RevisionItem['kind'] = info.kind): RevisionItem {
  return { revision: info.name, kind, commit: info.commit, subject: info.subject, date: new Date(info.date * 1000).toISOString() };
}

export function revisions(git: GitAccess, params: RevisionsParams | null | undefined): RevisionsResult {
  const { repo } = git.scope(params?.uri);
  return git.run(() => {
    let head: string | null;
    try {
      head = resolveRevision(repo, 'HEAD');
    } catch (e) {
      if (!(e instanceof GitError)) throw e;
      head = null; // a repository without commits: branches and tags (if any) only
    }
    const commits = head ? recentCommits(repo, head, 30) : [];
    const refs = listRefs(repo, 100);
    const top = commits[0];
    return {
      head: head && top ? { ...item({ ...top, name: 'HEAD' }, 'head'), current: currentBranch(repo) } : null,
      branches: refs.filter((r) => r.kind === 'branch' || r.kind === 'remote').map((r) => item(r)),
      tags: refs.filter((r) => r.kind === 'tag').map((r) => item(r)),
      commits: commits.map((c) => item(c)),
    };
  });
}

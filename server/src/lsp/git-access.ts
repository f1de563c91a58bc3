// The language server's way to git: refused while the workspace is untrusted, and otherwise
// through node/git.ts only (plumbing, no shell, cleaned environment, no hooks or fsmonitor).
// Finds the repository of a workspace folder and maps paths both ways between the repository
// (`protocols/x.protocol.yaml` from its root) and the server's names (relative to the folder).
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { GitCancelled, GitError, openRepository, readFileAt, resolveRevision, resolveRevisionAsync, type Repository } from '../node/git';
import { discovered } from '../node/discovery';
import type { Folder, Workspace } from './workspace';

export const UNTRUSTED_MESSAGE = 'Reimage does not run git in an untrusted workspace. Trust this folder (Manage Workspace Trust) to compare with a revision.';

/** What one request compares: a workspace folder and the repository that holds it (or that it holds). */
export interface Scope {
  folder: Folder;
  repo: Repository;
  /** The repository path listed for the older version ('' = all of it). */
  gitPath: string;
  /** A repository path as the server names it (relative to the folder), or null when outside the scope. */
  toServerPath(repoPath: string): string | null;
  /** A server path as the repository names it, or null when outside the scope or skipped by the workspace walk. */
  toRepoPath(path: string): string | null;
  /** The file uri of a server path in this folder (for files that exist in the older version only). */
  uriOf(path: string): string;
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

function outside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A git failure as the lsp error the client shows (its message is already a sentence for people). */
export function gitFailure(e: unknown): never {
  if (e instanceof GitCancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
  if (e instanceof GitError) throw new ResponseError(LSPErrorCodes.RequestFailed, e.message);
  throw e;
}

export class GitAccess {
  /** Whether the client says the workspace is trusted; until then no git runs. */
  trusted = true;
  private readonly repos = new Map<string, Repository>();
  /** Texts at a commit, by `commit\0repository path` (null: no such file there), for the CodeLens. */
  private readonly texts = new Map<string, string | null>();

  constructor(private readonly ws: Workspace) {}

  /** Throws the refusal the client shows when the workspace is not trusted. */
  refuseUntrusted(): void {
    if (!this.trusted) throw new ResponseError(LSPErrorCodes.RequestFailed, UNTRUSTED_MESSAGE);
  }

  /** The folder and repository a request is about (`uri` in the workspace, else the first folder). */
  scope(uri?: string): Scope {
    this.refuseUntrusted();
    const folders = this.ws.folders;
    if (!folders.length) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Open a folder first: Reimage compares the protocols of a workspace folder.');
    let target: string | null = null;
    if (uri?.startsWith('file:')) {
      try {
        target = fileURLToPath(uri);
      } catch {
        target = null;
      }
    }
    const inFolder = (f: Folder) => target !== null && !outside(relative(f.fsPath, target));
    const folder = folders.find(inFolder) ?? folders[0];
    // git starts from the nearest folder that exists (a nested repository, a deleted file's folder).
    let start = target && inFolder(folder) ? target : folder.fsPath;
    while (start !== folder.fsPath && !(existsSync(start) && statSync(start).isDirectory())) start = dirname(start);
    const startReal = real(start);
    if (!existsSync(startReal)) throw new ResponseError(LSPErrorCodes.RequestFailed, `The folder ${folder.name} does not exist (any more).`);
    let repo = this.repos.get(startReal);
    if (!repo) {
      try {
        repo = openRepository(startReal);
      } catch (e) {
        if (e instanceof GitError && /not inside a git/.test(e.message)) {
          throw new ResponseError(LSPErrorCodes.RequestFailed, `${folder.name} is not in a git repository: there is no revision to compare with.`);
        }
        return gitFailure(e);
      }
      this.repos.set(startReal, repo);
    }
    const repoRoot = real(repo.root);
    const folderRoot = folder.root;
    // The folder inside the repository (usual), or a repository inside the folder.
    const scopeRoot = outside(relative(repoRoot, folderRoot)) ? repoRoot : folderRoot;
    const gitPath = posix(relative(repoRoot, scopeRoot));
    const prefix = folders.length > 1 ? `${folder.name}/` : '';
    const inScope = (absolute: string) => !outside(relative(scopeRoot, absolute)) && !outside(relative(folderRoot, absolute));
    return {
      folder,
      repo,
      gitPath,
      toServerPath: (repoPath) => {
        const absolute = join(repoRoot, repoPath);
        if (!inScope(absolute)) return null;
        const rel = posix(relative(folderRoot, absolute));
        return discovered(rel) ? prefix + rel : null;
      },
      toRepoPath: (path) => {
        if (prefix && !path.startsWith(prefix)) return null;
        const rel = path.slice(prefix.length);
        // Paths outside every folder are absolute or uris (untitled documents): not in the repository.
        if (!rel || isAbsolute(rel) || /^[a-z][a-z0-9+.-]*:/i.test(rel) || !discovered(rel)) return null;
        const absolute = join(folderRoot, rel);
        return inScope(absolute) ? posix(relative(repoRoot, absolute)) : null;
      },
      uriOf: (path) => pathToFileURL(join(folder.fsPath, path.slice(prefix.length))).href,
    };
  }

  /** The commit a revision names, with the editor's wording for a repository without commits. */
  resolve(repo: Repository, revision: string): string {
    try {
      return resolveRevision(repo, revision);
    } catch (e) {
      if (e instanceof GitError && revision === 'HEAD') throw new GitError('this repository has no commits yet: commit once, then compare with HEAD');
      throw e;
    }
  }

  /** The same without blocking; `signal` (a cancelled request) stops git. */
  async resolveAsync(repo: Repository, revision: string, signal?: AbortSignal): Promise<string> {
    try {
      return await resolveRevisionAsync(repo, revision, signal);
    } catch (e) {
      if (e instanceof GitError && !(e instanceof GitCancelled) && revision === 'HEAD')
        throw new GitError('this repository has no commits yet: commit once, then compare with HEAD');
      throw e;
    }
  }

  /** Runs git work, turning its failures into messages; a repository that failed is looked up again next time. */
  run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      return this.failed(e);
    }
  }

  /** The same for work that does not block (a cancelled request answers as cancelled). */
  async runAsync<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      return this.failed(e);
    }
  }

  private failed(e: unknown): never {
    if (e instanceof GitError && !(e instanceof GitCancelled)) this.repos.clear();
    return gitFailure(e);
  }

  /**
   * Whether a document's text differs from its file at HEAD (a file HEAD lacks differs), or null
   * when that cannot be told without a fuss: untrusted, no repository, no commit, git failing.
   */
  differsFromHead(uri: string, text: string): boolean | null {
    if (!this.trusted) return null;
    try {
      const scope = this.scope(uri);
      const repoPath = scope.toRepoPath(this.ws.pathOf(uri));
      if (repoPath === null) return null;
      const head = resolveRevision(scope.repo, 'HEAD');
      const key = `${head}\0${repoPath}`;
      let old = this.texts.get(key);
      if (old === undefined) {
        if (this.texts.size > 500) this.texts.clear();
        old = readFileAt(scope.repo, head, repoPath);
        this.texts.set(key, old);
      }
      const lf = (s: string) => s.replace(/\r\n/g, '\n');
      return old === null || lf(old) !== lf(text);
    } catch (e) {
      if (e instanceof GitError) this.repos.clear();
      if (e instanceof GitError || e instanceof ResponseError) return null;
      throw e;
    }
  }
}

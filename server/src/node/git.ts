// Reading files out of git without a checkout and without letting the repository run code: git
// is spawned without a shell, with a clean environment, fsmonitor and hooks off, and only plumbing
// that runs no filter, textconv, pager or external diff (rev-parse, ls-tree, cat-file --batch).
// Shared by the CLI (`reimage diff`) and the language server (`reimage/compare`): Node, not core.
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { SourceFile } from '../core';
import { discovered, withoutBom } from './discovery';

export class GitError extends Error {}

/** A git command stopped because its caller no longer wants the answer (a cancelled request). */
export class GitCancelled extends GitError {
  constructor() {
    super('cancelled');
  }
}

/** Settings that make git run nothing from the repository's own config. */
const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.pager=cat',
  '-c',
  'diff.external=',
  '-c',
  'core.untrackedCache=false',
  '--no-pager',
  '--no-replace-objects',
];

function cleanEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_ATTR_NOSYSTEM: '1',
    LC_ALL: 'C',
    ...(process.env.SYSTEMROOT ? { SYSTEMROOT: process.env.SYSTEMROOT } : {}),
  };
}

export interface Repository {
  /** The work tree's top folder, as git spells it. */
  root: string;
  /** Extra `-c safe.directory=…` settings, when the user's own config trusts a repository owned by someone else. */
  trust: string[];
}

/** What went wrong when git could not be started or exited non-zero, in a sentence for people. */
function failure(args: string[], error: Error | undefined, status: number | null, stderr: Buffer): GitError {
  if (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new GitError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git (${code ?? error.message})`);
  }
  const message = stderr
    .toString('utf8')
    .split('\n')
    .map((l) => l.replace(/^(fatal|error): /, '').trim())
    .find(Boolean);
  return new GitError(message ?? `git ${args[0]} failed (exit ${status})`);
}

function spawnOptions() {
  return { env: cleanEnv(), shell: false, windowsHide: true } as const;
}

function run(cwd: string, args: string[], trust: string[] = [], input?: string): Buffer {
  const r = spawnSync('git', [...SAFE_CONFIG, ...trust, ...args], { ...spawnOptions(), cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw failure(args, r.error, r.status, r.stderr);
  return r.stdout;
}

/** The same without blocking the caller; `signal` kills git and rejects with GitCancelled. */
function runAsync(cwd: string, args: string[], trust: string[], input: string | undefined, signal: AbortSignal | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new GitCancelled());
    const child = spawn('git', [...SAFE_CONFIG, ...trust, ...args], { ...spawnOptions(), cwd, signal, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let failed: Error | undefined;
    child.on('error', (e) => {
      failed = e;
    });
    child.stdin.on('error', () => undefined); // git may exit before reading all of it
    child.stdin.end(input ?? '');
    child.on('close', (status) => {
      if (signal?.aborted) reject(new GitCancelled());
      else if (failed || status !== 0) reject(failure(args, failed, status, Buffer.concat(err)));
      else resolve(Buffer.concat(out));
    });
  });
}

/**
 * `safe.directory` entries from the user's own (global and system) git config. They are only
 * read when git refuses a repository as owned by someone else (a CI container), and passed on
 * the command line, which git trusts like the user's own config; nothing else is read from it.
 */
function userSafeDirectories(): string[] {
  const out: string[] = [];
  for (const scope of ['--global', '--system']) {
    const r = spawnSync('git', ['config', scope, '--get-all', 'safe.directory'], {
      cwd: tmpdir(),
      env: { ...process.env, GIT_DIR: '/dev/null' },
      shell: false,
      windowsHide: true,
      encoding: 'utf8',
    });
    if (r.status === 0) out.push(...r.stdout.split('\n').filter(Boolean));
  }
  return out.flatMap((dir) => ['-c', `safe.directory=${dir}`]);
}

/** The repository that holds `cwd`. */
export function openRepository(cwd: string): Repository {
  let trust: string[] = [];
  let root: string;
  try {
    root = run(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch (e) {
    if (!(e instanceof GitError) || !/dubious ownership|safe\.directory/.test(e.message)) throw notARepository(e);
    trust = userSafeDirectories();
    try {
      root = run(cwd, ['rev-parse', '--show-toplevel'], trust).toString('utf8').trim();
    } catch (again) {
      throw notARepository(again);
    }
  }
  if (!root) throw new GitError('not inside a git work tree');
  return { root, trust };
}

function notARepository(e: unknown): unknown {
  if (!(e instanceof GitError)) return e;
  return /not a git repository/i.test(e.message) ? new GitError('not inside a git repository') : e;
}

function revParseArgs(rev: string): string[] {
  if (!rev || rev.startsWith('-') || /[\0\n]/.test(rev)) throw new GitError(`'${rev}' is not a revision`);
  // A revision never starts with `-` (refused above), so git cannot read it as an option.
  return ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`];
}

function unknownRevision(rev: string): GitError {
  return new GitError(
    rev === 'HEAD'
      ? 'HEAD names no commit: the repository has no commits yet (commit once, or name two revisions)'
      : `unknown revision '${rev}' (no such branch, tag or commit here)`,
  );
}

/** The commit a revision names (`HEAD`, `origin/main`, a tag, `abc123`). */
export function resolveRevision(repo: Repository, rev: string): string {
  const args = revParseArgs(rev);
  try {
    return run(repo.root, args, repo.trust).toString('utf8').trim();
  } catch {
    throw unknownRevision(rev);
  }
}

/** The same without blocking (the language server's compare); cancelled by `signal`. */
export async function resolveRevisionAsync(repo: Repository, rev: string, signal?: AbortSignal): Promise<string> {
  const args = revParseArgs(rev);
  try {
    return (await runAsync(repo.root, args, repo.trust, undefined, signal)).toString('utf8').trim();
  } catch (e) {
    throw e instanceof GitCancelled ? e : unknownRevision(rev);
  }
}

/** Whether a repository path is one the working-tree walk would collect under `paths` (a file named is taken as it is). */
function collected(path: string, paths: readonly string[]): boolean {
  if (paths.includes(path)) return true;
  const base = paths.length ? paths.filter((p) => path.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0] : '';
  return base !== undefined && discovered(path.slice(base ? base.length + 1 : 0));
}

export interface TreeEntry {
  path: string;
  /** The blob's object id. */
  blob: string;
}

/**
 * The protocol and case files of commit `oid` under `paths` (relative to the root; none = all of
 * it), as the working-tree walk finds them (node/discovery.ts).
 */
export function listRevision(repo: Repository, oid: string, paths: readonly string[]): TreeEntry[] {
  return entriesOf(run(repo.root, lsTreeArgs(oid, paths), repo.trust).toString('utf8'), paths);
}

/** The same without blocking; cancelled by `signal`. */
export async function listRevisionAsync(repo: Repository, oid: string, paths: readonly string[], signal?: AbortSignal): Promise<TreeEntry[]> {
  return entriesOf((await runAsync(repo.root, lsTreeArgs(oid, paths), repo.trust, undefined, signal)).toString('utf8'), paths);
}

function lsTreeArgs(oid: string, paths: readonly string[]): string[] {
  return ['ls-tree', '-r', '-z', '--full-tree', oid, '--', ...paths];
}

function entriesOf(listing: string, paths: readonly string[]): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of listing.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, blob] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    // Regular files only: no symlinks (120000), no submodules (commit entries).
    if (type !== 'blob' || !/^100(644|755)$/.test(mode) || !collected(path, paths)) continue;
    entries.push({ path, blob });
  }
  return entries;
}

/** The texts of blobs, read with one `cat-file --batch` (which applies no filter and no textconv). */
export function readBlobs(repo: Repository, blobs: Iterable<string>): Map<string, string> {
  const unique = [...new Set(blobs)];
  if (!unique.length) return new Map();
  return textsOf(run(repo.root, ['cat-file', '--batch'], repo.trust, unique.join('\n') + '\n'), unique);
}

/** The same without blocking; cancelled by `signal`. */
export async function readBlobsAsync(repo: Repository, blobs: Iterable<string>, signal?: AbortSignal): Promise<Map<string, string>> {
  const unique = [...new Set(blobs)];
  if (!unique.length) return new Map();
  return textsOf(await runAsync(repo.root, ['cat-file', '--batch'], repo.trust, unique.join('\n') + '\n', signal), unique);
}

/** `cat-file --batch` output read back: each object's header, then its bytes. */
function textsOf(out: Buffer, unique: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  let at = 0;
  for (const object of unique) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    if (header[0] !== object || header[1] !== 'blob') throw new GitError(`cannot read object ${object} from the repository`);
    const size = Number(header[2]);
    const text = out.subarray(eol + 1, eol + 1 + size).toString('utf8');
    texts.set(object, withoutBom(text));
    at = eol + 1 + size + 1;
  }
  return texts;
}

/** The files of several listings, their blobs read in one go (a blob both revisions share is read once). */
export function readListings(repo: Repository, listings: readonly TreeEntry[][]): SourceFile[][] {
  const texts = readBlobs(
    repo,
    listings.flat().map((e) => e.blob),
  );
  return listings.map((entries) => entries.map((e) => ({ path: e.path, text: texts.get(e.blob)! })));
}

/** A short name for a commit, for headings (`1a2b3c4`). */
export function shortId(oid: string): string {
  return oid.slice(0, 7);
}

/** The text of one file at commit `oid` (a repository path), or null when the commit has no such file. */
export function readFileAt(repo: Repository, oid: string, path: string): string | null {
  const entry = listRevision(repo, oid, [path]).find((e) => e.path === path);
  return entry ? (readBlobs(repo, [entry.blob]).get(entry.blob) ?? null) : null;
}

/** A branch, a tag or a commit, for a picker. */
export interface RevisionInfo {
  /** What names it: the branch or tag (`main`, `origin/main`, `v1`), or the commit id. */
  name: string;
  kind: 'branch' | 'remote' | 'tag' | 'commit';
  /** The commit it names. */
  commit: string;
  /** The commit's subject (an annotated tag's own subject when it has one). */
  subject: string;
  /** Seconds since 1970 (the commit's, or an annotated tag's own date). */
  date: number;
}

/** Branches (local, then remote) and tags that name a commit, newest first, at most `limit` of each kind. */
export function listRefs(repo: Repository, limit = 100): RevisionInfo[] {
  // %00 is a NUL byte in for-each-ref's format; `*` fields are the commit an annotated tag points at.
  const format = ['%(refname)', '%(objecttype)', '%(objectname)', '%(*objecttype)', '%(*objectname)', '%(creatordate:unix)', '%(subject)', '%(*subject)'].join(
    '%00',
  );
  const out = run(repo.root, ['for-each-ref', '--sort=-creatordate', `--format=${format}`, 'refs/heads', 'refs/remotes', 'refs/tags'], repo.trust).toString(
    'utf8',
  );
  const found: RevisionInfo[] = [];
  const counts = { branch: 0, remote: 0, tag: 0 };
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [ref, type, oid, peeledType, peeled, date, subject, peeledSubject] = line.split('\0');
    const kind = ref.startsWith('refs/heads/') ? 'branch' : ref.startsWith('refs/remotes/') ? 'remote' : 'tag';
    const name = ref.replace(/^refs\/(heads|remotes|tags)\//, '');
    // A remote's HEAD only repeats one of its branches.
    if (kind === 'remote' && name.endsWith('/HEAD')) continue;
    const commit = type === 'commit' ? oid : type === 'tag' && peeledType === 'commit' ? peeled : null;
    if (!commit || counts[kind] >= limit) continue;
    counts[kind]++;
    found.push({ name, kind, commit, subject: subject || peeledSubject || '', date: Number(date) || 0 });
  }
  const order = { branch: 0, remote: 1, tag: 2 } as const;
  return found.sort((a, b) => order[a.kind as keyof typeof order] - order[b.kind as keyof typeof order]);
}

/** The last `count` commits reachable from commit `oid`, newest first. */
export function recentCommits(repo: Repository, oid: string, count = 30): RevisionInfo[] {
  // rev-list prints a `commit <id>` line before each formatted one; the formatted ones start with NUL.
  const out = run(repo.root, ['rev-list', `--max-count=${count}`, '--format=%x00%H%x00%ct%x00%s', oid, '--'], repo.trust).toString('utf8');
  return out
    .split('\n')
    .filter((l) => l.startsWith('\0'))
    .map((l) => {
      const [, commit, date, subject] = l.split('\0');
      return { name: commit, kind: 'commit' as const, commit, subject: subject ?? '', date: Number(date) || 0 };
    });
}

/** The branch HEAD is on, or null when HEAD is detached. */
export function currentBranch(repo: Repository): string | null {
  try {
    return run(repo.root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], repo.trust).toString('utf8').trim() || null;
  } catch {
    return null;
  }
}

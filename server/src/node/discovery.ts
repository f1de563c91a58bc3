// Which files Reimage reads, and how: the one discovery policy of the CLI (cli/services/files.ts),
// the language server (lsp/workspace.ts) and git (node/git.ts), so `reimage validate`, the editor
// and `reimage diff` see the same files. One skip list, one file-kind pattern (core/file-kind.ts),
// one way to follow links (each folder entered once, by its real path) and to turn a file over
// the size limit into a `tooLarge` source instead of reading it.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_FILE_CHARS, REIMAGE_FILE, type SourceFile } from '../core';

/** Folders never searched, besides hidden ones: dependencies and build or test output. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'out', 'test-results']);

/** Whether a folder of this name is searched. */
function entered(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED_DIRS.has(name);
}

/**
 * Whether a file at `relative` (`/`-separated, below a searched folder) is one a walk of that
 * folder collects: a Reimage file, not hidden, under no hidden or skipped folder. How git's
 * listings and the server's repository paths follow the walk without a disk.
 */
export function discovered(relative: string, pattern: RegExp = REIMAGE_FILE): boolean {
  const parts = relative.split('/');
  const name = parts[parts.length - 1];
  return parts.slice(0, -1).every(entered) && !name.startsWith('.') && pattern.test(name);
}

export interface FindOptions {
  /** Whether a folder may be entered, by its real path (default: any). */
  mayEnter?: (real: string) => boolean;
  /** The files to collect in a folder, by its real path (default: Reimage files). */
  patternIn?: (real: string) => RegExp;
  /** Real paths of folders already searched (a link to one is not followed again). */
  seen?: Set<string>;
  /** Called with a folder that cannot be listed. */
  onProblem?: (path: string, code: string) => void;
}

/**
 * The Reimage files under `dir` (absolute paths, in name order per folder), following links to
 * folders once each. Linear in the tree's size; never throws.
 */
export function findFiles(dir: string, options: FindOptions = {}): string[] {
  const found: string[] = [];
  const seen = options.seen ?? new Set<string>();
  const walk = (folder: string) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(folder);
      if (seen.has(real) || (options.mayEnter && !options.mayEnter(real))) return;
      seen.add(real);
      names = readdirSync(folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (e) {
      options.onProblem?.(folder, errorCode(e));
      return;
    }
    const pattern = options.patternIn?.(real) ?? REIMAGE_FILE;
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = join(folder, name);
      let isDir: boolean;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue; // a dangling link
      }
      if (isDir) {
        if (entered(name)) walk(full);
      } else if (pattern.test(name)) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}

/** A file as read: its source (with `tooLarge` instead of a text past the limit), or why it could not be read. */
export type Read = { source: SourceFile; real: string } | { problem: string };

/** A file's text without the byte order mark an editor may have written (git's blobs too). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/**
 * Reads one file as `path`: its real path (links followed; `mayRead` can refuse it), its size
 * (past MAX_FILE_CHARS the text is not read), its text without a byte order mark.
 */
export function readSourceSync(full: string, path: string, mayRead?: (real: string) => boolean): Read {
  try {
    const real = realpathSync(full);
    if (mayRead && !mayRead(real)) return { problem: 'outside the folders read' };
    const size = statSync(real).size;
    if (size > MAX_FILE_CHARS) return { source: { path, text: '', tooLarge: size }, real };
    return { source: { path, text: withoutBom(readFileSync(real, 'utf8')) }, real };
  } catch (e) {
    return { problem: errorCode(e) };
  }
}

/** The same, without blocking (the server reads ahead while it analyses). */
export async function readSource(full: string, path: string, mayRead?: (real: string) => boolean): Promise<Read> {
  try {
    const real = await realpath(full);
    if (mayRead && !mayRead(real)) return { problem: 'outside the folders read' };
    const size = (await stat(real)).size;
    if (size > MAX_FILE_CHARS) return { source: { path, text: '', tooLarge: size }, real };
    return { source: { path, text: withoutBom(await readFile(real, 'utf8')) }, real };
  } catch (e) {
    return { problem: errorCode(e) };
  }
}

// Finding and reading protocol and case files. The only place the CLI touches the disk for
// input; unreadable paths become messages, never exceptions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../../core';

export const REIMAGE_FILE = /\.(protocol|case)\.ya?ml$/i;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'test-results']);

export interface Collected {
  files: SourceFile[];
  problems: string[];
}

/** Files named by `paths`: files as given, directories searched for *.protocol.yaml / *.case.yaml. */
export function collectFiles(paths: readonly string[], cwd: string): Collected {
  const seen = new Set<string>();
  const files: SourceFile[] = [];
  const problems: string[] = [];
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    try {
      const text = readFileSync(absolute, 'utf8');
      files.push({ path: display(absolute, cwd), text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
    } catch (e) {
      problems.push(`${display(absolute, cwd)}: cannot read this file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  };
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problems.push(`${display(dir, cwd)}: cannot read this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
      const full = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(full);
      else if (REIMAGE_FILE.test(name)) add(full);
    }
  };
  for (const p of paths) {
    const absolute = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) walk(absolute);
    else add(absolute);
  }
  return { files, problems };
}

export function display(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

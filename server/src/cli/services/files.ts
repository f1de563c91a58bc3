// Finding and reading protocol and case files, by the discovery policy the server and git share
// (node/discovery.ts). The only place the CLI touches the disk for input; unreadable paths
// become messages, never exceptions.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { SourceFile } from '../../core';
import { findFiles, readSourceSync } from '../../node/discovery';

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
    const read = readSourceSync(absolute, display(absolute, cwd));
    if ('source' in read) files.push(read.source);
    else problems.push(`${display(absolute, cwd)}: cannot read this file (${read.problem})`);
  };
  const onProblem = (dir: string, code: string) => problems.push(`${display(dir, cwd)}: cannot read this folder (${code})`);
  for (const p of paths) {
    const absolute = resolve(cwd, p);
    let isDir: boolean;
    try {
      isDir = statSync(absolute).isDirectory();
    } catch {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    if (isDir) for (const file of findFiles(absolute, { onProblem })) add(file);
    else add(absolute);
  }
  return { files, problems };
}

export function display(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

// Finding and reading protocol and case files, by the discovery policy the server and git share
// (node/discovery.ts). The only place the CLI touches the disk for input; unreadable paths
// become messages, never exceptions.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { catalogueFor, type Catalogue, type SourceFile } from '../../core';
import { findFiles, readSourceSync } from '../../node/discovery';

export interface Collected {
  files: SourceFile[];
  problems: string[];
}

/** A file to read: its name as shown (relative to the working directory when inside it) and its absolute path. */
export interface Listed {
  path: string;
  absolute: string;
}

/** The files `paths` name, without reading them: files as given, folders searched (node/discovery.ts). */
export function listFiles(paths: readonly string[], cwd: string, say: Catalogue = catalogueFor('en')): { files: Listed[]; problems: string[] } {
  const seen = new Set<string>();
  const files: Listed[] = [];
  const problems: string[] = [];
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ path: display(absolute, cwd), absolute });
  };
  const onProblem = (dir: string, code: string) => problems.push(say.t('files.cannot-read-folder', { path: display(dir, cwd), reason: code }));
  for (const p of paths) {
    const absolute = resolve(cwd, p);
    let isDir: boolean;
    try {
      isDir = statSync(absolute).isDirectory();
    } catch {
      problems.push(say.t('files.no-such-path', { path: p }));
      continue;
    }
    if (isDir) for (const file of findFiles(absolute, { onProblem })) add(file);
    else add(absolute);
  }
  return { files, problems };
}

/** Reads a listed file; a message when it cannot be read. */
export function readListed(file: Listed, say: Catalogue = catalogueFor('en')): SourceFile | string {
  const read = readSourceSync(file.absolute, file.path);
  return 'source' in read ? read.source : say.t('files.cannot-read-file', { path: file.path, reason: read.problem });
}

/** Files named by `paths`, read: files as given, directories searched for *.protocol.yaml / *.case.yaml. */
export function collectFiles(paths: readonly string[], cwd: string, say: Catalogue = catalogueFor('en')): Collected {
  const { files: listed, problems } = listFiles(paths, cwd, say);
  const files: SourceFile[] = [];
  for (const file of listed) {
    const read = readListed(file, say);
    if (typeof read === 'string') problems.push(read);
    else files.push(read);
  }
  return { files, problems };
}

export function display(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

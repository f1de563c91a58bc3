// What a command works on — the files named on the command line plus every protocol in the
// protocols folder — and its findings with line and column, for every command to print alike.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogueFor, PROTOCOL_FILE, sayMessage, type AnalyzedFile, type Catalogue, type Diagnostic, type Project, type SourceFile } from '../../core';
import { listFiles, readListed, type Listed } from './files';

export interface Sources {
  /** The files the user named, then every protocol of the protocols folder not among them. */
  sources: SourceFile[];
  /** Paths (as displayed) of the files the user named, in order. */
  named: string[];
  /** Input problems that are not about a file's content (missing paths, unreadable files). */
  problems: string[];
}

export interface Inputs {
  /** The files the user named, in order. */
  named: Listed[];
  /** The protocols of the protocols folder that are not among them. */
  protocols: Listed[];
  problems: string[];
}

/** What a command works on, not yet read: the files named on the command line plus the protocols folder's protocols. */
export function listInputs(paths: readonly string[], protocolsDir: string | undefined, cwd: string, say: Catalogue = catalogueFor('en')): Inputs {
  const named = listFiles(paths, cwd, say);
  const dir = protocolsDir ?? 'protocols';
  const problems = [...named.problems];
  const extra = existsSync(resolve(cwd, dir))
    ? listFiles([dir], cwd, say)
    : { files: [], problems: protocolsDir ? [say.t('files.no-protocols-folder', { path: protocolsDir })] : [] };
  problems.push(...extra.problems);
  const namedPaths = new Set(named.files.map((f) => f.path));
  const protocols = extra.files.filter((f) => !namedPaths.has(f.path) && PROTOCOL_FILE.test(f.path));
  return { named: named.files, protocols, problems };
}

/** What a command works on, read: the files named on the command line plus the protocols folder. */
export function collectSources(paths: readonly string[], protocolsDir: string | undefined, cwd: string, say: Catalogue = catalogueFor('en')): Sources {
  const inputs = listInputs(paths, protocolsDir, cwd, say);
  const problems = [...inputs.problems];
  const read = (files: Listed[]) =>
    files.flatMap((f) => {
      const source = readListed(f, say);
      if (typeof source !== 'string') return [source];
      problems.push(source);
      return [];
    });
  const named = read(inputs.named);
  return { sources: [...named, ...read(inputs.protocols)], named: named.map((f) => f.path), problems };
}

export interface Located extends Diagnostic {
  file: string;
  line: number;
  column: number;
}

/** Every diagnostic of the project with 1-based line and column, sorted by file and place. */
export function locatedDiagnostics(project: Project, files?: readonly string[]): Located[] {
  const out: Located[] = [];
  for (const path of files ?? [...project.files.keys()]) {
    const file = project.files.get(path);
    if (file) out.push(...locatedIn(file, project.diagnostics.get(path) ?? []));
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.range.start - b.range.start);
}

/** A file's findings with 1-based line and column, in text order. */
export function locatedIn(file: AnalyzedFile, diagnostics: readonly Diagnostic[]): Located[] {
  return diagnostics
    .map((d) => {
      const pos = file.parsed.lineIndex.position(d.range.start);
      return { ...d, file: file.path, line: pos.line + 1, column: pos.character + 1 };
    })
    .sort((a, b) => a.range.start - b.range.start);
}

/**
 * `file:line:col: severity [code] message`: the message in the reader's language; the severity and
 * the code stay as they are, for the tools that read these lines (problem matchers, editors).
 */
export function formatDiagnostic(d: Located, say: Catalogue): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} [${d.code}] ${sayMessage(d, say)}`;
}

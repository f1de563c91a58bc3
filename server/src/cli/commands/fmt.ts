// `reimage fmt [paths…] [--check]`: rewrites protocol and case files in the canonical format,
// each atomically (a temporary file in the same folder, then a rename); never writes a file the
// formatter refuses. With --check nothing is written. Exit 0 done/all formatted, 1 --check found
// unformatted files, 2 a file was refused or could not be read or written.
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analyzeFile, fileKindOf, formatText } from '../../core';
import { collectFiles } from '../services/files';
import { parseCommandArgs, type CommandContext } from '../services/command';
import { commandUsage } from '../services/usage';

export const FMT_USAGE = `reimage fmt [paths…] [--check]
  --check      write nothing, list the files that are not in the canonical format (exit 1)
`;

const OPTIONS = { check: { type: 'boolean' } } as const;

export function fmtCommand(ctx: CommandContext, argv: string[]): number {
  const parsed = parseCommandArgs(ctx, 'fmt', argv, OPTIONS, commandUsage(FMT_USAGE));
  if (typeof parsed === 'number') return parsed;
  const paths = parsed.positionals;
  const options = { check: parsed.values.check ?? false };
  const { files, problems } = collectFiles(paths.length ? paths : ['protocols'], ctx.cwd);
  let failed = problems.length > 0;
  let unformatted = 0;
  for (const p of problems) ctx.err(`${p}\n`);
  for (const file of files) {
    if (file.tooLarge !== undefined) {
      ctx.err(`${file.path}: not formatted: ${analyzeFile(file).diagnostics[0].message}\n`);
      failed = true;
      continue;
    }
    const result = formatText(file.text, { kind: fileKindOf(file.path, null) ?? undefined });
    if (result.refused) {
      ctx.err(`${file.path}: not formatted: ${result.refused}\n`);
      failed = true;
      continue;
    }
    if (!result.changed) continue;
    if (options.check) {
      ctx.out(`${file.path}\n`);
      unformatted++;
      continue;
    }
    const problem = writeAtomically(resolve(ctx.cwd, file.path), file.text, result.text);
    if (problem) {
      ctx.err(`${file.path}: not formatted: ${problem}\n`);
      failed = true;
      continue;
    }
    ctx.out(`${file.path}\n`);
  }
  if (failed) return 2;
  return options.check && unformatted > 0 ? 1 : 0;
}

/**
 * Replaces the file's text with `formatted` through a temporary file and a rename, so that a
 * reader never sees half a file. `expected` is the text that was formatted: if the file changed
 * on disk since it was read, it is left alone. A byte order mark the file starts with is kept.
 */
function writeAtomically(path: string, expected: string, formatted: string): string | null {
  let target: string;
  let current: string;
  let mode: number;
  try {
    target = realpathSync(path);
    current = readFileSync(target, 'utf8');
    mode = statSync(target).mode & 0o7777;
  } catch (e) {
    return `cannot read it again (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  const bom = current.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  if ((bom ? current.slice(1) : current) !== expected) return 'it changed on disk while it was being formatted; run fmt again';
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.fmt-tmp`);
  try {
    writeFileSync(temp, bom + formatted, { encoding: 'utf8', flag: 'wx', mode });
    chmodSync(temp, mode);
    renameSync(temp, target);
    return null;
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created, or is already gone.
    }
    return `cannot write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
}

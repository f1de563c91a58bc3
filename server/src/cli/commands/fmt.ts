// `reimage fmt [paths…] [--check]`: rewrites protocol and case files in the canonical format,
// each atomically (a temporary file in the same folder, then a rename); never writes a file the
// formatter refuses. With --check nothing is written. Exit 0 done/all formatted, 1 --check found
// unformatted files, 2 a file was refused or could not be read or written.
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analyzeFile, fileKindOf, formatText, message, sayMessage, type Message } from '../../core';
import { collectFiles } from '../services/files';
import { parseCommandArgs, type CommandContext } from '../services/command';
import { commandUsage, type Usage } from '../services/usage';

export const FMT_USAGE: Usage = {
  synopsis: ['reimage fmt [paths…] [--check]'],
  options: [['--check', 'usage.fmt.check']],
  paths: true,
};

const OPTIONS = { check: { type: 'boolean' } } as const;

export function fmtCommand(ctx: CommandContext, argv: string[]): number {
  const parsed = parseCommandArgs(ctx, 'fmt', argv, OPTIONS, commandUsage(FMT_USAGE, ctx.say));
  if (typeof parsed === 'number') return parsed;
  const paths = parsed.positionals;
  const options = { check: parsed.values.check ?? false };
  const { files, problems } = collectFiles(paths.length ? paths : ['protocols'], ctx.cwd, ctx.say);
  let failed = problems.length > 0;
  let unformatted = 0;
  const notFormatted = (path: string, reason: string) => ctx.err(`${ctx.say.t('cli.not-formatted', { file: path, reason })}\n`);
  for (const p of problems) ctx.err(`${p}\n`);
  for (const file of files) {
    if (file.tooLarge !== undefined) {
      notFormatted(file.path, sayMessage(analyzeFile(file).diagnostics[0], ctx.say));
      failed = true;
      continue;
    }
    const result = formatText(file.text, { kind: fileKindOf(file.path, null) ?? undefined });
    if (result.refused) {
      notFormatted(file.path, result.refusal ? ctx.say.say(result.refusal) : result.refused);
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
      notFormatted(file.path, ctx.say.say(problem));
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
function writeAtomically(path: string, expected: string, formatted: string): Message | null {
  let target: string;
  let current: string;
  let mode: number;
  try {
    target = realpathSync(path);
    current = readFileSync(target, 'utf8');
    mode = statSync(target).mode & 0o7777;
  } catch (e) {
    return message('fmt.cannot-read-again', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  const bom = current.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  if ((bom ? current.slice(1) : current) !== expected) return message('fmt.changed-on-disk');
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
    return message('fmt.cannot-write', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
}

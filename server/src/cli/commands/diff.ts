// `reimage diff [<rev-a> [<rev-b>]]` (HEAD → working tree; rev → working tree; rev → rev): the
// semantic diff and its impact on cases, files read from git plumbing, never a checkout. Exit 0;
// 1 with --exit-code when a verdict moves; 2 bad input or git failure. `--textconv FILE` for git.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  diffProtocols,
  linkVersions,
  normalizeProtocolText,
  renderDiffMarkdown,
  type Catalogue,
  type DiffReport,
  type Project,
  type SourceFile,
} from '../../core';
import { parseCommandArgs, type CommandContext } from '../services/command';
import { renderDiffGithub } from '../reporters/diff-github';
import { renderDiffHuman } from '../reporters/diff-human';
import { renderDiffJson } from '../reporters/diff-json';
import { collectFiles } from '../services/files';
import { withoutBom } from '../../node/discovery';
import { GitError, listRevision, openRepository, readListings, resolveRevision, shortId, type Repository } from '../../node/git';
import { formatDiagnostic, locatedDiagnostics } from '../services/load';
import { makeStyle } from '../services/style';
import { commandUsage, type Usage } from '../services/usage';

export const DIFF_USAGE: Usage = {
  synopsis: ['reimage diff [<rev-a> [<rev-b>]] [--paths P]… [--format human|markdown|json|github] [--exit-code]', 'reimage diff --textconv FILE'],
  options: [
    [(say) => say.t('usage.diff.no-revision'), 'usage.diff.working-tree-against-head'],
    ['<rev-a>', 'usage.diff.revision-against-working-tree'],
    ['<rev-a> <rev-b>', 'usage.diff.between-revisions'],
    ['--paths', 'usage.diff.paths'],
    ['--format', 'usage.diff.format'],
    ['--exit-code', 'usage.diff.exit-code'],
    ['--textconv', 'usage.diff.textconv'],
  ],
  footer: 'usage.diff.exit',
};

const FORMATS = ['human', 'markdown', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

const OPTIONS = {
  paths: { type: 'string', multiple: true },
  format: { type: 'string' },
  'exit-code': { type: 'boolean' },
  textconv: { type: 'string' },
} as const;

export function diffCommand(ctx: CommandContext, argv: string[]): number {
  const parsed = parseCommandArgs(ctx, 'diff', argv, OPTIONS, commandUsage(DIFF_USAGE, ctx.say));
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.textconv !== undefined) return textconv(ctx, values.textconv);
  const format = (values.format ?? 'human') as Format;
  if (!FORMATS.includes(format)) {
    ctx.err(`${ctx.say.t('diff-cli.bad-format', { formats: FORMATS.join(', '), value: values.format ?? '' })}\n`);
    return 2;
  }
  if (positionals.length > 2) {
    ctx.err(`${ctx.say.t('diff-cli.too-many-revisions', { count: positionals.length })}\n\n${commandUsage(DIFF_USAGE, ctx.say)}`);
    return 2;
  }
  try {
    return compare(ctx, positionals, (values.paths ?? []).flatMap((p) => p.split(',')).filter(Boolean), format, values['exit-code'] ?? false);
  } catch (e) {
    if (e instanceof GitError || e instanceof UsageError) {
      ctx.err(`reimage diff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function textconv(ctx: CommandContext, file: string): number {
  let text: string;
  try {
    text = readFileSync(resolve(ctx.cwd, file), 'utf8');
  } catch (e) {
    ctx.err(`${ctx.say.t('diff-cli.cannot-read', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })}\n`);
    return 2;
  }
  ctx.out(normalizeProtocolText({ path: file, text: withoutBom(text) }));
  return 0;
}

interface Version {
  label: string;
  files: SourceFile[];
}

function compare(ctx: CommandContext, revisions: string[], paths: string[], format: Format, exitCode: boolean): number {
  const repo = openRepository(ctx.cwd);
  const root = realpath(repo.root);
  const named = paths.length ? paths : [existsSync(resolve(ctx.cwd, 'protocols')) ? 'protocols' : '.'];
  const specs = named.map((p) => toRepositoryPath(root, ctx.cwd, p, ctx.say));
  const [revA, revB] = revisions.length ? revisions : ['HEAD'];
  const commitA = resolveRevision(repo, revA);
  const commitB = revB === undefined ? null : resolveRevision(repo, revB);

  const gitSpecs = specs.includes('') ? [] : specs;
  const listings = [listRevision(repo, commitA, gitSpecs), ...(commitB ? [listRevision(repo, commitB, gitSpecs)] : [])];
  const [filesA, filesB] = readListings(repo, listings);
  const before: Version = { label: `${revA} (${shortId(commitA)})`, files: filesA };
  const after: Version = commitB
    ? { label: `${revB} (${shortId(commitB)})`, files: filesB }
    : { label: ctx.say.t('diff.compare.working-tree'), files: readWorkingTree(repo, specs) };
  for (const [i, spec] of specs.entries()) {
    const found = (v: Version) => v.files.some((f) => !spec || f.path === spec || f.path.startsWith(`${spec}/`));
    if (!found(before) && !found(after) && !existsSync(resolve(ctx.cwd, named[i]))) {
      throw new UsageError(ctx.say.t('diff-cli.no-such-path', { path: named[i] }));
    }
  }

  const [projectA, projectB] = linkVersions(before.files, after.files);
  const errorsB = errorsOf(projectB);
  for (const d of errorsB) ctx.err(`${formatDiagnostic(d, ctx.say)}\n`);
  const errorsA = errorsOf(projectA).length;
  if (errorsA) {
    ctx.err(`${ctx.say.t('diff-cli.errors-before', { count: errorsA, version: before.label })}\n`);
  }

  const diff = diffProtocols(projectA, projectB, { say: ctx.say });
  const report: DiffReport = { before: before.label, after: after.label, diff, say: ctx.say };
  ctx.out(
    format === 'json'
      ? renderDiffJson(report)
      : format === 'markdown'
        ? renderDiffMarkdown(report)
        : format === 'github'
          ? renderDiffGithub(report)
          : renderDiffHuman(report, makeStyle(ctx.stdout, ctx.env)),
  );
  if (errorsB.length) return 2;
  return exitCode && (diff.impact.studies.length || diff.impact.newlyFailing.length) ? 1 : 0;
}

function errorsOf(project: Project) {
  return locatedDiagnostics(project).filter((d) => d.severity === 'error');
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A path given on the command line, relative to the repository root with `/` ('' = all of it). */
function toRepositoryPath(root: string, cwd: string, path: string, say: Catalogue): string {
  const absolute = resolve(cwd, path);
  // Resolve symlinks in the part that exists (a deleted folder has no real path of its own).
  const real = existsSync(absolute) ? realpath(absolute) : resolve(realpath(cwd), path);
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(say.t('diff-cli.outside-repository', { path, root }));
  return rel.split(sep).join('/');
}

/** The working tree's files under the specs, with paths relative to the repository root. */
function readWorkingTree(repo: Repository, specs: readonly string[]): SourceFile[] {
  const root = realpath(repo.root);
  const present = specs.map((s) => s || '.').filter((s) => existsSync(resolve(root, s)));
  const { files, problems } = collectFiles(present, root);
  if (problems.length) throw new UsageError(problems[0]);
  return files.map((f) => ({ path: f.path.split(sep).join('/'), text: f.text }));
}

// `reimage run [paths…]`: runs the cases against their protocols and reports them.
// Exit 0 when every expectation is met, 1 when one fails, 2 when the input is invalid.
import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReportHtml, renderReportMarkdown, type RunResult } from '../../core';
import { parseCommandArgs, type CommandContext } from '../services/command';
import { commandUsage } from '../services/usage';
import { renderJson } from '../reporters/json';
import { renderJunit } from '../reporters/junit';
import { renderText } from '../reporters/text';
import { collectSources, formatDiagnostic } from '../services/load';
import { runPipeline, type PipelineResult } from '../services/pipeline';
import { makeStyle } from '../services/style';

export const RUN_USAGE = `reimage run [paths…] [--protocols DIR] [--json | --markdown] [--junit FILE] [--html FILE]
  --protocols  the folder whose protocols cases may name (default: protocols)
  --json       the full result as JSON
  --markdown   a Markdown report
  --junit      also write a JUnit XML report to FILE
  --html       also write a standalone HTML report to FILE
`;

const OPTIONS = {
  protocols: { type: 'string' }, json: { type: 'boolean' }, markdown: { type: 'boolean' }, junit: { type: 'string' }, html: { type: 'string' },
} as const;

export function runCommand(ctx: CommandContext, argv: string[]): number {
  const parsed = parseCommandArgs(ctx, 'run', argv, OPTIONS, commandUsage(RUN_USAGE));
  if (typeof parsed === 'number') return parsed;
  const paths = parsed.positionals;
  const options = { ...parsed.values, json: parsed.values.json ?? false, markdown: parsed.values.markdown ?? false };
  const { sources, named, problems } = collectSources(paths.length ? paths : ['protocols'], options.protocols, ctx.cwd);
  const { diagnostics, result, calendars } = runPipeline(sources, named);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const p of problems) ctx.err(`${p}\n`);
  for (const d of errors) ctx.err(formatDiagnostic(d) + '\n');

  if (options.json) ctx.out(renderJson(result));
  else if (options.markdown) ctx.out(renderReportMarkdown(result));
  else ctx.out(renderText(result, makeStyle(ctx.stdout, ctx.env)));
  if (options.junit) {
    try {
      writeFileSync(resolve(ctx.cwd, options.junit), renderJunit(result));
    } catch (e) {
      ctx.err(`${options.junit}: cannot write the JUnit report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  if (options.html && !writeHtml(ctx, options.html, result, calendars)) return 2;
  if (problems.length || errors.length) return 2;
  return result.cases.some((c) => c.expectations.passed === false) ? 1 : 0;
}

/** Writes the standalone HTML report; its rule links are relative to where the page is. */
function writeHtml(ctx: CommandContext, file: string, result: RunResult, calendars: PipelineResult['calendars']): boolean {
  const target = resolve(ctx.cwd, file);
  const href = (path: string) => {
    const rel = relative(dirname(target), resolve(ctx.cwd, path));
    return isAbsolute(rel) ? pathToFileURL(rel).href : rel.split(/[\\/]/).map(encodeURIComponent).join('/');
  };
  const html = renderReportHtml(result, { sourceHref: (s) => `${href(s.file)}#L${s.line}`, caseHref: (c) => href(c.file), calendars });
  try {
    writeFileSync(target, html);
    return true;
  } catch (e) {
    ctx.err(`${file}: cannot write the HTML report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return false;
  }
}

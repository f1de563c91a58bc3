// `reimage run [paths…]`: runs the cases against their protocols and reports them.
// Exit 0 when every expectation is met, 1 when one fails, 2 when the input is invalid.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCases } from '../../core';
import type { CommandContext } from '../main';
import { renderJson } from '../reporters/json';
import { renderJunit } from '../reporters/junit';
import { renderMarkdown } from '../reporters/markdown';
import { renderText } from '../reporters/text';
import { formatDiagnostic, loadProject, locatedDiagnostics } from '../services/load';
import { makeStyle } from '../services/style';

export interface RunOptions {
  protocols?: string;
  json: boolean;
  markdown: boolean;
  junit?: string;
}

export function runCommand(ctx: CommandContext, paths: string[], options: RunOptions): number {
  const { project, named, problems } = loadProject(paths.length ? paths : ['protocols'], options.protocols, ctx.cwd);
  const errors = locatedDiagnostics(project).filter((d) => d.severity === 'error');
  for (const p of problems) ctx.err(`${p}\n`);
  for (const d of errors) ctx.err(formatDiagnostic(d) + '\n');

  const result = runCases(project, named);
  if (options.json) ctx.out(renderJson(result));
  else if (options.markdown) ctx.out(renderMarkdown(result));
  else ctx.out(renderText(result, makeStyle(ctx.stdout, ctx.env)));
  if (options.junit) {
    try {
      writeFileSync(resolve(ctx.cwd, options.junit), renderJunit(result));
    } catch (e) {
      ctx.err(`${options.junit}: cannot write the JUnit report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  if (problems.length || errors.length) return 2;
  return result.cases.some((c) => c.expectations.passed === false) ? 1 : 0;
}

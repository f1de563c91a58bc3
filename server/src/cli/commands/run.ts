// `reimage run [paths…]`: runs the cases against their protocols and reports them.
// Exit 0 when every expectation is met, 1 when one fails, 2 when the input is invalid.
import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Catalogue, caseStatus, renderReportHtml, renderReportMarkdown, type CaseResult, type RunResult } from '../../core';
import { parseCommandArgs, type CommandContext, type Parsed } from '../services/command';
import { commandUsage, type Usage } from '../services/usage';
import { jsonStream } from '../reporters/json';
import { JunitReport } from '../reporters/junit';
import { addToTally, emptyTally, renderCase, renderCaseLine, renderSummary, type RunTally } from '../reporters/text';
import { formatDiagnostic, listInputs } from '../services/load';
import { runStreaming, type Calendars } from '../services/pipeline';
import { makeStyle, type Style } from '../services/style';
import { fullCollector } from '../../node/collector';

export const RUN_USAGE: Usage = {
  synopsis: ['reimage run [paths…] [--protocols DIR] [--json | --markdown] [--junit FILE] [--html FILE] [--verbose]'],
  options: [
    ['--protocols', 'usage.protocols'],
    ['--json', 'usage.run.json'],
    ['--markdown', 'usage.run.markdown'],
    ['--junit', 'usage.run.junit'],
    ['--html', 'usage.run.html'],
    ['--verbose', 'usage.run.verbose'],
  ],
  paths: true,
};

const OPTIONS = {
  protocols: { type: 'string' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  junit: { type: 'string' },
  html: { type: 'string' },
  verbose: { type: 'boolean' },
} as const;

/**
 * Cases are analysed, run and reported one at a time (services/pipeline.ts): the text and JSON
 * reports are written as they go, JUnit keeps one line of XML per case; only Markdown and HTML,
 * which are one document about all cases, keep every result.
 */
/** Cases between two full collections (one takes ~10 ms: the live heap is the protocols and one case). */
const COLLECT_EVERY = 1000;

export function runCommand(ctx: CommandContext, argv: string[]): number {
  const parsed = parseCommandArgs(ctx, 'run', argv, OPTIONS, commandUsage(RUN_USAGE, ctx.say));
  if (typeof parsed === 'number') return parsed;
  const junit = parsed.values.junit ? new JunitReport(ctx.say) : null;
  try {
    return runParsed(ctx, parsed, junit);
  } finally {
    // Its temporary files hold patient data: a run that throws before writing the report removes them too.
    junit?.dispose();
  }
}

function runParsed(ctx: CommandContext, parsed: Parsed<typeof OPTIONS>, junit: JunitReport | null): number {
  const options = parsed.values;
  const inputs = listInputs(parsed.positionals.length ? parsed.positionals : ['protocols'], options.protocols, ctx.cwd, ctx.say);
  const style = makeStyle(ctx.stdout, ctx.env);
  const single = inputs.named.length === 1;
  const json = options.json ? jsonStream(ctx.out) : null;
  const kept: CaseResult[] | null = options.markdown || options.html ? [] : null;
  /** The kept results in each further language of a bilingual report. */
  const keptIn: CaseResult[][] = ctx.locales.slice(1).map(() => []);
  const tally = emptyTally();
  const collect = fullCollector();
  const text = textStream(ctx, style, tally, !!options.verbose || single);
  let broken = false;
  const languages = ctx.locales.map((l) => (l === ctx.say.locale ? ctx.say : new Catalogue(l)));
  const calendars = runStreaming(
    inputs,
    {
      problem: (message) => {
        broken = true;
        ctx.err(`${message}\n`);
      },
      findings: (located) => {
        for (const d of located) {
          if (d.severity !== 'error') continue;
          broken = true;
          ctx.err(`${formatDiagnostic(d, ctx.say)}\n`);
        }
      },
      caseResult: (c, alsoIn) => {
        addToTally(tally, c);
        // What a case leaves is garbage once reported; collected now and then, the peak stays flat.
        if (collect && tally.cases % COLLECT_EVERY === 0) collect();
        junit?.add(c);
        if (kept) {
          kept.push(c);
          alsoIn.forEach((other, i) => keptIn[i].push(other));
        }
        if (json) json.add(c);
        else if (!options.markdown) text.add(c);
      },
    },
    languages,
  );
  /** The run said in each language asked for (a bilingual report's parts). */
  const said = () => languages.map((say, i) => ({ say, result: { cases: i === 0 ? kept! : keptIn[i - 1] } }));
  if (json) json.end();
  else if (options.markdown) ctx.out(renderReportMarkdown({ cases: kept! }, said()));
  else text.end();
  if (junit && options.junit) {
    try {
      junit.write(resolve(ctx.cwd, options.junit));
    } catch (e) {
      ctx.err(
        `${ctx.say.t('cli.cannot-write', { file: options.junit, what: ctx.say.t('cli.junit-report'), reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })}\n`,
      );
      return 2;
    }
  }
  // A profile's words missing in a language asked for: said once, not with every reason.
  for (const say of languages) {
    if (say.fallbacks.size) ctx.err(`${ctx.say.t('cli.profile-fallback', { wanted: say.locale, languages: [...say.fallbacks] })}\n`);
  }
  if (options.html && !writeHtml(ctx, options.html, said(), calendars)) return 2;
  if (broken) return 2;
  return tally.failed > 0 ? 1 : 0;
}

/**
 * The text report as a test runner's: a passing case in one line, in a row with the others; a
 * failing case, one without expect, or every case when `full`, with its table set off by blank
 * lines; the counts last.
 */
function textStream(ctx: CommandContext, style: Style, tally: RunTally, full: boolean) {
  const { out, say } = ctx;
  let inRow = false;
  return {
    add(c: CaseResult) {
      if (!full && caseStatus(c) === 'passed') {
        out(`${renderCaseLine(c, style, say)}\n`);
        inRow = true;
        return;
      }
      out(`${inRow ? '\n' : ''}${renderCase(c, style, say)}\n\n`);
      inRow = false;
    },
    end() {
      out(`${inRow ? '\n' : ''}${renderSummary(tally, style, say)}\n`);
    },
  };
}

/** Writes the standalone HTML report; its rule links are relative to where the page is. */
function writeHtml(ctx: CommandContext, file: string, languages: ReadonlyArray<{ say: Catalogue; result: RunResult }>, calendars: Calendars): boolean {
  const target = resolve(ctx.cwd, file);
  const href = (path: string) => {
    const rel = relative(dirname(target), resolve(ctx.cwd, path));
    return isAbsolute(rel) ? pathToFileURL(rel).href : rel.split(/[\\/]/).map(encodeURIComponent).join('/');
  };
  const html = renderReportHtml(languages[0].result, {
    sourceHref: (s) => `${href(s.file)}#L${s.line}`,
    caseHref: (c) => href(c.file),
    calendars,
    say: ctx.say,
    languages,
  });
  try {
    writeFileSync(target, html);
    return true;
  } catch (e) {
    ctx.err(
      `${ctx.say.t('cli.cannot-write', { file, what: ctx.say.t('cli.html-report'), reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })}\n`,
    );
    return false;
  }
}

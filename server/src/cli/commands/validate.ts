// `reimage validate [paths…]`: every finding as `file:line:col: severity [code] message`.
// Exit 0 when there is no error (warnings allowed), 2 when there is one.
import { checkedText, sayMessage } from '../../core';
import { commandUsage, type Usage } from '../services/usage';
import { collectSources, formatDiagnostic } from '../services/load';
import { findingsOf } from '../services/pipeline';
import { parseCommandArgs, type CommandContext } from '../services/command';

export const VALIDATE_USAGE: Usage = {
  synopsis: ['reimage validate [paths…] [--protocols DIR] [--json]'],
  options: [
    ['--protocols', 'usage.protocols'],
    ['--json', 'usage.validate.json'],
  ],
  paths: true,
};

const OPTIONS = { protocols: { type: 'string' }, json: { type: 'boolean' } } as const;

export function validateCommand(ctx: CommandContext, argv: string[]): number {
  const parsed = parseCommandArgs(ctx, 'validate', argv, OPTIONS, commandUsage(VALIDATE_USAGE, ctx.say));
  if (typeof parsed === 'number') return parsed;
  const paths = parsed.positionals;
  const options = { protocols: parsed.values.protocols, json: parsed.values.json ?? false };
  const { sources, problems } = collectSources(paths.length ? paths : ['protocols'], options.protocols, ctx.cwd, ctx.say);
  const diagnostics = findingsOf(sources);
  const errors = diagnostics.filter((d) => d.severity === 'error').length + problems.length;
  if (options.json) {
    ctx.out(
      JSON.stringify(
        {
          files: sources.length,
          problems,
          diagnostics: diagnostics.map((d) => ({
            file: d.file,
            line: d.line,
            column: d.column,
            code: d.code,
            severity: d.severity,
            message: sayMessage(d, ctx.say),
            range: d.range,
          })),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const p of problems) ctx.out(`${p}\n`);
    for (const d of diagnostics) ctx.out(formatDiagnostic(d, ctx.say) + '\n');
    const warnings = diagnostics.length - (errors - problems.length);
    ctx.err(`${checkedText(sources.length, errors, warnings, ctx.say)}\n`);
  }
  return errors ? 2 : 0;
}

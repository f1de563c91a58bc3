// The `reimage` command line: argument parsing and dispatch. Any exception that escapes a
// command is a bug: it is reported in one line (stack only with REIMAGE_DEBUG) with exit 2.
import { parseArgs } from 'node:util';
import { version as VERSION } from '../../../package.json';
import { diffCommand } from './commands/diff';
import { fmtCommand } from './commands/fmt';
import { runCommand } from './commands/run';
import { validateCommand } from './commands/validate';

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { isTTY?: boolean };
  out(text: string): void;
  err(text: string): void;
}



const USAGE = `reimage — requirement profiles for imaging done abroad

usage:
  reimage validate [paths…] [--protocols DIR] [--json]
  reimage run [paths…] [--protocols DIR] [--json | --markdown] [--junit FILE] [--html FILE]
  reimage fmt [paths…] [--check]
  reimage diff [<rev-a> [<rev-b>]] [--paths P] [--format human|markdown|json|github] [--exit-code]
  reimage diff --textconv FILE

  paths        files or folders (searched for *.protocol.yaml and *.case.yaml); default: protocols
  --protocols  the folder whose protocols cases may name (default: protocols)
  --json       run: the full result as JSON; validate: findings as JSON
  --markdown   run: a Markdown report
  --junit      run: also write a JUnit XML report to FILE
  --html       run: also write a standalone HTML report to FILE
  --check      fmt: write nothing, list the files that are not in the canonical format (exit 1)

  diff compares protocols by meaning between git revisions (default: HEAD → working tree)
  and lists the studies whose verdict changes; \`reimage diff --help\` for its options

exit status: 0 all expectations met, 1 an expectation failed, 2 invalid input
`;

/** The options each command takes besides --help; any other is an error, not silently ignored. */
const OPTIONS_OF: Record<string, readonly string[]> = {
  validate: ['protocols', 'json'],
  run: ['protocols', 'json', 'markdown', 'junit', 'html'],
  fmt: ['check'],
};

export function main(argv: string[], ctx: CommandContext): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    ctx.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    ctx.out(`${VERSION}\n`);
    return 0;
  }
  if (command === 'diff') return diffCommand(ctx, rest);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      tokens: true,
      options: {
        protocols: { type: 'string' },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        junit: { type: 'string' },
        html: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    ctx.err(`reimage ${command}: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) {
    ctx.out(USAGE);
    return 0;
  }
  const takes = OPTIONS_OF[command];
  const foreign = takes ? tokens.flatMap((t) => (t.kind === 'option' && !takes.includes(t.name) ? [`--${t.name}`] : [])) : [];
  if (foreign.length) {
    const names = [...new Set(foreign)];
    const verb = names.length > 1 ? 'are not options' : 'is not an option';
    ctx.err(`reimage ${command}: ${names.join(', ')} ${verb} of ${command} (it takes ${takes!.map((o) => `--${o}`).join(', ')})\n`);
    return 2;
  }
  switch (command) {
    case 'validate':
      return validateCommand(ctx, positionals, { protocols: values.protocols, json: values.json ?? false });
    case 'run':
      return runCommand(ctx, positionals, { protocols: values.protocols, json: values.json ?? false, markdown: values.markdown ?? false, junit: values.junit, html: values.html });
    case 'fmt':
      return fmtCommand(ctx, positionals, { check: values.check ?? false });
    default:
      ctx.err(`reimage: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

export function start(): void {
  const ctx: CommandContext = {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  };
  let code: number;
  try {
    code = main(process.argv.slice(2), ctx);
  } catch (e) {
    process.stderr.write(`reimage: internal error: ${(e as Error).message} — please report this with the input that caused it\n`);
    if (process.env.REIMAGE_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    code = 2;
  }
  process.exitCode = code;
}

if (require.main === module) start();

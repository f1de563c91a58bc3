// The `reimage` command line: dispatch to the commands (each reads its own arguments). Any exception that escapes a
// command is a bug: it is reported in one line (stack only with REIMAGE_DEBUG) with exit 2.
import { version as VERSION } from '../../../package.json';
import { DIFF_USAGE, diffCommand } from './commands/diff';
import { FMT_USAGE, fmtCommand } from './commands/fmt';
import { IMPORT_USAGE, importCommand } from './commands/import';
import { RUN_USAGE, runCommand } from './commands/run';
import { VALIDATE_USAGE, validateCommand } from './commands/validate';
import { Catalogue, LOCALES, localeFromEnvironment, parseLanguageList, type Locale } from '../core';
import type { CommandContext, CommandIO } from './services/command';
import { mainUsage } from './services/usage';

/** Each command reads its own options (an option it does not take is an error). */
const COMMANDS: Record<string, (ctx: CommandContext, argv: string[]) => number | Promise<number>> = {
  validate: validateCommand,
  run: runCommand,
  fmt: fmtCommand,
  diff: diffCommand,
  import: importCommand,
};

/** `reimage --help`: validate, run and fmt in full; diff and import have their own --help. */
function usage(say: Catalogue): string {
  return mainUsage(
    {
      detailed: [VALIDATE_USAGE, RUN_USAGE, FMT_USAGE],
      briefly: [
        { usage: DIFF_USAGE, about: 'usage.diff.about' },
        { usage: IMPORT_USAGE, about: 'usage.import.about' },
      ],
    },
    say,
  );
}

/**
 * `--lang L` (or `--lang=L`) anywhere on the line: every command takes it, so it is read here and
 * not by each command. Returns the rest of the line, or the value that is not a language.
 */
function takeLanguage(argv: string[], env: NodeJS.ProcessEnv): { argv: string[]; locales: Locale[] } | { unknown: string } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') value = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (value === undefined) return { argv: rest, locales: [localeFromEnvironment(env)] };
  const parsed = parseLanguageList(value);
  return parsed.ok ? { argv: rest, locales: parsed.locales } : { unknown: parsed.unknown };
}

export function main(argv: string[], io: CommandIO): number | Promise<number> {
  const language = takeLanguage(argv, io.env);
  if ('unknown' in language) {
    io.err(`${new Catalogue(localeFromEnvironment(io.env)).t('cli.unknown-lang', { tag: language.unknown, languages: [...LOCALES] })}\n`);
    return 2;
  }
  const ctx: CommandContext = { ...io, say: new Catalogue(language.locales[0]), locales: language.locales };
  const [command, ...rest] = language.argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    ctx.out(usage(ctx.say));
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    ctx.out(`${VERSION}\n`);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run) return run(ctx, rest);
  ctx.err(`${ctx.say.t('cli.unknown-command', { command })}\n\n${usage(ctx.say)}`);
  return 2;
}

export function start(): void {
  const io: CommandIO = {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  };
  const internalError = (e: unknown) => {
    process.stderr.write(`${new Catalogue(localeFromEnvironment(process.env)).t('cli.internal-error', { error: (e as Error).message })}\n`);
    if (process.env.REIMAGE_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 2;
  };
  // A reader that stops early (`reimage run | head`) closes the pipe: what is left to print has
  // nowhere to go, so the command ends there, quietly, with the exit code it has so far.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? undefined : 2));
  }
  let code: number | Promise<number>;
  try {
    code = main(process.argv.slice(2), io);
  } catch (e) {
    code = internalError(e);
  }
  if (typeof code === 'number') process.exitCode = code;
  else
    code.then(
      (c) => {
        process.exitCode = c;
      },
      (e) => {
        process.exitCode = internalError(e);
      },
    );
}

if (require.main === module) start();

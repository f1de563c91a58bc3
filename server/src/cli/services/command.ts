// What every command is given (the process's I/O, as an object tests can fake) and how it reads
// its own arguments: each command declares its options, and one it does not take is an error
// (exit 2) — `reimage fmt --junit out.xml` must not succeed and write nothing.
import { parseArgs } from 'node:util';
import type { Catalogue, Locale } from '../../core';

/** The process's I/O, as an object tests can fake. */
export interface CommandIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { isTTY?: boolean };
  out: (text: string) => void;
  err: (text: string) => void;
}

/** What a command is given: the I/O and the language(s) it speaks (`--lang`, else the environment's). */
export interface CommandContext extends CommandIO {
  /** The first of `locales`: what every line but a bilingual report's is written in. */
  say: Catalogue;
  /** One language, or several for a bilingual report (`--lang zh-CN,en`). */
  locales: Locale[];
}

/** A command's options, as node:util's parseArgs takes them (`--help`/`-h` is added to each). */
export type OptionSpecs = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string; default?: string | boolean | string[] }>;

type Values<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

export interface Parsed<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
}

/**
 * Reads `argv` for `command` against its declared `options`. Prints the usage and returns an exit
 * code instead when it cannot go on: 0 for `--help`, 2 for an option the command does not take, a
 * missing value or a value given to a switch.
 */
export function parseCommandArgs<O extends OptionSpecs>(ctx: CommandContext, command: string, argv: string[], options: O, usage: string): Parsed<O> | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    ctx.err(`reimage ${command}: ${argumentProblem(ctx.say, command, e as Error & { code?: string }, options)}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    ctx.out(usage);
    return 0;
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** parseArgs' complaint in the words of this command line. */
function argumentProblem(say: Catalogue, command: string, e: Error & { code?: string }, options: OptionSpecs): string {
  const option = /'(-[^']*)'/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const names = Object.keys(options).map((n) => `--${n}`);
    return say.t('cli.unknown-option', { option, command, options: names.length ? names : say.t('cli.no-options') });
  }
  const name = /'(--?[A-Za-z0-9-]+)/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
    return say.t(/argument missing/.test(e.message) ? 'cli.option-needs-value' : 'cli.option-takes-no-value', { option: name });
  }
  return e.message.split('. ')[0];
}

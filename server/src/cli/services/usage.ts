// Each command's help, as data said in the reader's language: the command lines as typed (options
// and metavariables stay as typed in every language), then what each option does, in a column
// padded by display width so that it lines up when the words are two columns wide.
import { padToWidth, displayWidth, type Catalogue, type MessageKey } from '../../core';

/** Words as typed (a string) or said in the reader's language. */
export type Said = string | ((say: Catalogue) => string);

export interface Usage {
  /** The command lines. */
  synopsis: readonly Said[];
  /** Each option or argument, and the key of what it does. */
  options: ReadonlyArray<readonly [Said, MessageKey]>;
  /** Whether the command takes paths: then what paths are follows the options. */
  paths?: boolean;
  /** A closing paragraph. */
  footer?: MessageKey;
}

const said = (s: Said, say: Catalogue) => (typeof s === 'string' ? s : s(say));

/** Rows of two columns, the second starting at the same display column in every row. */
export function columns(rows: ReadonlyArray<readonly [string, string]>, indent: string): string[] {
  const width = Math.max(0, ...rows.map(([left]) => displayWidth(left))) + 2;
  return rows.map(([left, right]) => `${indent}${padToWidth(left, width)}${right}`.trimEnd());
}

function pathsRow(say: Catalogue): readonly [string, string] {
  return ['paths', say.t('usage.paths')];
}

/** One command's `--help`. */
export function commandUsage(usage: Usage, say: Catalogue): string {
  const synopsis = usage.synopsis.map((s) => said(s, say));
  const head = synopsis.length === 1 ? [say.t('usage.usage-line', { synopsis: synopsis[0] })] : [say.t('usage.usage'), ...synopsis.map((s) => `  ${s}`), ''];
  const rows = usage.options.map(([option, what]) => [said(option, say), say.t(what)] as const);
  const lines = columns(usage.paths ? [...rows, pathsRow(say)] : rows, '  ');
  if (usage.paths) lines.splice(lines.length - 1, 0, '');
  const footer = usage.footer ? ['', say.t(usage.footer)] : [];
  return [...head, ...lines, ...footer].join('\n') + '\n';
}

/**
 * `reimage --help`: every command line; what --lang and paths are; the options of the commands
 * described in full (`detailed`); a line about each of the others; what the exit status means.
 */
export function mainUsage(commands: { detailed: readonly Usage[]; briefly: ReadonlyArray<{ usage: Usage; about: MessageKey }> }, say: Catalogue): string {
  const all = [...commands.detailed, ...commands.briefly.map((b) => b.usage)];
  const lines = [say.t('usage.title'), '', say.t('usage.usage'), ...all.flatMap((u) => u.synopsis.map((s) => `  ${said(s, say)}`)), ''];
  lines.push(...columns([['--lang L', say.t('usage.lang')], pathsRow(say)], '  '), '');
  for (const usage of commands.detailed) {
    lines.push(
      ...usage.synopsis.map((s) => `  ${said(s, say)}`),
      ...columns(
        usage.options.map(([option, what]) => [said(option, say), say.t(what)] as const),
        '    ',
      ),
      '',
    );
  }
  for (const { about } of commands.briefly)
    lines.push(
      ...say
        .t(about)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  lines.push('', say.t('usage.exit'));
  return lines.join('\n') + '\n';
}

// The words the commands' usages share: what paths are; what run's exit status means (reimage --help).

export const PATHS_HELP = '  paths        files or folders (searched for *.protocol.yaml and *.case.yaml); default: protocols\n';
export const EXIT_HELP = 'exit status: 0 all expectations met, 1 an expectation failed, 2 invalid input\n';

/** One command's `--help`: its synopsis and options (`usage`), and what paths are. */
export function commandUsage(usage: string): string {
  return `usage: ${usage}\n${PATHS_HELP}`;
}

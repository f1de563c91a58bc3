// What a file is by its name: the one spelling of the file-kind patterns, shared by the core, the
// disk and git walks (node/discovery.ts), the server and the client (through lsp/ext.ts). Imports
// nothing, so the client bundle takes only these lines.

/** A protocol file: `*.protocol.yaml` or `*.protocol.yml`, any case. */
export const PROTOCOL_FILE = /\.protocol\.ya?ml$/i;
/** A case file: `*.case.yaml` or `*.case.yml`, any case. */
export const CASE_FILE = /\.case\.ya?ml$/i;
/** Either. */
export const REIMAGE_FILE = /\.(protocol|case)\.ya?ml$/i;

export type FileKind = 'protocol' | 'case';

/** A file's kind by its name, else by its first key (`protocol:` or `case:`); null when neither tells. */
export function fileKindOf(path: string, value?: unknown): FileKind | null {
  if (PROTOCOL_FILE.test(path)) return 'protocol';
  if (CASE_FILE.test(path)) return 'case';
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if ('case' in value) return 'case';
    if ('protocol' in value) return 'protocol';
  }
  return null;
}

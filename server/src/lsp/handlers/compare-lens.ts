// textDocument/codeLens, the compare part: above a protocol file whose text differs from HEAD
// (open edits included), "Compare with HEAD" runs the client's compare command. Nothing when
// the workspace is untrusted, not in git, or the file is as committed.
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { COMPARE_COMMAND } from '../ext';
import type { GitAccess } from '../git-access';
import type { Workspace } from '../workspace';

const PROTOCOL_FILE = /\.protocol\.ya?ml$/i;

export function compareLenses(ws: Workspace, git: GitAccess, params: CodeLensParams): CodeLens[] {
  const uri = params.textDocument.uri;
  if (!git.trusted || !PROTOCOL_FILE.test(uri)) return [];
  const text = ws.documents.get(uri)?.getText() ?? ws.target(uri)?.file.parsed.text;
  if (text === undefined || !git.differsFromHead(uri, text)) return [];
  return [{
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    command: {
      title: '$(git-compare) Compare with HEAD: changes and impact on cases',
      command: COMPARE_COMMAND,
      arguments: [{ uri, revision: 'HEAD' }],
    },
  }];
}

// textDocument/codeLens, the compare part: above a protocol file whose text differs from HEAD
// (open edits included), "Compare with HEAD" runs the client's compare command. Nothing when
// the workspace is untrusted, not in git, or the file is as committed.
import type { CodeLens } from 'vscode-languageserver';
import { PROTOCOL_FILE, type AnalyzedFile } from '../../core';
import { COMPARE_COMMAND } from '../ext';
import type { GitAccess } from '../git-access';
import type { Workspace } from '../workspace';

/** What this lens reads of code-lens.ts's LensContext. */
interface CompareLensContext {
  ws: Pick<Workspace, 'say'>;
  git: GitAccess;
  uri: string;
  file: AnalyzedFile;
}

/** At the top of a protocol file that differs from HEAD: compare it (and its impact on cases). */
export function compareLens({ ws, git, uri, file }: CompareLensContext): CodeLens[] {
  if (!git.trusted || !PROTOCOL_FILE.test(uri) || !git.differsFromHead(uri, file.parsed.text)) return [];
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      command: {
        title: `$(git-compare) ${ws.say.t('lens.compare-head')}`,
        command: COMPARE_COMMAND,
        arguments: [{ uri, revision: 'HEAD' }],
      },
    },
  ];
}

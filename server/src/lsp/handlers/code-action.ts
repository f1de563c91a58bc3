// textDocument/codeAction: the quick fixes the core attached to each diagnostic (edits in other
// files become one workspace edit), and the "Sort keys canonically" source action (the formatter).
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { formatText, sayFixTitle } from '../../core';
import { SORT_KEYS_KIND } from '../ext';
import { fromLspRange } from '../from-lsp';
import { toLspDiagnostic, toLspQuickFix, toLspSourceAction } from '../to-lsp';
import type { Workspace } from '../workspace';

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function codeAction(ws: Workspace, params: CodeActionParams): CodeAction[] | null {
  const target = ws.target(params.textDocument.uri);
  if (!target) return null;
  const { project, path, file } = target;
  const lines = file.parsed.lineIndex;
  const only = params.context.only;
  const out: CodeAction[] = [];

  if (wanted(only, CodeActionKind.QuickFix)) {
    const range = fromLspRange(lines, params.range);
    const asked = new Set(params.context.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`));
    for (const d of project.diagnostics.get(path) ?? []) {
      if (!d.fixes?.length) continue;
      const lsp = toLspDiagnostic(d, lines, ws);
      const touches = d.range.start <= range.end && d.range.end >= range.start;
      if (!touches && !asked.has(`${d.code}@${lsp.range.start.line}:${lsp.range.start.character}`)) continue;
      d.fixes.forEach((fix, i) => {
        const action = toLspQuickFix(sayFixTitle(fix, ws.say), fix.edits, path, lsp, i === 0 && d.fixes!.length === 1, ws);
        if (action) out.push(action);
      });
    }
  }

  // Formats the whole file, so not on every cursor move: only when asked for source actions, or
  // when the user opens the menu (an editor that does not say so gets it when it names no kind).
  const asked = only
    ? only.some((o) => SORT_KEYS_KIND === o || SORT_KEYS_KIND.startsWith(o + '.'))
    : params.context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (asked) {
    const formatted = formatText(file.parsed.text, file.kind ? { kind: file.kind } : {});
    const title = ws.say.t('lsp.sort-keys');
    if (formatted.changed) out.push(toLspSourceAction(title, SORT_KEYS_KIND, params.textDocument.uri, lines, formatted.text));
    else if (formatted.refused)
      out.push({ title, kind: SORT_KEYS_KIND, disabled: { reason: formatted.refusal ? ws.say.say(formatted.refusal) : formatted.refused } });
  }
  return out;
}

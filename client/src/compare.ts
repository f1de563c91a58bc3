// Reimage: Compare with Revision… — pick HEAD, a branch, a tag or a commit (or type one), and
// the report view shows what the server's semantic diff says changed and which cases it moves.
// The older side of a link opens as a read-only `reimage-revision:` document whose text the
// server reads out of git. Off in an untrusted workspace: it reads the folder's git history.
// Everything about protocols and git is the server's; this file only asks and shows.
import * as vscode from 'vscode';
import { serverFailed, type ReimageClient } from './client';
import type { ReportPanel } from './report/report-panel';
import {
  COMPARE_COMMAND,
  FILE_AT_REVISION,
  REVISIONS,
  type FileAtRevisionParams,
  type FileAtRevisionResult,
  type RevisionItem,
  type RevisionsParams,
  type RevisionsResult,
} from './methods';

export const REVISION_SCHEME = 'reimage-revision';

interface RevisionQuery {
  uri: string;
  revision: string;
}

/** The read-only document of a workspace file at a commit: the path keeps the file's name (so its language), the query says what to read. */
export function revisionUri(file: vscode.Uri, revision: string): vscode.Uri {
  const relative = vscode.workspace.asRelativePath(file, true);
  const path = relative === file.fsPath ? file.path : `/${relative}`;
  const short = /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 7) : revision;
  return vscode.Uri.from({
    scheme: REVISION_SCHEME,
    path: `/${short}${path}`,
    query: JSON.stringify({ uri: file.toString(), revision } satisfies RevisionQuery),
  });
}

/** Serves `reimage-revision:` documents from the server's `reimage/fileAtRevision`. */
class RevisionContent implements vscode.TextDocumentContentProvider {
  constructor(private readonly client: ReimageClient) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    let query: RevisionQuery;
    try {
      query = JSON.parse(uri.query) as RevisionQuery;
    } catch {
      return '# Reimage: this link names no file and revision.\n';
    }
    try {
      const result = await this.client.request<FileAtRevisionParams, FileAtRevisionResult | null>(FILE_AT_REVISION, query, token);
      if (!result) throw new Error(serverFailed());
      return result.text;
    } catch (e) {
      const message = (e as Error).message;
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Reimage could not show {0} at {1}: {2}', vscode.workspace.asRelativePath(vscode.Uri.parse(query.uri)), query.revision, message),
      );
      return `# Reimage could not read this file at ${query.revision}: ${message}\n`;
    }
  }
}

/** Says why the command is off in Restricted Mode, and offers to trust the folder. */
async function explainUntrusted(): Promise<void> {
  const pick = await vscode.window.showWarningMessage(
    vscode.l10n.t("Reimage: Compare with Revision reads this folder's git history, so it is off in Restricted Mode. Trust the folder to use it."),
    vscode.l10n.t('Manage Workspace Trust'),
  );
  if (pick) await vscode.commands.executeCommand('workbench.trust.manage');
}

interface RevisionPick extends vscode.QuickPickItem {
  revision?: string;
}

const ICON: Record<RevisionItem['kind'], string> = {
  head: '$(git-commit)',
  branch: '$(git-branch)',
  remote: '$(cloud)',
  tag: '$(tag)',
  commit: '$(git-commit)',
};

function pickOf(item: RevisionItem): RevisionPick {
  const short = item.commit.slice(0, 7);
  const day = item.date.slice(0, 10);
  if (item.kind === 'commit') return { label: `${ICON.commit} ${short}`, description: item.subject, detail: day, revision: item.commit };
  return { label: `${ICON[item.kind]} ${item.revision}`, description: `${short} · ${day}`, detail: item.subject, revision: item.revision };
}

function picksOf(list: RevisionsResult): RevisionPick[] {
  const head: RevisionPick = list.head
    ? {
        label: 'HEAD',
        description: list.head.current
          ? vscode.l10n.t('on {0} · {1}', list.head.current, list.head.commit.slice(0, 7))
          : vscode.l10n.t('detached · {0}', list.head.commit.slice(0, 7)),
        detail: list.head.subject,
        revision: 'HEAD',
      }
    : { label: 'HEAD', description: vscode.l10n.t('the last commit'), revision: 'HEAD' };
  const group = (label: string, items: RevisionItem[]): RevisionPick[] =>
    items.length ? [{ label, kind: vscode.QuickPickItemKind.Separator }, ...items.map(pickOf)] : [];
  return [
    head,
    ...group(vscode.l10n.t('Branches'), list.branches),
    ...group(vscode.l10n.t('Tags'), list.tags),
    ...group(vscode.l10n.t('Recent commits'), list.commits),
  ];
}

/** HEAD first (the default), then branches, tags, recent commits; or what the user types. */
async function pickRevision(client: ReimageClient, target: vscode.Uri | undefined): Promise<string | undefined> {
  const qp = vscode.window.createQuickPick<RevisionPick>();
  qp.title = vscode.l10n.t('Reimage: Compare with Revision');
  qp.placeholder = vscode.l10n.t('HEAD, a branch, a tag or a commit — or type any revision git knows (HEAD~3, origin/main)');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  let known: RevisionPick[] = [{ label: 'HEAD', description: vscode.l10n.t('the last commit'), revision: 'HEAD' }];
  const typed = (value: string): RevisionPick[] => {
    const v = value.trim();
    return v && !known.some((p) => p.revision === v)
      ? [{ label: v, description: vscode.l10n.t('compare with what you typed'), alwaysShow: true, revision: v }]
      : [];
  };
  const update = () => {
    qp.items = [...typed(qp.value), ...known];
  };
  update();
  qp.busy = true;
  qp.show();
  return new Promise<string | undefined>((resolve) => {
    let done = false;
    const finish = (revision: string | undefined) => {
      if (done) return;
      done = true;
      resolve(revision);
      qp.hide();
    };
    qp.onDidChangeValue(update);
    qp.onDidAccept(() => finish(qp.selectedItems[0]?.revision ?? (qp.value.trim() || undefined)));
    qp.onDidHide(() => {
      finish(undefined);
      qp.dispose();
    });
    client.request<RevisionsParams, RevisionsResult | null>(REVISIONS, { uri: target?.toString() }).then(
      (list) => {
        if (done) return;
        if (!list) {
          finish(undefined);
          void vscode.window.showErrorMessage(vscode.l10n.t('Reimage cannot list revisions: {0}.', serverFailed()));
          return;
        }
        known = picksOf(list);
        qp.busy = false;
        update();
      },
      (e: Error) => {
        if (done) return;
        finish(undefined);
        void vscode.window.showErrorMessage(vscode.l10n.t('Reimage cannot compare with a revision: {0}', e.message));
      },
    );
  });
}

/** What the command was called with: a file (editor title), a repository (SCM title), the server's lens, or nothing. */
function targetOf(arg: unknown): { uri?: vscode.Uri; revision?: string } {
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (arg && typeof arg === 'object') {
    const a = arg as { uri?: unknown; revision?: unknown; rootUri?: unknown };
    if (typeof a.uri === 'string') return { uri: vscode.Uri.parse(a.uri), revision: typeof a.revision === 'string' ? a.revision : undefined };
    if (a.rootUri instanceof vscode.Uri) return { uri: a.rootUri };
  }
  const doc = vscode.window.activeTextEditor?.document;
  return doc && doc.uri.scheme === 'file' && (doc.languageId === 'reimage-protocol' || doc.languageId === 'reimage-case') ? { uri: doc.uri } : {};
}

export function registerCompare(client: ReimageClient, report: ReportPanel): vscode.Disposable[] {
  return [
    vscode.workspace.registerTextDocumentContentProvider(REVISION_SCHEME, new RevisionContent(client)),
    vscode.commands.registerCommand(COMPARE_COMMAND, async (arg?: unknown) => {
      if (!vscode.workspace.isTrusted) return explainUntrusted();
      const { uri, revision } = targetOf(arg);
      const chosen = revision ?? (await pickRevision(client, uri));
      if (chosen) await report.compare(chosen, uri);
    }),
  ];
}

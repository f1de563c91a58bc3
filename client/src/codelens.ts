// CodeLens: "Run case · redo ×1, accept ×2" above each case, "used by N cases" above each rule
// and validity window. Both only show what the server answered: its case list, and its run of
// every case (verdict counts per case; the rules each result cites, by their locations).
import * as vscode from 'vscode';
import type { ReimageClient } from './client';
import { LIST_CASES, RUN_CASES, type CaseItem, type ListCasesParams, type RunCasesParams, type RunCasesResult } from './methods';

const ORDER = ['redo', 'supplement', 'review', 'accept'] as const;
const REIMAGE_FILE = /\.(protocol|case)\.ya?ml$/i;

interface RuleUse {
  range: vscode.Range;
  rule: string;
  cases: vscode.Location[];
}

export class CaseLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private all: Promise<RunCasesResult | undefined> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: ReimageClient) {
    const stale = (uri: vscode.Uri) => {
      if (!REIMAGE_FILE.test(uri.path)) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.invalidate(), 500);
    };
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && stale(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => stale(d.uri)),
      client.onDidStart(() => this.invalidate()),
      this.changed,
    );
  }

  /** Forgets the last run of every case; lenses ask again. */
  invalidate(): void {
    this.all = undefined;
    this.changed.fire();
  }

  private run(): Promise<RunCasesResult | undefined> {
    this.all ??= this.client.request<RunCasesParams, RunCasesResult>(RUN_CASES, {}).catch(() => undefined);
    return this.all;
  }

  async provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const uri = doc.uri.toString();
    const result = await this.run();
    if (token.isCancellationRequested) return [];
    if (doc.languageId === 'reimage-case') {
      const items = await this.client.request<ListCasesParams, CaseItem[]>(LIST_CASES, { uri }, token).catch(() => [] as CaseItem[]);
      return items
        .filter((item) => item.kind === 'case')
        .map((item) => {
          const c = result?.cases.find((r) => r.uri === uri && r.case === item.label);
          const counts = c ? ORDER.filter((v) => c.summary.verdicts[v]).map((v) => `${v} ×${c.summary.verdicts[v]}`) : [];
          const range = this.client.range(item.range);
          const title = `${item.tested ? '$(play) Run case' : '$(preview) Show report'}${counts.length ? ` · ${counts.join(', ')}` : ''}`;
          const command = item.tested
            ? { title, command: 'reimage.runCase', arguments: [uri, item.label], tooltip: 'Run this case and show the result in the Testing view' }
            : { title, command: 'reimage.showReport', arguments: [doc.uri], tooltip: 'Show the report of this case' };
          return new vscode.CodeLens(range, command);
        });
    }
    if (doc.languageId === 'reimage-protocol' && result) {
      return [...this.ruleUses(result, uri).values()].map((use) => {
        const n = use.cases.length;
        return new vscode.CodeLens(use.range, {
          title: `used by ${n} case${n === 1 ? '' : 's'}`,
          tooltip: `The cases where ${use.rule} applies`,
          command: 'editor.action.showReferences',
          arguments: [doc.uri, use.range.start, use.cases],
        });
      });
    }
    return [];
  }

  /** For one protocol file: each rule (by its location) and the cases whose results cite it. */
  private ruleUses(result: RunCasesResult, uri: string): Map<string, RuleUse> {
    const uses = new Map<string, RuleUse>();
    for (const c of result.cases) {
      const seen = new Set<string>();
      for (const s of c.studies) {
        for (const r of s.reasons) {
          if (r.location?.uri !== uri) continue;
          const key = `${r.location.range.start.line}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const use = uses.get(key) ?? { range: this.client.range(r.location.range), rule: r.rule, cases: [] };
          use.range = new vscode.Range(use.range.start, use.range.start);
          use.cases.push(new vscode.Location(vscode.Uri.parse(c.uri), this.client.range(c.range)));
          uses.set(key, use);
        }
      }
    }
    return uses;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

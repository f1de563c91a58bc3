// Cases in VS Code's Test Explorer. The server lists the cases (each with its expected verdicts),
// says when that list changed (reimage/casesChanged) and runs them; this file only arranges
// those items by folder and protocol and puts the server's results on them: pass/fail per
// expected verdict, expected vs actual at the line. Continuous run re-runs, on each save, the
// cases the server says the saved protocol or case affects.
import * as vscode from 'vscode';
import type { ReimageClient } from './client';
import {
  CASE_FILE,
  CASES_CHANGED,
  LIST_CASES,
  REIMAGE_FILE,
  RUN_CASES,
  type CaseItem,
  type ListCasesParams,
  type LspCaseResult,
  type RunCasesParams,
  type RunCasesResult,
} from './methods';
import type { StatusBar } from './status';

export class CaseTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('reimage', vscode.l10n.t('Reimage cases'));
  /** The server's item behind each case and expectation test item (groups have none). */
  private readonly items = new WeakMap<vscode.TestItem, CaseItem>();
  /** Case test items by their server id (`uri#caseId`). */
  private readonly cases = new Map<string, vscode.TestItem>();
  /** Every item made so far by id: a re-listing updates these rather than making new ones. */
  private readonly made = new Map<string, vscode.TestItem>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly saves = new vscode.EventEmitter<vscode.Uri>();
  private readonly ran = new vscode.EventEmitter<void>();
  /** Fires after each run, for views that show results (the report). */
  readonly onDidRun = this.ran.event;
  private discovery: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly profile: vscode.TestRunProfile;

  constructor(
    private readonly client: ReimageClient,
    private readonly status: StatusBar,
  ) {
    this.controller.resolveHandler = async (item) => {
      if (!item) await this.discover();
    };
    this.controller.refreshHandler = () => this.discover();
    this.profile = this.controller.createRunProfile(
      vscode.l10n.t('Run cases'),
      vscode.TestRunProfileKind.Run,
      (request, token) => this.run(request, token),
      true,
      undefined,
      true,
    );
    // The server watches the files; it says when the case list changed (created, deleted or
    // edited case files, a new workspace folder), and then the tree is listed again.
    client.onNotification(CASES_CHANGED, () => this.discoverSoon());
    this.subscriptions.push(
      vscode.workspace.onDidSaveTextDocument((doc) => this.saved(doc)),
      client.onDidStart(() => this.discoverSoon()),
      this.saves,
      this.ran,
    );
  }

  /** Asks the server for the cases and rebuilds the tree; ids are stable, so results stay. */
  discover(): Promise<void> {
    this.discovery ??= this.list().finally(() => (this.discovery = undefined));
    return this.discovery;
  }

  private discoverSoon(): void {
    // Typing or a checkout change the list many times: list the cases once they have settled.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.discover(), 200);
  }

  private async list(): Promise<void> {
    let entries: CaseItem[];
    try {
      // The server answers once it has read the workspace folders: the list is complete.
      entries = await this.client.request<ListCasesParams, CaseItem[]>(LIST_CASES, {});
    } catch (e) {
      this.client.output.appendLine(`Listing the cases failed: ${(e as Error).message}`);
      return;
    }
    const tested = new Set(entries.filter((e) => e.kind === 'case' && e.tested).map((e) => e.id));
    const groups = new Map<string, vscode.TestItem>();
    const roots: vscode.TestItem[] = [];
    const children = new Map<vscode.TestItem, vscode.TestItem[]>();
    const add = (parent: vscode.TestItem | undefined, item: vscode.TestItem) => {
      if (!parent) roots.push(item);
      else children.set(parent, [...(children.get(parent) ?? []), item]);
    };
    /** The folder group and, in it, the protocol group of a case file. */
    const groupOf = (entry: CaseItem): vscode.TestItem => {
      const uri = vscode.Uri.parse(entry.uri);
      const folderUri = vscode.Uri.joinPath(uri, '..');
      const folderId = `folder:${folderUri.toString()}`;
      let folder = groups.get(folderId);
      if (!folder) {
        folder = this.item(
          folderId,
          vscode.workspace.asRelativePath(folderUri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) || folderUri.path,
          folderUri,
        );
        groups.set(folderId, folder);
        add(undefined, folder);
      }
      const protocol = entry.protocol ?? '(no protocol)';
      const protocolId = `protocol:${folderUri.toString()}:${protocol}`;
      let group = groups.get(protocolId);
      if (!group) {
        group = this.item(protocolId, protocol);
        groups.set(protocolId, group);
        add(folder, group);
      }
      return group;
    };
    this.cases.clear();
    for (const entry of entries) {
      if (entry.kind === 'case' ? !tested.has(entry.id) : !entry.parent || !tested.has(entry.parent)) continue;
      const item = this.item(entry.id, entry.label, vscode.Uri.parse(entry.uri));
      item.range = this.client.range(entry.range);
      this.items.set(item, entry);
      if (entry.kind === 'case') {
        this.cases.set(entry.id, item);
        add(groupOf(entry), item);
      } else {
        const parent = this.cases.get(entry.parent!);
        if (parent) add(parent, item);
      }
    }
    for (const [parent, list] of children) parent.children.replace(list);
    for (const item of [...groups.values(), ...this.cases.values()]) if (!children.has(item)) item.children.replace([]);
    this.controller.items.replace(roots);
  }

  /** The test item of an id: the one made before (its results and state stay), or a new one. */
  private item(id: string, label: string, uri?: vscode.Uri): vscode.TestItem {
    const known = this.made.get(id);
    if (known && known.uri?.toString() === uri?.toString()) {
      known.label = label;
      return known;
    }
    const item = this.controller.createTestItem(id, label, uri);
    this.made.set(id, item);
    return item;
  }

  /** The case items a request covers (an expectation stands for its case), minus excluded ones. */
  private selected(request: vscode.TestRunRequest): vscode.TestItem[] {
    const excluded = new Set(request.exclude ?? []);
    const out = new Set<vscode.TestItem>();
    const walk = (item: vscode.TestItem) => {
      if (excluded.has(item)) return;
      const entry = this.items.get(item);
      if (entry?.kind === 'case') out.add(item);
      else if (entry?.kind === 'expectation') {
        const parent = entry.parent ? this.cases.get(entry.parent) : undefined;
        if (parent && !excluded.has(parent)) out.add(parent);
      } else item.children.forEach(walk);
    };
    if (request.include) request.include.forEach(walk);
    else this.controller.items.forEach(walk);
    return [...out];
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    if (!request.continuous) return this.execute(request, token);
    // Continuous run: from now until cancelled, each save re-runs the cases it affects.
    await new Promise<void>((resolve) => {
      const listener = this.saves.event((uri) => void this.execute(request, token, uri));
      token.onCancellationRequested(() => {
        listener.dispose();
        resolve();
      });
    });
  }

  /**
   * Runs the cases of a request. With `saved`, only those the saved file affects, as the server
   * says: the cases of a saved case file; for a saved protocol, the cases whose protocol is it
   * or extends it (the client does not guess).
   */
  private async execute(request: vscode.TestRunRequest, token: vscode.CancellationToken, saved?: vscode.Uri): Promise<void> {
    if (!this.cases.size) await this.discover();
    let selected = this.selected(request);
    if (!selected.length) return;
    /** For a save: the server's run of the affected cases, made before the test run starts. */
    let affected: { result: RunCasesResult; ms: number } | undefined;
    if (saved) {
      const started = Date.now();
      let result: RunCasesResult;
      try {
        result = await this.client.request<RunCasesParams, RunCasesResult>(RUN_CASES, { affectedBy: saved.toString() }, token);
      } catch (e) {
        this.client.output.appendLine(`Running the cases ${vscode.workspace.asRelativePath(saved)} affects failed: ${(e as Error).message}`);
        return;
      }
      affected = { result, ms: Date.now() - started };
      const hit = new Set([...result.cases.map((c) => `${c.uri}#${c.case}`), ...result.notRun.map((n) => (n.case ? `${n.uri}#${n.case}` : n.uri))]);
      selected = selected.filter((item) => hit.has(item.id) || hit.has(this.items.get(item)?.uri ?? ''));
      if (!selected.length || token.isCancellationRequested) return;
    }
    const run = this.controller.createTestRun(new vscode.TestRunRequest(selected, undefined, request.profile, request.continuous), undefined, true);
    const counts = { passed: 0, failed: 0, errored: 0 };
    const done = new Set<vscode.TestItem>();
    const wanted = new Set(selected.map((item) => item.id));
    try {
      for (const item of selected) {
        run.enqueued(item);
        item.children.forEach((child) => run.enqueued(child));
      }
      for (const params of affected ? [null] : this.requestsFor(selected)) {
        if (token.isCancellationRequested) break;
        const started = Date.now();
        const result = params ? await this.client.request<RunCasesParams, RunCasesResult>(RUN_CASES, params, token) : affected!.result;
        const each = (params ? Date.now() - started : affected!.ms) / Math.max(1, result.cases.length);
        for (const c of result.cases) {
          const item = selected.find((i) => i.id === `${c.uri}#${c.case}`);
          if (!item || done.has(item) || !wanted.has(item.id)) continue;
          done.add(item);
          const passed = this.report(run, item, c, each);
          if (passed) counts.passed++;
          else counts.failed++;
        }
        for (const missed of result.notRun) {
          // A case whose id could not be read is matched by its file.
          const items = selected.filter((i) => (missed.case ? i.id === `${missed.uri}#${missed.case}` : this.items.get(i)?.uri === missed.uri));
          for (const item of items) {
            if (done.has(item)) continue;
            done.add(item);
            counts.errored++;
            const message = new vscode.TestMessage(missed.message);
            message.location = new vscode.Location(vscode.Uri.parse(missed.uri), this.client.range(missed.range));
            run.errored(item, message);
          }
        }
      }
      for (const item of selected) {
        if (done.has(item) || token.isCancellationRequested) continue;
        counts.errored++;
        run.errored(item, new vscode.TestMessage(vscode.l10n.t('This case did not run: it or its protocol has errors (see the Problems view).')));
      }
    } catch (e) {
      for (const item of selected) if (!done.has(item)) run.errored(item, new vscode.TestMessage(vscode.l10n.t('The run failed: {0}', (e as Error).message)));
    } finally {
      run.end();
      if (done.size) this.status.setLastRun(counts);
      this.ran.fire();
    }
  }

  /** One request for every case, one per file, or one for a single case. */
  private requestsFor(selected: vscode.TestItem[]): RunCasesParams[] {
    if (selected.length === this.cases.size) return [{}];
    if (selected.length === 1) {
      const entry = this.items.get(selected[0])!;
      return [{ uri: entry.uri, caseId: entry.label }];
    }
    return [...new Set(selected.map((item) => this.items.get(item)!.uri))].map((uri) => ({ uri }));
  }

  /** Puts one case's result on its item and its expectations; returns whether it passed. */
  private report(run: vscode.TestRun, item: vscode.TestItem, c: LspCaseResult, duration: number): boolean {
    const uri = vscode.Uri.parse(c.uri);
    run.started(item);
    const line = (s: LspCaseResult['studies'][number]) => {
      const deciding = s.reasons.filter((r) => r.verdict === s.verdict && !r.advisory).map((r) => r.rule);
      const advisory = s.reasons
        .filter((r) => r.advisory)
        .map((r) => `\r\n    ⓘ ${r.rule}: ${r.message}`)
        .join('');
      const verdict = s.superseded_by ? 'superseded' : s.verdict;
      const planned = s.planned ? `\r\n    → ${s.planned}` : '';
      return `  ${s.id}: ${verdict}${deciding.length && !s.superseded_by ? ` (${deciding.join(', ')})` : ''}${planned}${advisory}`;
    };
    run.appendOutput(
      `${c.expectations.passed === false ? '✘' : '✔'} ${c.case} · ${c.protocol} · on ${c.on}\r\n${c.studies.map(line).join('\r\n')}\r\n`,
      new vscode.Location(uri, this.client.range(c.range)),
      item,
    );
    const failures = c.expectations.failures;
    const messageFor = (f: (typeof failures)[number]) => {
      const message = vscode.TestMessage.diff(f.message, f.expected, f.actual);
      message.location = new vscode.Location(uri, this.client.range(f.range));
      return message;
    };
    item.children.forEach((child) => {
      const entry = this.items.get(child);
      const failure = failures.find((f) => f.study === entry?.study);
      run.started(child);
      if (failure) run.failed(child, messageFor(failure), duration);
      else run.passed(child, duration);
    });
    if (c.expectations.passed === false) {
      run.failed(item, failures.map(messageFor), duration);
      return false;
    }
    run.passed(item, duration);
    return true;
  }

  private saved(doc: vscode.TextDocument): void {
    if (!REIMAGE_FILE.test(doc.uri.path)) return;
    this.saves.fire(doc.uri);
    if (vscode.workspace.getConfiguration('reimage', doc.uri).get<boolean>('run.onSave', false)) {
      void this.execute(new vscode.TestRunRequest(undefined, undefined, this.profile), new vscode.CancellationTokenSource().token, doc.uri);
    }
  }

  /** Runs every case (Reimage: Run All Cases); results show in the Testing view. */
  async runAll(): Promise<void> {
    await this.execute(new vscode.TestRunRequest(undefined, undefined, this.profile), new vscode.CancellationTokenSource().token);
  }

  /** Runs the cases of a file or a folder, or one case of a file. */
  async runUri(uri: vscode.Uri, caseId?: string): Promise<void> {
    if (!this.cases.size) await this.discover();
    const target = uri.toString();
    const folder = target.endsWith('/') ? target : `${target}/`;
    const include = [...this.cases.values()].filter((item) => {
      const entry = this.items.get(item)!;
      return (entry.uri === target || entry.uri.startsWith(folder)) && (!caseId || entry.label === caseId);
    });
    if (include.length) {
      await this.execute(new vscode.TestRunRequest(include, undefined, this.profile), new vscode.CancellationTokenSource().token);
    } else if (REIMAGE_FILE.test(uri.path) && !CASE_FILE.test(uri.path)) {
      // A protocol: the cases it affects (its own and those of protocols that extend it).
      await this.execute(new vscode.TestRunRequest(undefined, undefined, this.profile), new vscode.CancellationTokenSource().token, uri);
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('No case with `expect` here: add `expect` to a case to make it a test.'));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.controller.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

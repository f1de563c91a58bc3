// Runs inside VS Code's extension host (started by test/desktop/run.mjs): the same checks as
// the code-server suite, through the vscode API instead of the screen.
const assert = require('node:assert/strict');
const vscode = require('vscode');

/** Resolves when `check()` returns a truthy value, re-checking on each change event. */
function until(check, events, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const subscriptions = [];
    const done = (value, error) => {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
      error ? reject(error) : resolve(value);
    };
    const timer = setTimeout(() => done(undefined, new Error('timed out')), timeoutMs);
    const test = () =>
      Promise.resolve(check()).then(
        (v) => v && done(v),
        (e) => done(undefined, e),
      );
    for (const event of events) subscriptions.push(event(test));
    test();
  });
}

const checks = {
  async 'the extension activates and the languages are registered'() {
    const ext = vscode.extensions.getExtension('reimage.reimage');
    assert.ok(ext, 'the extension is installed');
    await ext.activate();
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('reimage-protocol') && languages.includes('reimage-case'));
  },
  async 'a broken value gets a diagnostic with a quick fix'() {
    const [uri] = await vscode.workspace.findFiles('broken.case.yaml');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'reimage-case');
    await vscode.window.showTextDocument(doc);
    const diagnostic = await until(() => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'reimage'), [vscode.languages.onDidChangeDiagnostics]);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('5mm'));
    assert.ok(fix, `a quick fix to 5mm among ${actions.map((a) => a.title)}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(doc.getText(), /slice_thickness: 5mm\n/);
    await doc.save();
  },
  async 'completion offers PET-CT after modality:'() {
    const [uri] = await vscode.workspace.findFiles('broken.case.yaml');
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('modality:'));
    const position = new vscode.Position(line, doc.lineAt(line).text.indexOf(':') + 2);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, position);
    assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'PET-CT'));
  },
  async 'Run All Cases and the report view'() {
    await vscode.commands.executeCommand('reimage.runAll');
    const [uri] = await vscode.workspace.findFiles('protocols/cases/national-day-week-redo.case.yaml');
    await vscode.commands.executeCommand('reimage.showReport', uri);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(
      tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Report')),
      'a report tab is open',
    );
  },
};

exports.run = async function run() {
  let failed = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      console.log(`ok - ${name}`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}: ${e && e.stack}`);
    }
  }
  console.log(`${Object.keys(checks).length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} desktop check(s) failed`);
};

// The semantic diff as an HTML page (renderDiffHtml, the editor's compare view): as safe as the
// run report (the same strict CSP, no script, everything escaped), and it says what the diff
// says — each change with its values and direction, links to both versions' lines, the studies
// whose verdict moves and the cases whose expect starts failing.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import core from '../../dist/core.js';

const { diffProtocols, renderDiffHtml, renderDiffMarkdown, renderReportHtml } = core;

const PROTOCOL = `protocol: clinic
title: Clinic
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 5mm }
    otherwise: redo
`;
const CHILD = 'protocol: child\nextends: clinic\nhospital: { sector: private }\n';
const CASE = `case: lung
protocol: clinic
on: 2026-04-10
patient: { context: active-oncology, purpose: oncology }
studies:
  - { id: chest-ct, modality: CT, date: 2026-03-06, slice_thickness: 1mm }
expect:
  chest-ct: review
`;

const files = (map) => Object.entries(map).map(([path, text]) => ({ path, text }));
const BEFORE = files({ 'p/clinic.protocol.yaml': PROTOCOL, 'p/child.protocol.yaml': CHILD, 'c/lung.case.yaml': CASE });
// The window tightens (35 days old: review → redo) and the rule is renamed.
const AFTER_PROTOCOL = PROTOCOL.replace('4w..6w', '2w..4w').replace('id: thin-ct', 'id: thin-slice-ct');
const AFTER = files({ 'p/clinic.protocol.yaml': AFTER_PROTOCOL, 'p/child.protocol.yaml': CHILD, 'c/lung.case.yaml': CASE });
const report = { before: 'HEAD (1a2b3c4)', after: 'working tree', diff: diffProtocols(BEFORE, AFTER) };

/** The visible text of an HTML fragment (tags dropped, entities decoded), spaces collapsed. */
function text(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const links = (html) => [...html.matchAll(/<a href="([^"]*)" data-version="(before|after)"/g)].map((m) => [m[2], m[1].replace(/&amp;/g, '&')]);

describe('a safe standalone page', () => {
  const html = renderDiffHtml(report);

  test('the same strict Content-Security-Policy as the run report, whose hash admits exactly its style', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const runCsp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(renderReportHtml({ cases: [] }))?.[1];
    assert.equal(csp, runCsp);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|script-src/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1);
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(styles[0], 'utf8').digest('base64')}'`));
    assert.doesNotMatch(html, /<script|\son[a-z]+=|\sstyle=/i);
  });

  test('text from the protocols is escaped', () => {
    const evil = files({ 'p/clinic.protocol.yaml': PROTOCOL.replace('title: Clinic', 'title: "<img src=x onerror=alert(1)>"'), 'c/lung.case.yaml': CASE });
    const out = renderDiffHtml({
      before: '<b>v1</b>',
      after: 'now',
      diff: diffProtocols(files({ 'p/clinic.protocol.yaml': PROTOCOL, 'c/lung.case.yaml': CASE }), evil),
    });
    assert.doesNotMatch(out, /<img|<b>v1/);
    assert.match(text(out), /<img src=x onerror=alert\(1\)>/);
    assert.match(text(out), /<b>v1<\/b> → now/);
  });
});

describe('what the page says', () => {
  const html = renderDiffHtml(report, { note: 'Unsaved editors count.' });
  const visible = text(html);

  test('the heading, the one-line summary and the note', () => {
    assert.match(html, /<h1>Reimage diff: HEAD \(1a2b3c4\) → working tree<\/h1>/);
    // The child's inherited changes count too (they are changes of the child as it resolves).
    assert.match(visible, /4 changes in 2 protocols \(2 stricter\) · 1 study changes verdict · 1 case now fails its expect/);
    assert.match(visible, /Unsaved editors count\./);
  });

  test('each change with its old and new value and its direction in words', () => {
    assert.match(
      visible,
      /~ validity active-oncology: window: 4w\.\.6w → 2w\.\.4w ▲ stricter 4w\.\.6w clinic\.protocol\.yaml:5 2w\.\.4w clinic\.protocol\.yaml:5/,
    );
    assert.match(visible, /» rule thin-ct renamed to thin-slice-ct \(same content\) — thin-ct clinic\.protocol\.yaml:7 thin-slice-ct clinic\.protocol\.yaml:7/);
  });

  test('the child shows what it inherits, attributed to the parent', () => {
    assert.match(visible, /Protocol child 2 changes inherited from clinic/);
    assert.match(visible, /\(inherited from clinic ?\)/);
  });

  test('by default only the newer version links (file#Lline); the older one is named, not linked', () => {
    const found = links(html);
    assert.ok(found.length >= 3);
    assert.ok(
      found.every(([version]) => version === 'after'),
      JSON.stringify(found),
    );
    assert.ok(found.some(([, href]) => href === 'p/clinic.protocol.yaml#L5'));
    assert.ok(
      found.some(([, href]) => href === 'c/lung.case.yaml#L6'),
      'the study whose verdict moves',
    );
  });

  test('a link maker links both versions, each to its own line', () => {
    const out = renderDiffHtml(report, { sourceHref: (s, version) => `open:${version}:${s.file}:${s.line}` });
    const found = links(out);
    assert.ok(found.some(([v, href]) => v === 'before' && href === 'open:before:p/clinic.protocol.yaml:5'));
    assert.ok(found.some(([v, href]) => v === 'after' && href === 'open:after:p/clinic.protocol.yaml:5'));
    assert.ok(
      found.some(([v, href]) => v === 'before' && href === 'open:before:p/clinic.protocol.yaml:7'),
      'the old rule id',
    );
  });

  test('the impact: the study whose verdict moves, with both verdicts and the rule that moved it, and the case that now fails', () => {
    assert.match(visible, /1 case file compared, 1 run in both versions/);
    assert.match(visible, /lung chest-ct lung\.case\.yaml:6 \? review → becomes ↻ redo ▲ stricter validity:active-oncology/);
    assert.match(visible, /Cases whose expect now fails lung lung\.case\.yaml:8 : chest-ct: expected review, got redo/);
  });

  test('no change by meaning says so', () => {
    const same = renderDiffHtml({ before: 'HEAD', after: 'working tree', diff: diffProtocols(BEFORE, BEFORE) });
    assert.match(text(same), /No protocol changes by meaning .* No study changes verdict\./);
  });

  test("the Markdown export is the CLI's pull-request comment", () => {
    const md = renderDiffMarkdown(report);
    assert.match(md, /^<!-- reimage-diff -->\n## Reimage diff: HEAD \(1a2b3c4\) → working tree/);
    assert.match(md, /\| lung \| chest-ct \| review → \*\*redo\*\* \|/);
  });
});

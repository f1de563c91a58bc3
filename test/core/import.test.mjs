// DICOM import's pure half on DICOM JSON written here: what a hostile or odd DICOMweb answer
// does (nothing thrown, nothing invented), dates that are not dates, and the writer's comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import core from '../../dist/core.js';

const { draftCase, writeDraftCase, dicomDate } = core.dicomImport;
const HEADER = { case: 'x', on: '2026-04-10', from: 'test' };
const mr = (extra = {}) => ({
  source: 'test',
  dataset: {
    '00080060': { vr: 'CS', Value: ['MR'] },
    '0020000D': { vr: 'UI', Value: ['1.2.3'] },
    '0020000E': { vr: 'UI', Value: ['1.2.3.1'] },
    '00080020': { vr: 'DA', Value: ['20260330'] },
    ...extra,
  },
});

test('odd DICOM JSON shapes (a Value that is not a list, null elements, null items) are read as absent, never thrown on', () => {
  const odd = [
    mr({ '00180050': { vr: 'DS', Value: 5 } }),
    mr({ '00180087': null, '0008103E': { vr: 'LO', Value: [null, { nested: true }] } }),
    mr({ 52009229: { vr: 'SQ', Value: [null, 7, { '00289110': null }] }, 52009230: { vr: 'SQ', Value: 'x' } }),
    { source: 'empty', dataset: {} },
  ];
  const draft = draftCase(odd);
  assert.equal(draft.studies.length, 1);
  const s = draft.studies[0].series[0];
  assert.equal(s.slice_thickness, undefined);
  assert.equal(s.description, undefined);
  assert.match(draft.notes.map((n) => n.message).join('\n'), /skipped: no \(0020,000D\) Study Instance UID/);
});

test('a date that is not a calendar date is not a date', () => {
  assert.equal(dicomDate('20260330'), '2026-03-30');
  assert.equal(dicomDate('2026.03.30'), '2026-03-30');
  for (const bad of ['20260230', '20261301', '2026033', '', undefined]) assert.equal(dicomDate(bad), undefined, String(bad));
  const draft = draftCase([mr({ '00080020': { vr: 'DA', Value: ['20260230'] } })]);
  assert.equal(draft.studies[0].date, undefined);
});

test('the written case quotes what YAML would misread and puts each source in a comment', () => {
  const draft = draftCase([mr({ '0008103E': { vr: 'LO', Value: ['T2 #1: yes'] }, '00180050': { vr: 'DS', Value: [3] } })]);
  const text = writeDraftCase(draft, HEADER);
  const doc = parse(text);
  assert.equal(doc.studies[0].series[0].description, 'T2 #1: yes');
  assert.match(text, /slice_thickness: 3mm # \(0018,0050\) Slice Thickness\n/);
  assert.match(text, /^# Fill in `protocol:`/m);
});

test('region from descriptions: one region word names it, brain beside head is brain, several name none', () => {
  const regionOf = (study) => draftCase([mr({ '00081030': { vr: 'LO', Value: [study] } })]).studies[0].region?.value;
  assert.equal(regionOf('MR Head'), 'head');
  assert.equal(regionOf('MR head/brain routine'), 'brain');
  assert.equal(regionOf('胸部 平扫'), 'chest');
  assert.equal(regionOf('MR 前列腺'), 'prostate');
  assert.equal(regionOf('CT chest abdomen'), undefined);
  assert.equal(regionOf('routine'), undefined);
});

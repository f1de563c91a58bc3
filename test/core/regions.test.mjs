// The region hierarchy: the shipped default, a profile's additions, who covers whom (through
// any number of steps, never the other way), and a cycle found from any of its regions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

test('the default hierarchy: a region covers itself and its parts at any depth, never its container', () => {
  const tree = new core.RegionTree();
  assert.equal(tree.covers('abdomen', 'abdomen'), true);
  assert.equal(tree.covers('abdomen', 'liver'), true);
  assert.equal(tree.covers('whole-body', 'prostate'), true, 'whole-body ⊃ pelvis ⊃ prostate');
  assert.equal(tree.covers('chest-abdomen-pelvis', 'lung'), true);
  assert.equal(tree.covers('head', 'brain'), true);
  assert.equal(tree.covers('liver', 'abdomen'), false);
  assert.equal(tree.covers('chest', 'liver'), false);
  assert.equal(tree.covers('knee', 'knee'), true, 'a word outside the hierarchy covers only itself');
  assert.equal(tree.covers('knee', 'hip'), false);
  assert.deepEqual(
    ['abdomen', 'pelvis', 'head', 'chest', 'whole-body', 'liver', 'prostate', 'brain', 'lung', 'heart', 'knee'].filter((w) => !tree.words().includes(w)),
    [],
  );
  assert.equal(tree.words().includes('adrenal'), false);
  assert.equal(tree.cycleThrough('abdomen'), null);
});

test('a profile adds parts under a region; its cycle is found from each region on it', () => {
  const added = new core.RegionTree([
    ['abdomen', ['adrenal']],
    ['adrenal', ['adrenal-cortex']],
  ]);
  assert.equal(added.covers('abdomen', 'adrenal-cortex'), true);
  assert.equal(added.covers('abdomen', 'liver'), true, 'an addition keeps the default parts');
  assert.equal(added.words().includes('adrenal-cortex'), true);
  const circle = new core.RegionTree([
    ['liver', ['segment-8']],
    ['segment-8', ['abdomen']],
  ]);
  assert.deepEqual(circle.cycleThrough('liver'), ['liver', 'segment-8', 'abdomen', 'liver']);
  assert.deepEqual(circle.cycleThrough('abdomen'), ['abdomen', 'liver', 'segment-8', 'abdomen']);
  assert.equal(circle.cycleThrough('head'), null);
  assert.equal(circle.covers('liver', 'liver'), true);
  assert.equal(circle.covers('segment-8', 'pancreas'), true, 'a cycle does not stop the walk short, nor hang it');
});

// docs/language.md's table of the default hierarchy, written out by hand: region → its parts.
const DOCUMENTED = {
  'whole-body': ['head', 'neck', 'chest', 'abdomen', 'pelvis', 'spine', 'upper-limb', 'lower-limb'],
  'chest-abdomen-pelvis': ['chest', 'abdomen', 'pelvis'],
  'abdomen-pelvis': ['abdomen', 'pelvis'],
  head: ['brain'],
  neck: ['thyroid'],
  chest: ['lung', 'heart', 'breast'],
  abdomen: ['liver', 'biliary', 'pancreas', 'kidney', 'spleen'],
  pelvis: ['prostate', 'uterus', 'bladder'],
  'lower-limb': ['hip', 'knee', 'ankle'],
  'upper-limb': ['shoulder', 'elbow', 'wrist'],
};

test('the default hierarchy is the one docs/language.md documents, region by region', () => {
  const tree = new core.RegionTree();
  for (const [region, parts] of Object.entries(DOCUMENTED)) {
    for (const part of parts) assert.equal(tree.covers(region, part), true, `${region} ⊃ ${part}`);
  }
  const words = new Set(Object.entries(DOCUMENTED).flatMap(([r, parts]) => [r, ...parts]));
  assert.deepEqual(tree.words().sort(), [...words].sort(), 'no other word');
});

test('a cycle is found through any part, and a cycle elsewhere neither hangs the search nor counts', () => {
  const second = new core.RegionTree([
    ['a', ['b', 'c']],
    ['c', ['a']],
  ]);
  assert.deepEqual(second.cycleThrough('a'), ['a', 'c', 'a'], 'the cycle goes through the second part');
  const elsewhere = new core.RegionTree([
    ['z', ['x']],
    ['x', ['y']],
    ['y', ['x']],
  ]);
  assert.equal(elsewhere.cycleThrough('z'), null, 'x and y go round, z is not on their circle');
  assert.deepEqual(elsewhere.cycleThrough('x'), ['x', 'y', 'x']);
});

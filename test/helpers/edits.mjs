// Editing a fixture text the way the diff tests do: each `[from, to]` replaced where `from`
// occurs exactly once, so a fixture that changes under a test fails loudly instead of editing
// the wrong place.
import assert from 'node:assert/strict';

/** `text` with each `[from, to]` of `pairs` replaced; each `from` must occur exactly once. */
export function replacedOnce(text, pairs) {
  return pairs.reduce((t, [from, to]) => {
    assert.equal(t.split(from).length, 2, `expected one '${from}'`);
    return t.replace(from, to);
  }, text);
}

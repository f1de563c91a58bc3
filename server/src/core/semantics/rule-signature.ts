// What a rule means, without where it is: two versions of a rule with the same signature read the
// same (they differ at most in position). The project host compares the hard rules of a protocol
// before and after an edit by it; a rule only moved by an edit elsewhere keeps its signature
// instead of writing itself out again (a 10,000-rule profile moves thousands of rules per edit).
import type { Rule } from '../model';

const signatures = new WeakMap<Rule, string>();

/** Position-free JSON of a rule: ranges left out, `missing` written as its entries. */
export function ruleSignature(rule: Rule): string {
  let signature = signatures.get(rule);
  if (signature === undefined) {
    signature = JSON.stringify(rule, (key, value: unknown) => {
      if (key === 'range' || key === 'idRange' || key === 'keyRange' || key === 'disabledRange') return undefined;
      return value instanceof Map ? [...(value as Map<unknown, unknown>)] : value;
    });
    signatures.set(rule, signature);
  }
  return signature;
}

/** `moved` is `rule` at another place: it reads the same. */
export function carrySignature(rule: Rule, moved: Rule): void {
  const signature = signatures.get(rule);
  if (signature !== undefined) signatures.set(moved, signature);
}

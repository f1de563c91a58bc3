// The semantic diff's public part: diff two versions of a set of protocols (with the impact on
// cases), and the normalized one-protocol view used by `git diff` through textconv.
export { diffProtocols, linkVersions, ruleSummary, type DiffInput, type DiffOptions } from './diff-protocols';
export { normalizeProtocol, normalizeProtocolText, type NormalizeOptions } from './normalize-protocol';
export type { Direction } from './fields';
export type { ChangeKind, ExpectationChange, ExpectationState, Impact, ProtocolChange, ProtocolDiff, VerdictChange } from './types';

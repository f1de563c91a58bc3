// Markdown for things of the model, shared by completion docs and hovers: a protocol (title,
// file, parent), a rule's effective values after `extends`, a validity window.
import type { Protocol, Rule, ValidityWindow } from '../model';
import type { Project } from '../project';
import { describeWindow } from './describe-value';

export function describeProtocol(p: Protocol): string {
  const lines = [`**protocol \`${p.id}\`**${p.title ? ` — ${p.title}` : ''}`, '', `in \`${p.file}\``];
  if (p.extends) lines.push(`extends \`${p.extends.value}\``);
  const parts = [`${p.rules.length} rule${p.rules.length === 1 ? '' : 's'}`, `${p.validity.size} clinical context${p.validity.size === 1 ? '' : 's'}`];
  if (p.sector) parts.push(p.sector);
  if (p.currency) parts.push(p.currency);
  lines.push(parts.join(' · '));
  return lines.join('\n');
}

export function describeValidity(w: ValidityWindow): string {
  const lines = [`**\`${w.context}\`**: window \`${w.text}\`, beyond **${w.beyond}**`, '', `${describeWindow(w.text, w.beyond) ?? ''}`];
  if (w.because) lines.push('', w.because);
  return lines.join('\n');
}

function values(list: Array<string | boolean>): string {
  return list.map((v) => `\`${String(v)}\``).join(' or ');
}

/** The lines that say what a rule does: conditions, outcome, flags. */
export function ruleFacts(rule: Rule): string[] {
  const out: string[] = [];
  const when = Object.entries(rule.when).map(([k, v]) => `${k} ${values(v ?? [])}`);
  out.push(`- when: ${when.length ? when.join(', ') : 'every study'}`);
  if (rule.verdict) out.push(`- verdict: **${rule.verdict}**`);
  if (rule.require) {
    const req = Object.entries(rule.require)
      .filter(([, v]) => v)
      .map(([k, v]) => {
        const value = (v as { value: unknown }).value;
        if (Array.isArray(value)) return `${k} [${value.join(', ')}]`;
        return `${k} ${(value as { text?: string }).text ?? String(value)}`;
      });
    out.push(`- require: ${req.join(', ') || '—'}; otherwise **${rule.otherwise ?? '?'}** (not stated: ${rule.if_unknown})`);
  }
  if (rule.order) {
    out.push(
      `- order: ${rule.order.modality}${rule.order.region ? ` ${rule.order.region}` : ''}${rule.order.contrast ? ' with contrast' : ''}${rule.order.reason ? ` — ${rule.order.reason}` : ''}`,
    );
  }
  if (rule.hard) out.push('- **hard**: no protocol that extends this one may weaken it');
  if (rule.expedite) out.push('- expedite: redos it causes use the expedited report time');
  if (rule.disabled) out.push('- disabled');
  if (rule.because) out.push('', rule.because);
  return out;
}

/** The rule of this id in a protocol's chain of parents, nearest first (excluding the protocol itself). */
function ancestorsWithRule(project: Project, protocol: Protocol, id: string): Protocol[] {
  const out: Protocol[] = [];
  const seen = new Set<string>([protocol.id]);
  for (let parentId = protocol.extends?.value; parentId && !seen.has(parentId);) {
    seen.add(parentId);
    const parent = project.protocols.get(parentId);
    if (!parent) break;
    if (parent.rules.some((r) => r.id === id)) out.push(parent);
    parentId = parent.extends?.value;
  }
  return out;
}

/**
 * The effective rule `id` of protocol `protocolId` after `extends`: which protocol wrote it,
 * whether it overrides or is inherited, and who overrides it further down.
 */
export function describeEffectiveRule(project: Project, protocolId: string, id: string, written?: Rule): string | null {
  const protocol = project.protocols.get(protocolId);
  const effective = protocol?.rules.find((r) => r.id === id);
  const lines: string[] = [];
  if (!protocol) {
    if (!written) return null;
    lines.push(`**rule \`${id}\`**${written.title ? ` — ${written.title}` : ''}`, '', ...ruleFacts(written));
    return lines.join('\n');
  }
  const shown = effective ?? written;
  if (!shown) return null;
  lines.push(`**rule \`${id}\`**${shown.title ? ` — ${shown.title}` : ''}`, '');
  const parents = ancestorsWithRule(project, protocol, id);
  if (!effective) {
    lines.push(written?.disabled ? `**disabled** in \`${protocolId}\`: the parent's rule is switched off here.` : `not in effect in \`${protocolId}\`.`);
  } else if (effective.protocol === protocolId) {
    lines.push(
      parents.length
        ? `defined in \`${protocolId}\`, **overrides** the rule of \`${parents[0].id}\` (${parents[0].file})`
        : `defined in \`${protocolId}\` (${effective.file})`,
    );
  } else {
    lines.push(`**inherited** from \`${effective.protocol}\` (${effective.file})${written ? '; the version written here is not in effect' : ''}`);
  }
  lines.push('', ...ruleFacts(shown));
  const children = [...project.protocols.values()].filter((p) => p.extends?.value === protocolId && p.rules.some((r) => r.id === id && r.protocol === p.id));
  if (children.length) lines.push('', `overridden in ${children.map((c) => `\`${c.id}\``).join(', ')}`);
  return lines.join('\n');
}

// Markdown for things of the model, shared by completion docs and hovers: a protocol (title,
// file, parent), a rule's effective values after `extends`, a validity window. Said in the reader's
// language (`say`); the profile's own words (titles, reasons) as the profile writes them.
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import type { Protocol, Rule, ValidityWindow } from '../model';
import type { Project } from '../project';
import { describeWindow, verdictWordIn } from './describe-value';

const ENGLISH = catalogueFor('en');

export function describeProtocol(p: Protocol, say: Catalogue = ENGLISH): string {
  const lines = [say.t('model.protocol', { id: p.id }) + (p.title ? ` — ${p.title}` : ''), '', say.t('model.in-file', { file: p.file })];
  if (p.extends) lines.push(say.t('model.extends', { parent: p.extends.value }));
  const parts = [say.t('model.rule-count', { count: p.rules.length }), say.t('model.context-count', { count: p.validity.size })];
  if (p.sector) parts.push(say.t(p.sector === 'private' ? 'model.sector-private' : 'model.sector-public'));
  if (p.currency) parts.push(p.currency);
  lines.push(parts.join(' · '));
  return lines.join('\n');
}

export function describeValidity(w: ValidityWindow, say: Catalogue = ENGLISH): string {
  const lines = [
    say.t('model.validity', { context: w.context, window: w.text, beyond: verdictWordIn(w.beyond, say) }),
    '',
    `${describeWindow(w.text, w.beyond, say) ?? ''}`,
  ];
  if (w.because) lines.push('', w.because);
  return lines.join('\n');
}

function values(list: Array<string | boolean>, say: Catalogue): string {
  return list.map((v) => `\`${String(v)}\``).join(say.t('model.or'));
}

/** The lines that say what a rule does: conditions, outcome, flags. */
export function ruleFacts(rule: Rule, say: Catalogue = ENGLISH): string[] {
  const out: string[] = [];
  const when = Object.entries(rule.when).map(([k, v]) => `${k} ${values(v ?? [], say)}`);
  out.push(say.t('model.when', { conditions: when.length ? when.join(say.t('list.separator')) : say.t('model.every-study') }));
  if (rule.verdict) out.push(say.t('model.verdict', { verdict: verdictWordIn(rule.verdict, say) }));
  if (rule.require) {
    const req = Object.entries(rule.require)
      .filter(([, v]) => v)
      .map(([k, v]) => {
        const value = (v as { value: unknown }).value;
        if (Array.isArray(value)) return `${k} [${value.join(', ')}]`;
        return `${k} ${(value as { text?: string }).text ?? String(value)}`;
      });
    out.push(
      say.t('model.require', {
        requirements: req.join(say.t('list.separator')) || '—',
        otherwise: verdictWordIn(rule.otherwise ?? '?', say),
        unknown: verdictWordIn(rule.if_unknown, say),
      }),
    );
  }
  if (rule.order) {
    out.push(
      say.t('model.order', {
        what: `${rule.order.modality}${rule.order.region ? ` ${rule.order.region}` : ''}`,
        contrast: rule.order.contrast ? say.t('model.with-contrast') : '',
        reason: rule.order.reason ? ` — ${rule.order.reason}` : '',
      }),
    );
  }
  if (rule.hard) out.push(say.t('model.hard'));
  if (rule.expedite) out.push(say.t('model.expedite'));
  if (rule.disabled) out.push(say.t('model.disabled'));
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
export function describeEffectiveRule(project: Project, protocolId: string, id: string, written?: Rule, say: Catalogue = ENGLISH): string | null {
  const protocol = project.protocols.get(protocolId);
  const effective = protocol?.rules.find((r) => r.id === id);
  const lines: string[] = [];
  if (!protocol) {
    if (!written) return null;
    lines.push(say.t('model.rule', { id }) + (written.title ? ` — ${written.title}` : ''), '', ...ruleFacts(written, say));
    return lines.join('\n');
  }
  const shown = effective ?? written;
  if (!shown) return null;
  lines.push(say.t('model.rule', { id }) + (shown.title ? ` — ${shown.title}` : ''), '');
  const parents = ancestorsWithRule(project, protocol, id);
  if (!effective || (effective.disabled && effective.protocol === protocolId)) {
    // Not in effect here: switched off (a parent's rule, or nothing, `nothing-to-disable`), or not written so.
    const off = (effective ?? written)?.disabled;
    lines.push(say.t(!off ? 'model.rule-not-in-effect' : parents.length ? 'model.rule-disabled' : 'model.rule-disables-nothing', { protocol: protocolId }));
  } else if (effective.protocol === protocolId) {
    lines.push(
      parents.length
        ? say.t('model.rule-overrides', { protocol: protocolId, parent: parents[0].id, file: parents[0].file })
        : say.t('model.rule-defined', { protocol: protocolId, file: effective.file }),
    );
  } else {
    lines.push(say.t(written ? 'model.rule-inherited-not-here' : 'model.rule-inherited', { protocol: effective.protocol, file: effective.file }));
  }
  lines.push('', ...ruleFacts(shown, say));
  const children = [...project.protocols.values()].filter((p) => p.extends?.value === protocolId && p.rules.some((r) => r.id === id && r.protocol === p.id));
  if (children.length) lines.push('', say.t('model.overridden-in', { children: children.map((c) => `\`${c.id}\``) }));
  return lines.join('\n');
}

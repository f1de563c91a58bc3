// Hover in a protocol or case file: a key's schema doc, an enum value and the allowed values, a
// unit value in plain words, a rule's effective values after `extends`, a study's verdict, a
// protocol or context reference. Reads what Project holds; only a study hover evaluates (one case).
// Everything is said in the reader's language (`say`), the schema's texts included.
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { runCases, runnable, type AnalyzedFile, type Project } from '../project';
import { planText, studyPlan, studyVerdictWord, supersededText } from '../report/wording';
import type { FileKind } from '../schema/validate-schema';
import { describeEffectiveRule, describeProtocol, describeValidity } from './describe-model';
import { describeValue, isDescribedDef } from './describe-value';
import { schemaIndex, where, type PathStep, type SchemaIndex } from './schema-index';
import { caseProtocolOf, kindOfText, protocolIdOf } from './workspace-words';
import { cursorContext, type CursorContext } from './yaml-cursor';

export interface HoverInfo {
  markdown: string;
  range: { start: number; end: number };
}

const VERDICT_WORDS = ['accept', 'review', 'supplement', 'redo', 'superseded'] as const;

function unquote(token: string): string {
  const t = token.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

class Hoverer {
  readonly index: SchemaIndex;

  constructor(
    readonly project: Project,
    readonly file: AnalyzedFile,
    readonly kind: FileKind,
    readonly ctx: CursorContext,
    readonly say: Catalogue,
  ) {
    this.index = schemaIndex(kind, say);
  }

  /** A verdict word of the language (`redo`, `superseded`) in the reader's language; a word it does not know, as written. */
  private verdictWord(word: string): string {
    return (VERDICT_WORDS as readonly string[]).includes(word) ? this.say.t(`verdict.${word as (typeof VERDICT_WORDS)[number]}`) : word;
  }

  key(): string | null {
    const ctx = this.ctx;
    const name = unquote(ctx.token);
    const at = where(ctx.path);
    if (this.kind === 'case' && at === 'expect' && name !== 'orders') return this.study(name);
    const schemas = this.index.at([...ctx.path, name]);
    if (!schemas.length) return null;
    const detail = this.index.detail(schemas);
    const lines = [`**${name}**${detail ? ` — ${detail}` : ''}`];
    const doc = this.index.doc(schemas);
    if (doc) lines.push('', doc);
    const series = this.series(ctx.path);
    if (series) lines.push('', '---', '', series);
    if (this.kind === 'protocol' && at === 'validity') {
      const w = this.ownProtocol()?.validity.get(name);
      if (w) lines.push('', '---', '', describeValidity(w, this.say));
    }
    return lines.join('\n');
  }

  value(): string | null {
    const ctx = this.ctx;
    const valuePath = ctx.role === 'value' ? [...ctx.path, ctx.key ?? ''] : [...ctx.path, ctx.index];
    const value = unquote(ctx.token);
    const at = where(valuePath);
    const reference = this.reference(at, value);
    if (reference !== undefined) return reference;

    const schemas = this.index.at(valuePath);
    if (!schemas.length) return null;
    const keyDoc = this.index.doc(schemas);
    const enumValues = this.index.values(schemas).filter((v) => v.source !== 'example');
    const chosen = enumValues.find((v) => String(v.value) === value);
    if (chosen && chosen.source === 'enum') {
      const title = chosen.title ? ` — ${chosen.title.replace(/^(a|an) /, '')}` : '';
      const lines = [`**${value}**${title}`];
      if (chosen.doc) lines.push('', chosen.doc);
      lines.push('', this.say.t('hover.allowed-values', { values: enumValues.map((v) => `\`${String(v.value)}\``) }));
      return lines.join('\n');
    }
    const series = this.series(valuePath.slice(0, 4));
    for (const def of this.index.defNames(schemas)) {
      if (!isDescribedDef(def)) continue;
      const words = describeValue(def, value, this.facts(valuePath), this.say);
      if (words)
        return [this.say.t('hover.value-words', { value, words }), ...(series ? ['', '---', '', series] : []), ...(keyDoc ? ['', '---', '', keyDoc] : [])].join(
          '\n',
        );
    }
    return series ? [keyDoc ?? '', '---', series].filter(Boolean).join('\n\n') : (keyDoc ?? null);
  }

  /** Hover for values that name something of the project; `undefined` when the value is no reference. */
  private reference(at: string, value: string): string | null | undefined {
    if (this.kind === 'protocol') {
      if (at === 'extends') return this.protocol(value);
      if (at === 'protocol') {
        const p = this.project.protocols.get(value);
        if (!p) return undefined;
        const children = [...this.project.protocols.values()].filter((c) => c.extends?.value === value).map((c) => `\`${c.id}\``);
        return describeProtocol(p, this.say) + (children.length ? `\n\n${this.say.t('hover.extended-by', { children })}` : '');
      }
      if (at === 'rules/#/id') {
        const own = protocolIdOf(this.file);
        const written = this.file.protocol?.rules.find((r) => r.id === value);
        return own ? describeEffectiveRule(this.project, own, value, written, this.say) : null;
      }
      if (at === 'rules/#/when/context' || at === 'rules/#/when/context/#') {
        const w = this.ownProtocol()?.validity.get(value);
        return w ? describeValidity(w, this.say) : undefined;
      }
      return undefined;
    }
    if (at === 'protocol') return this.protocol(value);
    if (at === 'studies/#/id') return this.study(value);
    if (at === 'patient/context') {
      const id = caseProtocolOf(this.file);
      const p = id ? this.project.protocols.get(id) : undefined;
      const w = p?.validity.get(value);
      if (w) return `${describeValidity(w, this.say)}\n\n${this.say.t('hover.context-from', { protocol: p!.id })}`;
      return p ? this.say.t('hover.not-a-context', { value, protocol: p.id, contexts: [...p.validity.keys()].map((c) => `\`${c}\``) }) : undefined;
    }
    return undefined;
  }

  private ownProtocol() {
    const id = protocolIdOf(this.file);
    return (id ? this.project.protocols.get(id) : undefined) ?? this.file.protocol ?? undefined;
  }

  private protocol(id: string): string {
    const p = this.project.protocols.get(id);
    if (!p) return this.say.t('hover.no-protocol', { id });
    return describeProtocol(p, this.say);
  }

  /** Facts a unit value's words need: the `beyond` beside a window, the protocol's currency. */
  private facts(valuePath: PathStep[]): { beyond?: string; currency?: string } {
    const out: { beyond?: string; currency?: string } = {};
    if (this.kind !== 'protocol') return out;
    const p = this.ownProtocol();
    if (p?.currency) out.currency = p.currency;
    if (valuePath.length === 3 && valuePath[0] === 'validity' && valuePath[2] === 'window') {
      const context = String(valuePath[1]);
      const beyond = this.file.protocol?.validity.get(context)?.beyond ?? plainBeyond(this.file, context);
      if (beyond) out.beyond = beyond;
    }
    return out;
  }

  /**
   * For a place inside `studies[i].series[j]` of a case that runs: the series in words and the
   * rules it met or failed (from the case's run); null elsewhere.
   */
  private series(path: readonly PathStep[]): string | null {
    const [studies, i, series, j] = path;
    if (this.kind !== 'case' || studies !== 'studies' || series !== 'series' || typeof i !== 'number' || typeof j !== 'number') return null;
    const id = (this.file.parsed.value as { studies?: Array<{ id?: unknown }> } | null)?.studies?.[i]?.id;
    if (typeof id !== 'string' || !runnable(this.project, this.file)) return null;
    const study = runCases(this.project, [this.file.path], this.say).cases[0]?.studies.find((s) => s.id === id);
    const index = j + 1;
    const line = study?.series?.find((s) => s.index === index);
    if (!study || !line) return null;
    const lines = [this.say.t('hover.series-of-study', { series: line.label, study: study.id, verdict: this.verdictWord(study.verdict) })];
    for (const r of study.reasons) {
      if (!r.series) continue;
      const mark = r.series.failed.includes(index)
        ? r.advisory
          ? this.say.t('hover.series-not-preferred')
          : this.say.t('hover.series-fails', { verdict: this.verdictWord(r.verdict) })
        : r.series.met.includes(index)
          ? this.say.t('hover.series-meets')
          : null;
      if (mark) lines.push(`- ${mark} \`${r.rule}\``);
    }
    return lines.join('\n');
  }

  private study(id: string): string | null {
    const c = this.file.case;
    if (!c) return null;
    const written = c.studies.find((s) => s.id === id);
    if (!written) return this.say.t('hover.no-study', { id });
    const what = `${written.modality}${written.regions.length ? ` ${written.regions.join(', ')}` : ''}`;
    if (!runnable(this.project, this.file)) return this.say.t('hover.study-not-runnable', { id, what, date: formatDateIn(written.date, this.say) });
    const result = runCases(this.project, [this.file.path], this.say).cases[0];
    const study = result?.studies.find((s) => s.id === id);
    if (!study) return null;
    const lines = [
      this.say.t('hover.study', {
        id,
        verdict: studyVerdictWord(study, this.say),
        what,
        date: formatDateIn(written.date, this.say),
        protocol: result.protocol,
        on: formatDateIn(result.on, this.say),
      }),
      '',
    ];
    for (const r of study.reasons) lines.push(`- ${this.verdictWord(r.verdict)} — ${r.rule ? `\`${r.rule}\`: ` : ''}${r.message}`);
    const plan = studyPlan(study);
    if (study.superseded_by) lines.push('', supersededText(study, this.say));
    else if (plan) lines.push('', this.say.t(study.redo ? 'hover.redo-plan' : 'hover.supplement-plan', { plan: planText(plan, this.say) }));
    // `expect` is written in the language's words (`redo`, `superseded`), whatever the reader's language.
    const expected = c.expect?.verdicts.get(id)?.value;
    const actual = studyVerdictWord(study);
    if (expected) {
      const verdicts = { expected: this.verdictWord(expected), actual: this.verdictWord(actual) };
      lines.push('', this.say.t(expected === actual ? 'hover.expected-met' : 'hover.expected-not-met', verdicts));
    }
    return lines.join('\n');
  }
}

/** The `beyond` written beside a window, from the plain data of a file whose model did not build. */
function plainBeyond(file: AnalyzedFile, context: string): string | undefined {
  const v = file.parsed.value as { validity?: Record<string, { beyond?: unknown }> } | null;
  const beyond = v && typeof v === 'object' ? v.validity?.[context]?.beyond : undefined;
  return typeof beyond === 'string' ? beyond : undefined;
}

/** Hover at `offset` in the project file `path`, or null when there is nothing to say. */
export function hoverAt(project: Project, path: string, offset: number, say: Catalogue = catalogueFor(DEFAULT_LOCALE)): HoverInfo | null {
  const file = project.files.get(path);
  if (!file) return null;
  const text = file.parsed.text;
  const ctx = cursorContext(text, offset, file.parsed.doc);
  if (!ctx || !ctx.token.trim()) return null;
  const kind = file.kind ?? kindOfText(text);
  if (!kind) return null;
  const h = new Hoverer(project, file, kind, ctx, say);
  const markdown = ctx.role === 'key' ? h.key() : h.value();
  return markdown ? { markdown, range: { start: ctx.start, end: ctx.end } } : null;
}

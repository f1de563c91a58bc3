// A parsed case file → the typed `Case` model: dates checked against the calendar, units
// parsed, study ids unique. Checks that need the protocol live in check-case.ts.
import type { Node } from 'yaml';
import { error, relatedOf } from '../diagnostics';
import { message } from '../i18n/catalogue';
import { VERDICTS, type Case, type ExpectedOrder, type ExpectedStudy, type Located, type Series, type Study } from '../model';
import { NodeReader } from '../parse/node-reader';
import type { ParsedYaml } from '../parse/parse-yaml';
import { parseDate } from '../units/calendar';
import { parseBValue, parseFieldStrength, parseLength, parseSpan, parseTime, type Span } from '../units/units';
import type { Path } from '../parse/node-reader';
import type { BuiltFile } from './build-protocol';

export function buildCase(parsed: ParsedYaml, file: string): BuiltFile<Case> {
  const r = new NodeReader(file);
  const root = parsed.doc?.contents as Node | null | undefined;
  const idNode = r.get(root, 'case');
  const id = r.string(idNode);
  const protocolNode = r.get(root, 'protocol');
  const protocolId = r.string(protocolNode);
  const on = r.unit(r.get(root, 'on'), ['on'], parseDate);
  const patientNode = r.get(root, 'patient');
  const contextNode = r.get(patientNode, 'context');
  const studies = readStudies(r, r.get(root, 'studies'));
  if (!root || id === undefined || protocolId === undefined || on === undefined) {
    return { model: null, diagnostics: r.diagnostics, claimed: r.claimed };
  }
  const model: Case = {
    id,
    protocol: { value: protocolId, range: r.range(protocolNode), file },
    on,
    patient: {
      context: r.string(contextNode) ?? '',
      indications: r.stringList(r.get(patientNode, 'indications')),
      purposes: r.stringList(r.get(patientNode, 'purpose')),
      condition_changed: r.boolean(r.get(patientNode, 'condition_changed')) ?? false,
      symptoms: r.stringList(r.get(patientNode, 'symptoms')),
      urgent: r.boolean(r.get(patientNode, 'urgent')) ?? false,
    },
    contextRange: r.range(contextNode, r.range(patientNode)),
    studies,
    expect: readExpect(r, r.get(root, 'expect'), file),
    file,
    idRange: r.range(idNode),
  };
  return { model, diagnostics: r.diagnostics, claimed: r.claimed };
}

function readStudies(r: NodeReader, node: Node | null): Study[] {
  const out: Study[] = [];
  const seen = new Map<string, Study>();
  r.items(node).forEach((item, i) => {
    const path = ['studies', i];
    const idNode = r.get(item, 'id');
    const id = r.string(idNode);
    const modality = r.string(r.get(item, 'modality'));
    const date = r.unit(r.get(item, 'date'), [...path, 'date'], parseDate);
    const slice = r.unit(r.get(item, 'slice_thickness'), [...path, 'slice_thickness'], parseLength);
    const field = r.unit(r.get(item, 'field_strength'), [...path, 'field_strength'], parseFieldStrength);
    if (id === undefined || modality === undefined || date === undefined) return;
    const sequencesNode = r.get(item, 'sequences');
    const phasesNode = r.get(item, 'phases');
    const seriesNode = r.get(item, 'series');
    const series = seriesNode ? readSeries(r, seriesNode, [...path, 'series']) : undefined;
    // Unstated (undefined) when neither the study nor any series names one: unknown, not none.
    const union = (own: string[] | undefined, key: 'sequence' | 'phase') => {
      const named = (series ?? []).map((s) => s[key]).filter((w): w is string => w !== undefined);
      return own || named.length ? [...new Set([...(own ?? []), ...named])] : undefined;
    };
    const sequences = union(sequencesNode ? r.stringList(sequencesNode) : undefined, 'sequence');
    const phases = union(phasesNode ? r.stringList(phasesNode) : undefined, 'phase');
    const study: Study = {
      id,
      modality,
      regions: r.stringList(r.get(item, 'region')),
      date,
      ...(slice ? { slice_thickness: slice } : {}),
      ...(field ? { field_strength: field } : {}),
      ...(sequences ? { sequences } : {}),
      ...(phases ? { phases } : {}),
      ...(series ? { series } : {}),
      infection_relevant: r.boolean(r.get(item, 'infection_relevant')) ?? false,
      format: r.string(r.get(item, 'format')),
      facility: r.string(r.get(item, 'facility')),
      range: r.range(item),
      idRange: r.range(idNode),
    };
    const first = seen.get(id);
    if (first) {
      r.diagnostics.push(
        error('duplicate-study-id', message('check.duplicate-study-id', { id }), study.idRange, {
          related: [relatedOf(message('check.first-study', { id }), r.file, first.idRange)],
        }),
      );
      return;
    }
    seen.set(id, study);
    out.push(study);
  });
  return out;
}

function readSeries(r: NodeReader, node: Node, path: Path): Series[] {
  // One pass over each series' entries: a study may list a dozen series of a dozen keys.
  return r.items(node).map((item, i): Series => {
    const series: Series = { index: i + 1, range: r.range(item) };
    for (const entry of r.entries(item, [...path, i])) {
      const key = entry.key as keyof Series;
      switch (key) {
        case 'description':
        case 'sequence':
        case 'phase':
        case 'plane':
        case 'acquisition': {
          const word = r.string(entry.node);
          if (word !== undefined) series[key] = word;
          break;
        }
        case 'slice_thickness':
        case 'spacing':
        case 'pixel_spacing': {
          const length = r.unit(entry.node, entry.path, parseLength);
          if (length) series[key] = length;
          break;
        }
        case 'temporal_resolution':
        case 'contrast_delay': {
          const time = r.unit(entry.node, entry.path, parseTime);
          if (time) series[key] = time;
          break;
        }
        case 'contrast': {
          const contrast = r.boolean(entry.node);
          if (contrast !== undefined) series.contrast = contrast;
          break;
        }
        case 'b_values': {
          const values: number[] = [];
          r.items(entry.node).forEach((b, j) => {
            const value = r.unit(b, [...entry.path, j], parseBValue);
            if (value) values.push(value.amount);
          });
          series.b_values = values;
          break;
        }
      }
    }
    return series;
  });
}

function readExpect(r: NodeReader, node: Node | null, file: string): Case['expect'] {
  if (!node) return undefined;
  const verdicts = new Map<string, Located<ExpectedStudy>>();
  let orders: Located<ExpectedOrder[]> | undefined;
  let readyBy: Located<string | null> | undefined;
  let budget: Located<Span | null> | undefined;
  for (const entry of r.entries(node, ['expect'])) {
    const whole = { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end };
    if (entry.key === 'ready_by') {
      const value = r.string(entry.node) === 'none' ? null : r.unit(entry.node, entry.path, parseDate);
      if (value !== undefined) readyBy = { value, range: whole, file };
      continue;
    }
    if (entry.key === 'budget') {
      const value = r.string(entry.node) === 'unknown' ? null : r.unit(entry.node, entry.path, parseSpan);
      if (value !== undefined) budget = { value, range: whole, file };
      continue;
    }
    if (entry.key === 'orders') {
      const list: ExpectedOrder[] = [];
      for (const item of r.items(entry.node)) {
        const modality = r.string(r.get(item, 'modality'));
        if (modality) list.push({ modality, region: r.string(r.get(item, 'region')) });
      }
      orders = { value: list, range: r.range(entry.node, entry.keyRange), file };
      continue;
    }
    const verdict = r.string(entry.node);
    if (verdict === 'superseded' || (VERDICTS as readonly string[]).includes(verdict ?? '')) {
      verdicts.set(entry.key, { value: verdict as ExpectedStudy, range: { start: entry.keyRange.start, end: r.range(entry.node, entry.keyRange).end }, file });
    }
  }
  return { verdicts, ...(orders ? { orders } : {}), ...(readyBy ? { ready_by: readyBy } : {}), ...(budget ? { budget } : {}), range: r.range(node) };
}

// Writes a draft case as YAML: every value read from DICOM carries a comment naming its source
// tag(s); what was left out is said in comments above its study. Identifiers appear only when
// the draft holds them (the caller asked to keep them).
import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { DraftCase, DraftSeries, Sourced } from './draft-case';

export interface CaseHeader {
  case: string;
  protocol?: string;
  on: string;
  /** Where `on` came from when the user did not give it (e.g. "today"). */
  onSource?: string;
  context?: string;
  /** What was read, for the opening comment: "14 files in /media/cdrom". */
  from: string;
}

const SERIES_KEYS = [
  'description',
  'sequence',
  'phase',
  'plane',
  'acquisition',
  'slice_thickness',
  'spacing',
  'pixel_spacing',
  'b_values',
  'temporal_resolution',
  'contrast',
  'contrast_delay',
] as const;
const STUDY_KEYS = ['modality', 'region', 'date', 'field_strength', 'facility', 'format'] as const;

export function writeDraftCase(draft: DraftCase, header: CaseHeader): string {
  const comments = new Map<string, string>();
  const put = (obj: Record<string, unknown>, path: string, key: string, s: Sourced<unknown> | undefined) => {
    if (!s) return;
    obj[key] = s.value;
    comments.set(`${path}.${key}`, s.source);
  };
  const top: Record<string, unknown> = { case: header.case };
  if (header.protocol) top.protocol = header.protocol;
  top.on = header.on;
  if (header.onSource) comments.set('.on', header.onSource);
  top.patient = header.context ? { context: header.context } : {};
  const studies = draft.studies.map((study, i) => {
    const out: Record<string, unknown> = { id: study.id };
    const path = `.studies.${i}`;
    for (const key of STUDY_KEYS) put(out, path, key, study[key]);
    if (study.series.length) out.series = study.series.map((s, j) => seriesObject(s, `${path}.series.${j}`, put));
    return out;
  });
  top.studies = studies;

  const doc = new Document(top);
  const lines = [
    ` Drafted by \`reimage import\` from ${header.from}. Check every value against the images before relying on it.`,
    ' Each value read from DICOM names its source tag(s); a value the headers do not give is left out (unknown).',
  ];
  if (!header.protocol) lines.push(' Fill in `protocol:` (the id of the profile to run against) before running.');
  if (!header.context) lines.push(" Fill in `patient.context:` (a key of the profile's validity).");
  if (draft.patient) {
    const p = draft.patient;
    lines.push(
      ` Patient (kept with --keep-identifiers): ${[p.name && `name ${p.name}`, p.id && `ID ${p.id}`, p.birthDate && `born ${p.birthDate}`].filter(Boolean).join(', ') || 'no identifiers in the headers'}`,
    );
  }
  doc.commentBefore = lines.join('\n');
  annotate(doc.contents as Node, '', comments);
  const studiesNode = (doc.contents as YAMLMap).get('studies', true);
  if (isSeq(studiesNode)) {
    studiesNode.items.forEach((item, i) => {
      const remarks = draft.studies[i].remarks;
      const uid = ` Study Instance UID ${draft.studies[i].uid}`;
      (item as Node).commentBefore = [uid, ...remarks.map((r) => ` ${r}`)].join('\n');
    });
  }
  return doc.toString({ lineWidth: 0 });
}

type Put = (obj: Record<string, unknown>, path: string, key: string, s: Sourced<unknown> | undefined) => void;

function seriesObject(s: DraftSeries, path: string, put: Put): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SERIES_KEYS) put(out, path, key, s[key]);
  return out;
}

/** Sets each sourced value's comment on its node; lists are written in flow style. */
function annotate(node: Node, path: string, comments: Map<string, string>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value as Node | null;
      if (!value) continue;
      const here = `${path}.${key}`;
      const comment = comments.get(here);
      if (isSeq(value) && value.items.every(isScalar)) {
        value.flow = true;
        if (comment) value.comment = ` ${comment}`;
      } else if (isScalar(value)) {
        if (comment) value.comment = ` ${comment}`;
      } else annotate(value, here, comments);
    }
  } else if (isSeq(node)) node.items.forEach((item, i) => annotate(item as Node, `${path}.${i}`, comments));
}

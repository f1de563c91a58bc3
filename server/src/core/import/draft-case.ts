// Turns DICOM headers into a draft case: one study per Study Instance UID, one series per image
// series, each value with the tags it came from. A value the headers do not support is left out
// (unknown, so a rule's if_unknown decides); a conflict is reported, never settled by a guess.
import { type DicomDataset, type DicomInstance, type TagName, TAGS, items, number, numbers, tagLabel, text, values } from './dicom-json';
import {
  type Phase,
  type Plane,
  type Sequence,
  normalOf,
  phaseFromDelay,
  planeOf,
  readDescription,
  regionsIn,
  sameSequence,
  sequenceFromTags,
} from './classify-series';
import { parseDate } from '../units/calendar';
import { english, message, type Message, type MessageKey } from '../i18n/catalogue';

/** A written value and the comment that says where it came from. */
export interface Sourced<T> {
  value: T;
  source: string;
}

export interface DraftSeries {
  number?: number;
  modality: string;
  description?: Sourced<string>;
  sequence?: Sourced<Sequence>;
  phase?: Sourced<Phase>;
  plane?: Sourced<Plane>;
  acquisition?: Sourced<'2D' | '3D'>;
  slice_thickness?: Sourced<string>;
  spacing?: Sourced<string>;
  pixel_spacing?: Sourced<string>;
  b_values?: Sourced<number[]>;
  temporal_resolution?: Sourced<string>;
  contrast?: Sourced<boolean>;
  contrast_delay?: Sourced<string>;
}

export interface DraftStudy {
  id: string;
  uid: string;
  modality?: Sourced<string>;
  region?: Sourced<string>;
  date?: Sourced<string>;
  field_strength?: Sourced<string>;
  facility?: Sourced<string>;
  format: Sourced<'dicom' | 'report-only'>;
  series: DraftSeries[];
  /** Lines written above the study: what is left out and why. */
  remarks: string[];
}

export interface ImportNote {
  severity: 'error' | 'warning' | 'info';
  /** In English. */
  message: string;
  /** The same as a message, to say in the reader's language (notes without one are said in English). */
  text?: Message;
  /** The file or URL the note is about, when it is about one. */
  source?: string;
}

/** A note with its English text and its message, to say in the reader's language. */
export function importNote(severity: ImportNote['severity'], text: Message, source?: string): ImportNote {
  return { severity, message: english(text.key, text.params), text, ...(source !== undefined ? { source } : {}) };
}

export interface PatientIdentifiers {
  name?: string;
  id?: string;
  birthDate?: string;
}

export interface DraftCase {
  studies: DraftStudy[];
  /** Only with keepIdentifiers. */
  patient?: PatientIdentifiers;
  notes: ImportNote[];
  /** Two or more patients: nothing is drafted. */
  refused: boolean;
}

export interface DraftOptions {
  keepIdentifiers?: boolean;
}

const SOP = {
  encapsulatedPdf: '1.2.840.10008.5.1.4.1.1.104.1',
  secondaryCapture: '1.2.840.10008.5.1.4.1.1.7',
  keyObject: '1.2.840.10008.5.1.4.1.1.88.59',
  structuredReport: '1.2.840.10008.5.1.4.1.1.88.',
  presentationState: '1.2.840.10008.5.1.4.1.1.11.',
};

/** Modalities that make series, and the case word each maps to (PT is combined at study level). */
const SERIES_MODALITY: Record<string, string> = { CT: 'CT', MR: 'MR', US: 'US', CR: 'XR', DX: 'XR', PT: 'PT' };

interface SeriesGroup {
  uid: string;
  modality: string;
  instances: DicomInstance[];
  /** Every frame as a flat dataset: the instance's attributes with its functional groups hoisted. */
  frames: DicomDataset[];
  /** An enhanced multi-frame object: its technique is in the functional groups. */
  enhanced: boolean;
}

interface StudyGroup {
  uid: string;
  series: Map<string, SeriesGroup>;
  reports: DicomInstance[];
  first: DicomDataset;
}

export function draftCase(instances: DicomInstance[], options: DraftOptions = {}): DraftCase {
  const notes: ImportNote[] = [];
  const skipped = new Map<string, { what: MessageKey; modality?: string; count: number }>();
  const skip = (what: MessageKey, modality?: string) => {
    const key = `${what}\u0000${modality ?? ''}`;
    const entry = skipped.get(key) ?? { what, modality, count: 0 };
    entry.count++;
    skipped.set(key, entry);
  };
  const studies = new Map<string, StudyGroup>();
  const patients = new Map<string, PatientIdentifiers>();
  const seen = new Set<string>();

  for (const inst of instances) {
    const ds = inst.dataset;
    const sop = text(ds, 'SOPClassUID') ?? '';
    const studyUid = text(ds, 'StudyInstanceUID');
    const instanceUid = text(ds, 'SOPInstanceUID');
    if (instanceUid) {
      if (seen.has(instanceUid)) continue; // the same object twice (a copy on the disc): read once
      seen.add(instanceUid);
    }
    if (sop.startsWith(SOP.structuredReport) && sop !== SOP.keyObject) {
      skip('import.skip.structured-reports');
      continue;
    }
    if (sop === SOP.keyObject) {
      skip('import.skip.key-objects');
      continue;
    }
    if (sop.startsWith(SOP.presentationState)) {
      skip('import.skip.presentation-states');
      continue;
    }
    if (sop.startsWith(SOP.secondaryCapture)) {
      skip('import.skip.secondary-captures');
      continue;
    }
    if (!studyUid) {
      notes.push(importNote('warning', message('import.no-study-uid', { tag: tagLabel('StudyInstanceUID') }), inst.source));
      continue;
    }
    const patientKey = `${text(ds, 'PatientID') ?? ''}\u0000${text(ds, 'PatientName') ?? ''}`;
    if (!patients.has(patientKey))
      patients.set(patientKey, { name: text(ds, 'PatientName'), id: text(ds, 'PatientID'), birthDate: dicomDate(text(ds, 'PatientBirthDate')) });
    let study = studies.get(studyUid);
    if (!study) {
      study = { uid: studyUid, series: new Map(), reports: [], first: ds };
      studies.set(studyUid, study);
    }
    if (sop === SOP.encapsulatedPdf) {
      study.reports.push(inst);
      continue;
    }
    const modality = (text(ds, 'Modality') ?? '').toUpperCase();
    if (!SERIES_MODALITY[modality]) {
      skip('import.skip.modality', modality || '(none)');
      continue;
    }
    const seriesUid = text(ds, 'SeriesInstanceUID') ?? `${studyUid}:no-series-uid`;
    let series = study.series.get(seriesUid);
    if (!series) {
      series = { uid: seriesUid, modality, instances: [], frames: [], enhanced: false };
      study.series.set(seriesUid, series);
    }
    series.instances.push(inst);
    series.frames.push(...framesOf(ds));
    if (ds[TAGS.SharedFunctionalGroupsSequence] || ds[TAGS.PerFrameFunctionalGroupsSequence]) series.enhanced = true;
  }
  for (const { what, modality, count } of skipped.values())
    notes.push(importNote('info', message('import.skipped', { count, what: message(what, { count, modality: modality ?? '' }) })));

  if (patients.size > 1) {
    notes.push(importNote('error', message('import.several-patients', { count: patients.size, id: tagLabel('PatientID'), name: tagLabel('PatientName') })));
    return { studies: [], notes, refused: true };
  }

  const drafted: DraftStudy[] = [];
  const ids = new Set<string>();
  for (const study of studies.values()) {
    const d = draftStudy(study, notes, options);
    if (!d) continue;
    let id = d.id,
      n = 2;
    while (ids.has(id)) id = `${d.id}-${n++}`;
    d.id = id;
    ids.add(id);
    drafted.push(d);
  }
  drafted.sort((a, b) => (a.date?.value ?? '').localeCompare(b.date?.value ?? '') || a.id.localeCompare(b.id));
  if (drafted.length === 0) notes.push(importNote('error', message('import.nothing-found')));
  const patient = options.keepIdentifiers ? [...patients.values()][0] : undefined;
  return { studies: drafted, patient, notes, refused: false };
}

/** Frames of an object: one for a classic image, one per frame of an enhanced multi-frame object. */
export function framesOf(ds: DicomDataset): DicomDataset[] {
  const shared = items(ds, 'SharedFunctionalGroupsSequence')[0];
  const perFrame = items(ds, 'PerFrameFunctionalGroupsSequence');
  if (!shared && perFrame.length === 0) return [ds];
  const base = { ...ds };
  delete base[TAGS.SharedFunctionalGroupsSequence];
  delete base[TAGS.PerFrameFunctionalGroupsSequence];
  const hoist = (target: DicomDataset, group: DicomDataset | undefined) => {
    if (!group) return;
    for (const el of Object.values(group)) {
      if (!el || el.vr !== 'SQ' || !Array.isArray(el.Value)) continue;
      const item = el.Value[0];
      if (!item || typeof item !== 'object' || 'Alphabetic' in item) continue;
      for (const [tag, inner] of Object.entries(item as DicomDataset)) target[tag] = inner;
    }
    // The frame's type replaces the image's (ADC, TRACEW live there in enhanced MR).
    const frameType = target[TAGS.FrameType];
    if (frameType) target[TAGS.ImageType] = frameType;
    const effectiveTe = target[TAGS.EffectiveEchoTime];
    if (effectiveTe && !target[TAGS.EchoTime]) target[TAGS.EchoTime] = effectiveTe;
  };
  const frames = (perFrame.length ? perFrame : [undefined]).map((pf) => {
    const frame: DicomDataset = { ...base };
    hoist(frame, shared);
    hoist(frame, pf);
    return frame;
  });
  return frames;
}

function draftStudy(study: StudyGroup, notes: ImportNote[], options: DraftOptions): DraftStudy | undefined {
  const series = [...study.series.values()].sort(
    (a, b) => (number(a.frames[0], 'SeriesNumber') ?? 0) - (number(b.frames[0], 'SeriesNumber') ?? 0) || a.uid.localeCompare(b.uid),
  );
  const first = series[0]?.frames[0] ?? study.first;
  const remarks: string[] = [];
  const where = `study ${study.uid}`;

  const modalities = new Set(series.map((s) => s.modality));
  let modality: Sourced<string> | undefined;
  const label = tagLabel('Modality');
  const list = [...modalities].sort().join(', ');
  if (modalities.size === 1 && !modalities.has('PT')) {
    const m = [...modalities][0];
    modality = { value: SERIES_MODALITY[m], source: m === SERIES_MODALITY[m] ? label : `${label} ${m}` };
  } else if (modalities.size === 2 && modalities.has('PT') && (modalities.has('CT') || modalities.has('MR'))) {
    modality = { value: modalities.has('CT') ? 'PET-CT' : 'PET-MR', source: `${label}: ${list} series` };
  } else if (modalities.size > 0) {
    remarks.push(`modality left out: the series are ${list}, which no single modality of the case covers`);
    notes.push(importNote('warning', message('import.mixed-modalities', { list }), where));
  }

  const drafted = series.map((s) => draftSeries(s, notes));

  const dateOf = (names: TagName[]) => {
    for (const name of names) {
      const found = [...new Set(series.flatMap((s) => s.frames.map((f) => dicomDate(text(f, name)))).filter((d): d is string => !!d))].sort();
      if (found.length) return { value: found[0], name };
    }
    return undefined;
  };
  let date: Sourced<string> | undefined;
  const studyDate = dicomDate(text(study.first, 'StudyDate')) ?? dateOf(['StudyDate'])?.value;
  if (studyDate) date = { value: studyDate, source: tagLabel('StudyDate') };
  else {
    const fallback = dateOf(['SeriesDate', 'AcquisitionDate', 'ContentDate']);
    if (fallback) {
      date = { value: fallback.value, source: `${tagLabel(fallback.name)} (no Study Date: the earliest series date)` };
      notes.push(importNote('warning', message('import.no-study-date', { date: fallback.value, tag: tagLabel(fallback.name) }), where));
    } else {
      remarks.push('date left out: no Study, Series, Acquisition or Content Date in the headers — fill it in before running');
      notes.push(importNote('error', message('import.no-date'), where));
    }
  }

  const region = regionOf(study, series, remarks);

  let fieldStrength: Sourced<string> | undefined;
  if (modalities.has('MR')) {
    const bySeries = new Map<string, number[]>();
    const gauss: number[] = [];
    for (const [i, s] of series.entries()) {
      if (s.modality !== 'MR') continue;
      const raw = number(s.frames[0], 'MagneticFieldStrength');
      if (raw === undefined || raw <= 0) continue;
      if (raw > 100) gauss.push(raw);
      const tesla = teslaText(raw > 100 ? raw / 10000 : raw);
      bySeries.set(tesla, [...(bySeries.get(tesla) ?? []), drafted[i].number ?? i + 1]);
    }
    if (bySeries.size === 1) {
      const [t] = bySeries.keys();
      fieldStrength = {
        value: t,
        source: gauss.length ? `${tagLabel('MagneticFieldStrength')} ${gauss[0]}: above 100, so gauss (10,000 G = 1 T)` : tagLabel('MagneticFieldStrength'),
      };
      if (gauss.length) notes.push(importNote('info', message('import.gauss', { tag: tagLabel('MagneticFieldStrength'), value: gauss[0], tesla: t }), where));
    } else if (bySeries.size > 1) {
      const detail = [...bySeries].map(([t, ns]) => `${t} (series ${ns.join(', ')})`).join(' vs ');
      remarks.push(`field_strength left out: the series disagree — ${detail}`);
      notes.push(importNote('warning', message('import.field-strengths-differ', { detail }), where));
    }
  }

  let facility: Sourced<string> | undefined;
  if (options.keepIdentifiers) {
    const institution = text(first, 'InstitutionName');
    if (institution) facility = { value: institution, source: tagLabel('InstitutionName') };
  }

  const reportOnly = series.length === 0 && study.reports.length > 0;
  if (reportOnly) {
    remarks.push(`only an encapsulated PDF report (${study.reports.length} file(s)), no images`);
  }
  const format: Sourced<'dicom' | 'report-only'> = reportOnly
    ? { value: 'report-only', source: `${tagLabel('SOPClassUID')} Encapsulated PDF, no image series` }
    : { value: 'dicom', source: 'image series read from DICOM' };
  const idParts = [modality?.value.toLowerCase() ?? 'study', region?.value ?? (reportOnly ? 'report' : undefined)].filter(Boolean);
  return {
    id: idParts.join('-'),
    uid: study.uid,
    modality,
    region,
    date,
    field_strength: fieldStrength,
    facility,
    format,
    series: drafted,
    remarks,
  };
}

function regionOf(study: StudyGroup, series: SeriesGroup[], remarks: string[]): Sourced<string> | undefined {
  const BODY_PART: Record<string, string> = {
    HEAD: 'head',
    BRAIN: 'brain',
    SKULL: 'head',
    NECK: 'neck',
    CHEST: 'chest',
    THORAX: 'chest',
    LUNG: 'chest',
    ABDOMEN: 'abdomen',
    LIVER: 'liver',
    PELVIS: 'pelvis',
    PROSTATE: 'prostate',
    BREAST: 'breast',
    HEART: 'heart',
    CSPINE: 'spine',
    TSPINE: 'spine',
    LSPINE: 'spine',
    SSPINE: 'spine',
    SPINE: 'spine',
    KNEE: 'knee',
    WHOLEBODY: 'whole-body',
    ABDOMENPELVIS: 'abdomen pelvis',
    CHESTABDOMEN: 'chest abdomen',
    CHESTABDPELVIS: 'chest abdomen pelvis',
  };
  const parts = new Set<string>();
  const unknownParts = new Set<string>();
  for (const s of series) {
    for (const raw of values(s.frames[0], 'BodyPartExamined')) {
      const key = String(raw)
        .toUpperCase()
        .replace(/[^A-Z]/g, '');
      const mapped = BODY_PART[key];
      if (mapped) for (const r of mapped.split(' ')) parts.add(r);
      else unknownParts.add(String(raw));
    }
  }
  if (parts.size === 1) return { value: [...parts][0], source: tagLabel('BodyPartExamined') };
  const several = (found: Set<string>, from: string) => {
    remarks.push(`region left out: ${from} name several regions (${[...found].sort().join(', ')}); write the one the rules should see, or split the study`);
  };
  if (parts.size > 1) {
    several(parts, 'the Body Part Examined values');
    return undefined;
  }
  const described = new Set<string>();
  for (const s of series) for (const r of regionsIn(text(s.frames[0], 'SeriesDescription') ?? '')) described.add(r);
  for (const r of regionsIn(text(study.first, 'StudyDescription') ?? '')) described.add(r);
  // Brain and head name one region in descriptions ("MR Head", "t1 brain"): keep the finer word.
  if (described.has('brain') && described.has('head')) described.delete('head');
  if (described.size === 1) {
    const suffix = unknownParts.size ? ` (Body Part Examined ${[...unknownParts].join(', ')} is not a region word)` : '';
    return { value: [...described][0], source: `${tagLabel('StudyDescription')} / ${tagLabel('SeriesDescription')}${suffix}` };
  }
  if (described.size > 1) {
    several(described, 'the descriptions');
    return undefined;
  }
  if (unknownParts.size) remarks.push(`region left out: Body Part Examined ${[...unknownParts].join(', ')} is not a region word`);
  return undefined;
}

/** Tags an enhanced object keeps in its functional groups (shared or per frame). */
const IN_FUNCTIONAL_GROUPS = new Set<TagName>([
  'SliceThickness',
  'PixelSpacing',
  'SpacingBetweenSlices',
  'ImageOrientationPatient',
  'ImagePositionPatient',
  'DiffusionBValue',
  'ImageType',
  'EchoTime',
  'RepetitionTime',
]);

/** How a comment names a tag of this series: with "in the functional groups" for an enhanced object. */
function seriesTag(s: SeriesGroup, name: TagName): string {
  return s.enhanced && IN_FUNCTIONAL_GROUPS.has(name) ? `${tagLabel(name)} in the functional groups` : tagLabel(name);
}

function draftSeries(s: SeriesGroup, notes: ImportNote[]): DraftSeries {
  const f0 = s.frames[0];
  const out: DraftSeries = { modality: s.modality, number: number(f0, 'SeriesNumber') };
  const where = `series ${out.number ?? s.uid}`;
  const description = text(f0, 'SeriesDescription');
  if (description) out.description = { value: description, source: tagLabel('SeriesDescription') };
  const said = readDescription(description ?? '');

  const agreed = (name: TagName): string[] => [...new Set(s.frames.map((f) => values(f, name).join('\\')).filter((v) => v !== ''))];

  // Thickness and pixel spacing: one value across the series, else left out.
  const thickness = agreed('SliceThickness');
  if (thickness.length === 1) out.slice_thickness = { value: mm(thickness[0]), source: seriesTag(s, 'SliceThickness') };
  else if (thickness.length > 1) notes.push(importNote('warning', message('import.thicknesses-differ', { thicknesses: thickness.map(mm) }), where));

  const spacing = agreed('SpacingBetweenSlices');
  if (spacing.length === 1 && Number(spacing[0]) > 0) out.spacing = { value: mm(spacing[0]), source: seriesTag(s, 'SpacingBetweenSlices') };
  else {
    const computed = spacingFromPositions(s.frames);
    if (computed.value !== undefined)
      out.spacing = {
        value: `${round(computed.value, 2)}mm`,
        source: `computed from ${seriesTag(s, 'ImagePositionPatient')} along the ${tagLabel('ImageOrientationPatient')} normal`,
      };
    else if (computed.problem) notes.push(importNote('info', message('import.spacing-left-out', { problem: computed.problem }), where));
  }

  const pixel = agreed('PixelSpacing');
  if (pixel.length === 1) {
    const [r, c] = pixel[0].split('\\').map(Number);
    if (r > 0 && (c === undefined || c > 0)) {
      const coarser = c !== undefined && c !== r ? Math.max(r, c) : r;
      out.pixel_spacing = {
        value: mm(String(coarser)),
        source: c !== undefined && c !== r ? `${seriesTag(s, 'PixelSpacing')} ${pixel[0]}: the coarser` : seriesTag(s, 'PixelSpacing'),
      };
    }
  }

  // Plane: from the orientation; the description only when no orientation is given.
  const orientations = agreed('ImageOrientationPatient');
  if (orientations.length === 1) {
    const plane = planeOf(orientations[0].split('\\').map(Number));
    if (plane) {
      const contradicted = said.plane && said.plane !== plane ? ` (the description says ${said.plane}; the tags win)` : '';
      out.plane = { value: plane, source: `${seriesTag(s, 'ImageOrientationPatient')}${contradicted}` };
      if (contradicted)
        notes.push(
          importNote(
            'warning',
            message('import.plane-differs', { description: description ?? '', said: said.plane!, tag: tagLabel('ImageOrientationPatient'), plane }),
            where,
          ),
        );
    }
  } else if (orientations.length === 0 && said.plane) {
    out.plane = { value: said.plane, source: `${tagLabel('SeriesDescription')} (no orientation in the tags)` };
  }

  if (s.modality === 'MR') draftMrSeries(s, out, said, description, notes, where);
  draftContrast(s, out, said, description, notes, where);
  return out;
}

function draftMrSeries(
  s: SeriesGroup,
  out: DraftSeries,
  said: ReturnType<typeof readDescription>,
  description: string | undefined,
  notes: ImportNote[],
  where: string,
): void {
  const f0 = s.frames[0];
  const acq = text(f0, 'MRAcquisitionType')?.toUpperCase();
  if (acq === '2D' || acq === '3D') {
    const contradicted = said.acquisition && said.acquisition !== acq ? ` (the description says ${said.acquisition}; the tags win)` : '';
    out.acquisition = { value: acq, source: `${tagLabel('MRAcquisitionType')}${contradicted}` };
  } else if (said.acquisition) out.acquisition = { value: said.acquisition, source: tagLabel('SeriesDescription') };

  const b = bValues(s);
  if (b.values.length) out.b_values = { value: b.values, source: b.source };

  const imageType = [...new Set(s.frames.flatMap((f) => values(f, 'ImageType').map(String)))];
  const tagSeq = sequenceFromTags({
    imageType,
    scanningSequence: values(f0, 'ScanningSequence').map(String),
    sequenceVariant: values(f0, 'SequenceVariant').map(String),
    repetitionTime: number(f0, 'RepetitionTime'),
    echoTime: number(f0, 'EchoTime'),
    inversionTime: number(f0, 'InversionTime'),
    bValues: b.values,
    contrastAgent: values(f0, 'ContrastBolusAgent').length > 0,
  });
  const descSeq = said.sequence;
  if (tagSeq) {
    const named = tagSeq.from.map((n) => seriesTag(s, n)).join(', ');
    const contradicted = descSeq && !sameSequence(descSeq, tagSeq.sequence);
    // A description that adds contrast to a T1 the tags name is taken (the agent tag is often empty).
    const value = tagSeq.sequence === 'T1' && descSeq === 'T1-contrast' ? 'T1-contrast' : tagSeq.sequence;
    out.sequence = {
      value,
      source: contradicted
        ? `${named} (the description says ${descSeq}; the tags win)`
        : value !== tagSeq.sequence
          ? `${named}; contrast from ${tagLabel('SeriesDescription')}`
          : named,
    };
    if (contradicted)
      notes.push(
        importNote(
          'warning',
          message('import.sequence-differs', { description: description ?? '', said: descSeq, sequence: tagSeq.sequence, tags: named }),
          where,
        ),
      );
  } else if (descSeq) {
    out.sequence = { value: descSeq, source: tagLabel('SeriesDescription') };
  }

  // Temporal resolution of a dynamic series: the time between its temporal positions.
  const byPosition = new Map<number, number>();
  for (const f of s.frames) {
    const pos = number(f, 'TemporalPositionIdentifier');
    const t = seconds(text(f, 'AcquisitionTime'));
    if (pos === undefined || t === undefined) continue;
    byPosition.set(pos, Math.min(byPosition.get(pos) ?? Infinity, t));
  }
  if (byPosition.size >= 2) {
    const times = [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    const steps = times.slice(1).map((t, i) => t - times[i]);
    const mean = steps.reduce((a, b) => a + b, 0) / steps.length;
    if (mean > 0 && steps.every((d) => Math.abs(d - mean) <= Math.max(0.5, mean * 0.1))) {
      out.temporal_resolution = { value: `${round(mean, 1)}s`, source: `${tagLabel('AcquisitionTime')} per ${tagLabel('TemporalPositionIdentifier')}` };
    } else notes.push(importNote('info', message('import.uneven-timing'), where));
  }
}

function draftContrast(
  s: SeriesGroup,
  out: DraftSeries,
  said: ReturnType<typeof readDescription>,
  description: string | undefined,
  notes: ImportNote[],
  where: string,
): void {
  const f0 = s.frames[0];
  const agent = text(f0, 'ContrastBolusAgent');
  const start = seconds(text(f0, 'ContrastBolusStartTime'));
  const acquired = seconds(text(f0, 'AcquisitionTime') ?? text(f0, 'SeriesTime'));
  const delay = start !== undefined && acquired !== undefined ? acquired - start : undefined;
  const timeTags = `${tagLabel('AcquisitionTime')} − ${tagLabel('ContrastBolusStartTime')}`;
  if (delay !== undefined && delay < 0) {
    out.contrast = { value: false, source: `${timeTags}: acquired before the injection` };
  } else if (agent) {
    const contradicted = said.preContrast ? ` (the description says without contrast; the tags win)` : '';
    out.contrast = { value: true, source: `${tagLabel('ContrastBolusAgent')} ${agent}${contradicted}` };
    if (contradicted)
      notes.push(
        importNote('warning', message('import.contrast-differs', { description: description ?? '', tag: tagLabel('ContrastBolusAgent'), agent }), where),
      );
  } else if (said.postContrast) out.contrast = { value: true, source: tagLabel('SeriesDescription') };
  else if (said.preContrast) out.contrast = { value: false, source: tagLabel('SeriesDescription') };

  if (delay !== undefined && delay >= 0)
    out.contrast_delay = { value: delay >= 120 && delay % 60 === 0 ? `${delay / 60}min` : `${round(delay, 0)}s`, source: timeTags };

  // MR phases (a liver DCE's arterial, portal-venous, hepatobiliary series) from the description only.
  if (s.modality === 'MR' && said.phase && said.phase !== 'non-contrast') out.phase = { value: said.phase, source: tagLabel('SeriesDescription') };
  if (s.modality !== 'CT') return;
  const timed = delay !== undefined ? phaseFromDelay(delay) : undefined;
  const described = said.phase;
  const base = (p: Phase) => (p === 'early-arterial' || p === 'late-arterial' ? 'arterial' : p);
  if (timed) {
    const contradicted = described && base(described) !== timed;
    const value = described && !contradicted ? described : timed;
    out.phase = { value, source: contradicted ? `${timeTags} (the description says ${described}; the tags win)` : timeTags };
    if (contradicted)
      notes.push(importNote('warning', message('import.phase-differs', { description: description ?? '', said: described, phase: timed }), where));
  } else if (described) {
    if (described === 'non-contrast' && out.contrast?.value === true) return; // the agent tag already won
    out.phase = { value: described, source: tagLabel('SeriesDescription') };
  }
}

/** b-values: the public diffusion tag, else a vendor's private one (named in the comment). */
function bValues(s: SeriesGroup): { values: number[]; source: string } {
  const frames = s.frames;
  const collect = (read: (f: DicomDataset) => number | undefined) =>
    [...new Set(frames.map(read).filter((v): v is number => v !== undefined && v >= 0))].sort((a, b) => a - b);
  const pub = collect((f) => number(f, 'DiffusionBValue'));
  if (pub.length) return { values: pub, source: seriesTag(s, 'DiffusionBValue') };
  const creator = (f: DicomDataset, name: TagName) => (text(f, name) ?? '').toUpperCase();
  const siemens = collect((f) => (creator(f, 'SiemensCreator').startsWith('SIEMENS MR HEADER') ? number(f, 'SiemensBValue') : undefined));
  if (siemens.length) return { values: siemens, source: '(0019,100C) Siemens private B_value (creator SIEMENS MR HEADER)' };
  // GE writes the b-value first in (0043,1039), some versions plus 10^9.
  const ge = collect((f) => {
    if (!creator(f, 'GECreator').startsWith('GEMS_PARM_01')) return undefined;
    const v = numbers(f, 'GEBValue')[0];
    return v === undefined ? undefined : v % 1e9;
  });
  if (ge.length) return { values: ge, source: '(0043,1039) GE private slop_int_6 (creator GEMS_PARM_01; the first value, modulo 10^9)' };
  const philips = collect((f) => (creator(f, 'PhilipsCreator').startsWith('PHILIPS IMAGING DD 001') ? number(f, 'PhilipsBValue') : undefined));
  if (philips.length) return { values: philips, source: '(2001,1003) Philips private Diffusion B-Factor (creator Philips Imaging DD 001)' };
  return { values: [], source: '' };
}

function spacingFromPositions(frames: DicomDataset[]): { value?: number; problem?: Message } {
  const orientations = new Set(frames.map((f) => values(f, 'ImageOrientationPatient').join('\\')));
  const withPos = frames.filter((f) => numbers(f, 'ImagePositionPatient').length === 3);
  if (withPos.length < 2 || orientations.size !== 1) return orientations.size > 1 ? { problem: message('import.several-orientations') } : {};
  const o = numbers(withPos[0], 'ImageOrientationPatient');
  if (o.length !== 6) return {};
  const n = normalOf(o);
  const along = [
    ...new Set(
      withPos.map((f) => {
        const p = numbers(f, 'ImagePositionPatient');
        return round(p[0] * n[0] + p[1] * n[1] + p[2] * n[2], 3);
      }),
    ),
  ].sort((a, b) => a - b);
  if (along.length < 2) return {};
  const steps = along.slice(1).map((d, i) => d - along[i]);
  const mean = steps.reduce((a, b) => a + b, 0) / steps.length;
  if (steps.every((d) => Math.abs(d - mean) <= Math.max(0.01, mean * 0.01))) return { value: mean };
  return {
    problem: message('import.uneven-positions', { min: `${round(Math.min(...steps), 2)}mm`, max: `${round(Math.max(...steps), 2)}mm` }),
  };
}

/** A DS value in millimetres as the language writes it: `5.000000` → `5mm`. */
function mm(ds: string): string {
  const n = Number(ds);
  return `${Number.isFinite(n) ? String(n) : ds}mm`;
}

function teslaText(t: number): string {
  return `${round(t, 2)}T`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** A DA value `20260330` (or the old `2026.03.30`) as `2026-03-30`; undefined when not a real date. */
export function dicomDate(da: string | undefined): string | undefined {
  const m = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(da?.trim() ?? '');
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return parseDate(iso).ok ? iso : undefined;
}

/** A TM value `143005.25` as seconds since midnight. */
function seconds(tm: string | undefined): number | undefined {
  const m = /^(\d{2}):?(\d{2})?:?(\d{2})?(\.\d+)?$/.exec(tm?.trim() ?? '');
  if (!m) return undefined;
  return Number(m[1]) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0);
}

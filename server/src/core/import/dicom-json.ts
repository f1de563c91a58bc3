// DICOM header values in the DICOM JSON model (PS3.18 F.2): what a DICOMweb server returns and
// what the file reader builds, so one mapping serves both. Lists the tags import reads; nothing
// else is kept (no pixel data, no identifiers beyond the three the user may ask for).

/** One attribute: its VR and values. PN values are `{ Alphabetic }`, SQ values are items. */
export interface DicomElement {
  vr: string;
  Value?: (string | number | DicomDataset | { Alphabetic?: string })[];
}
/** Attributes by tag, `GGGGEEEE` in upper-case hex (as DICOM JSON writes them). */
export type DicomDataset = Record<string, DicomElement>;

/** One object read: its attributes and where it came from (a path or a URL), for messages. */
export interface DicomInstance {
  source: string;
  dataset: DicomDataset;
}

/** A tag import reads: its VR (needed for implicit-VR files) and its name in comments. */
export interface ImportTag {
  vr: string;
  name: string;
}

export const TAGS = {
  SpecificCharacterSet: '00080005',
  ImageType: '00080008',
  SOPClassUID: '00080016',
  SOPInstanceUID: '00080018',
  StudyDate: '00080020',
  SeriesDate: '00080021',
  AcquisitionDate: '00080022',
  ContentDate: '00080023',
  SeriesTime: '00080031',
  AcquisitionTime: '00080032',
  Modality: '00080060',
  InstitutionName: '00080080',
  StudyDescription: '00081030',
  SeriesDescription: '0008103E',
  FrameType: '00089007',
  PatientName: '00100010',
  PatientID: '00100020',
  PatientBirthDate: '00100030',
  ContrastBolusAgent: '00180010',
  BodyPartExamined: '00180015',
  ScanningSequence: '00180020',
  SequenceVariant: '00180021',
  MRAcquisitionType: '00180023',
  SliceThickness: '00180050',
  RepetitionTime: '00180080',
  EchoTime: '00180081',
  InversionTime: '00180082',
  MagneticFieldStrength: '00180087',
  SpacingBetweenSlices: '00180088',
  ContrastBolusStartTime: '00181042',
  EffectiveEchoTime: '00189082',
  DiffusionBValue: '00189087',
  MREchoSequence: '00189114',
  MRTimingAndRelatedParametersSequence: '00189112',
  MRDiffusionSequence: '00189117',
  MRImageFrameTypeSequence: '00189226',
  SiemensCreator: '00190010',
  SiemensBValue: '0019100C',
  StudyInstanceUID: '0020000D',
  SeriesInstanceUID: '0020000E',
  SeriesNumber: '00200011',
  ImagePositionPatient: '00200032',
  ImageOrientationPatient: '00200037',
  TemporalPositionIdentifier: '00200100',
  PlanePositionSequence: '00209113',
  PlaneOrientationSequence: '00209116',
  PixelSpacing: '00280030',
  PixelMeasuresSequence: '00289110',
  GECreator: '00430010',
  GEBValue: '00431039',
  PhilipsCreator: '20010010',
  PhilipsBValue: '20011003',
  SharedFunctionalGroupsSequence: '52009229',
  PerFrameFunctionalGroupsSequence: '52009230',
} as const;

export type TagName = keyof typeof TAGS;

const VR: Record<TagName, string> = {
  SpecificCharacterSet: 'CS',
  ImageType: 'CS',
  SOPClassUID: 'UI',
  SOPInstanceUID: 'UI',
  StudyDate: 'DA',
  SeriesDate: 'DA',
  AcquisitionDate: 'DA',
  ContentDate: 'DA',
  SeriesTime: 'TM',
  AcquisitionTime: 'TM',
  Modality: 'CS',
  InstitutionName: 'LO',
  StudyDescription: 'LO',
  SeriesDescription: 'LO',
  FrameType: 'CS',
  PatientName: 'PN',
  PatientID: 'LO',
  PatientBirthDate: 'DA',
  ContrastBolusAgent: 'LO',
  BodyPartExamined: 'CS',
  ScanningSequence: 'CS',
  SequenceVariant: 'CS',
  MRAcquisitionType: 'CS',
  SliceThickness: 'DS',
  RepetitionTime: 'DS',
  EchoTime: 'DS',
  InversionTime: 'DS',
  MagneticFieldStrength: 'DS',
  SpacingBetweenSlices: 'DS',
  ContrastBolusStartTime: 'TM',
  EffectiveEchoTime: 'FD',
  DiffusionBValue: 'FD',
  MREchoSequence: 'SQ',
  MRTimingAndRelatedParametersSequence: 'SQ',
  MRDiffusionSequence: 'SQ',
  MRImageFrameTypeSequence: 'SQ',
  SiemensCreator: 'LO',
  SiemensBValue: 'IS',
  StudyInstanceUID: 'UI',
  SeriesInstanceUID: 'UI',
  SeriesNumber: 'IS',
  ImagePositionPatient: 'DS',
  ImageOrientationPatient: 'DS',
  TemporalPositionIdentifier: 'IS',
  PlanePositionSequence: 'SQ',
  PlaneOrientationSequence: 'SQ',
  PixelSpacing: 'DS',
  PixelMeasuresSequence: 'SQ',
  GECreator: 'LO',
  GEBValue: 'IS',
  PhilipsCreator: 'LO',
  PhilipsBValue: 'FL',
  SharedFunctionalGroupsSequence: 'SQ',
  PerFrameFunctionalGroupsSequence: 'SQ',
};

/** The tags import reads, by tag: what a reader must extract (with the VR for implicit-VR files). */
export const IMPORT_TAGS: ReadonlyMap<string, ImportTag> = new Map(
  (Object.keys(TAGS) as TagName[]).map((name) => [TAGS[name], { vr: VR[name], name: tagLabelName(name) }]),
);

function tagLabelName(name: TagName): string {
  return name
    .replace(/^(Siemens|GE|Philips)/, '$1 ')
    .replace(/BValue/, 'B-value')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

/** `(0018,0050) Slice Thickness`: how a comment names a tag. */
export function tagLabel(name: TagName): string {
  const tag = TAGS[name];
  return `(${tag.slice(0, 4)},${tag.slice(4)}) ${IMPORT_TAGS.get(tag)!.name}`;
}

/** The values of a tag, as strings or numbers (PN as its alphabetic form); [] when absent or empty. */
export function values(ds: DicomDataset | undefined, name: TagName): (string | number)[] {
  const el = ds?.[TAGS[name]];
  // DICOM JSON from a server is not trusted to have the standard's shape: anything else is absent.
  if (!Array.isArray(el?.Value)) return [];
  const out: (string | number)[] = [];
  for (const v of el.Value) {
    if (typeof v === 'string') {
      const t = v.trim();
      if (t !== '') out.push(t);
    } else if (typeof v === 'number') {
      if (Number.isFinite(v)) out.push(v);
    } else if (v && typeof v === 'object' && 'Alphabetic' in v && typeof v.Alphabetic === 'string') out.push(v.Alphabetic);
  }
  return out;
}

export function text(ds: DicomDataset | undefined, name: TagName): string | undefined {
  const v = values(ds, name)[0];
  return v === undefined ? undefined : String(v);
}

export function numbers(ds: DicomDataset | undefined, name: TagName): number[] {
  return values(ds, name).map(Number).filter(Number.isFinite);
}

export function number(ds: DicomDataset | undefined, name: TagName): number | undefined {
  return numbers(ds, name)[0];
}

/** The items of a sequence attribute. */
export function items(ds: DicomDataset | undefined, name: TagName): DicomDataset[] {
  const el = ds?.[TAGS[name]];
  if (!Array.isArray(el?.Value)) return [];
  return el.Value.filter((v): v is DicomDataset => !!v && typeof v === 'object' && !('Alphabetic' in v));
}

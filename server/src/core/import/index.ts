// DICOM import: header values (DICOM JSON) in, a draft case's text out. Pure: the readers of
// files, zips and DICOMweb live in server/src/node/.
export * from './dicom-json';
export {
  draftCase,
  dicomDate,
  framesOf,
  importNote,
  type DraftCase,
  type DraftOptions,
  type DraftSeries,
  type DraftStudy,
  type ImportNote,
  type PatientIdentifiers,
  type Sourced,
} from './draft-case';
export { readDescription, sequenceFromTags, planeOf, type DescriptionFacts, type Phase, type Plane, type Sequence } from './classify-series';
export { writeDraftCase, type CaseHeader } from './write-draft';

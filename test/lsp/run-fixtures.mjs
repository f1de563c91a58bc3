// Protocols and cases whose runs give known verdicts, for the CodeLens and workspace tests:
// `base` (a validity window and three rules, one no study reaches), `child` (extends base),
// `mixed` (redo, review and accept), `child-ct` (redo by base's window), `untested` (no expect).
export const BASE = `protocol: base
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: thin-ct
    when: { modality: CT }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: us-review
    when: { modality: US }
    verdict: review
  - id: mr-unused
    when: { modality: MR }
    verdict: redo
`;
export const CHILD = 'protocol: child\nextends: base\nhospital: { sector: private, currency: USD }\n';
export const MIXED = `case: mixed
protocol: base
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - { id: thin, modality: CT, date: 2026-04-01, slice_thickness: 1mm }
  - { id: thick, modality: CT, date: 2026-04-01, slice_thickness: 5mm }
  - { id: us, modality: US, date: 2026-04-01 }
expect:
  thin: accept
  thick: redo
  us: review
`;
export const CHILD_CT = `case: child-ct
protocol: child
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - { id: ct, modality: CT, date: 2026-01-01, slice_thickness: 1mm }
expect:
  ct: redo
`;
export const UNTESTED = `case: untested
protocol: base
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - { id: us, modality: US, date: 2026-04-01 }
`;

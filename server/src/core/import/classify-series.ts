// Reads an MR sequence, a CT phase, a plane, 2D/3D and contrast from a series description as
// the vendors write them (Siemens `t2_tse_tra`, GE `Ax T2 FSE`, Philips `sT1W_3D_TFE`, …) and
// from the acquisition tags. Each answer says which of the two it came from; the tags win.

export type Sequence = 'T1' | 'T2' | 'FLAIR' | 'DWI' | 'ADC' | 'T1-contrast' | 'DCE' | 'cine' | 'LGE' | 'SWI' | 'T2*' | 'MRA' | 'perfusion';
export type Phase = 'non-contrast' | 'arterial' | 'early-arterial' | 'late-arterial' | 'portal-venous' | 'transitional' | 'delayed' | 'hepatobiliary';
export type Plane = 'axial' | 'coronal' | 'sagittal' | 'oblique';

/** What a series description says, word by word: each field absent when it says nothing. */
export interface DescriptionFacts {
  sequence?: Sequence;
  /** The description marks the series as after contrast (`+C`, `post`, `Gd`, …). */
  postContrast?: boolean;
  /** The description marks the series as before/without contrast (`pre`, `NC`, `plain`, …). */
  preContrast?: boolean;
  phase?: Phase;
  plane?: Plane;
  acquisition?: '2D' | '3D';
  regions: string[];
}

/** Lower-cased words of a description: `sT1W_3D_TFE` → `st1w 3d tfe`; `+` and `*` stay in words. */
function words(description: string): string[] {
  return description
    .toLowerCase()
    .split(/[^a-z0-9+*]+/)
    .filter((w) => w !== '');
}

const has = (ws: string[], re: RegExp) => ws.some((w) => re.test(w));

/** Regions named in descriptions, by word (whole words only: `abd` but not `abdominal` prefixes). */
const REGION_WORDS: [RegExp, string][] = [
  [/^(brain|cerebr\w*|cranial)$/, 'brain'],
  [/^head$/, 'head'],
  [/^(neck|cervical)$/, 'neck'],
  [/^(chest|thorax|thoracic|lung|lungs)$/, 'chest'],
  [/^(abd|abdomen|abdominal)$/, 'abdomen'],
  [/^(liver|hepatic)$/, 'liver'],
  [/^(pelvis|pelvic)$/, 'pelvis'],
  [/^(prostate|prostata)$/, 'prostate'],
  [/^(breast|breasts|mamma)$/, 'breast'],
  [/^(heart|cardiac|cardio)$/, 'heart'],
  [/^(spine|[ctl]spine|lumbar|thoracolumbar)$/, 'spine'],
  [/^(knee|knees)$/, 'knee'],
  [/^(wholebody|wb)$/, 'whole-body'],
];

/** Regions in Chinese descriptions (the hospitals this serves receive them), by substring. */
const REGION_CHINESE: [string[], string][] = [
  [['头颅', '颅脑', '脑'], 'brain'],
  [['头部'], 'head'],
  [['颈部'], 'neck'],
  [['胸部', '肺'], 'chest'],
  [['腹部'], 'abdomen'],
  [['肝'], 'liver'],
  [['盆腔'], 'pelvis'],
  [['前列腺'], 'prostate'],
  [['乳腺'], 'breast'],
  [['心脏'], 'heart'],
  [['脊柱', '颈椎', '胸椎', '腰椎'], 'spine'],
  [['膝'], 'knee'],
  [['全身'], 'whole-body'],
];

export function regionsIn(description: string): string[] {
  const ws = words(description);
  const found = new Set<string>();
  for (const [re, region] of REGION_WORDS) if (has(ws, re)) found.add(region);
  for (const [chars, region] of REGION_CHINESE) if (chars.some((c) => description.includes(c))) found.add(region);
  if (/whole[\s_-]?body/i.test(description)) found.add('whole-body');
  return [...found];
}

export function readDescription(description: string): DescriptionFacts {
  const ws = words(description);
  const lower = description.toLowerCase();
  const facts: DescriptionFacts = { regions: regionsIn(description) };
  facts.postContrast =
    /\+\s*(c|gd|contrast)\b|\bc\+|(^|[^a-z])(post|gd|gad|ce|kontrast|contrast|enhanced)([^a-z]|$)/.test(lower) &&
    !/non[\s_-]?contrast|w\/o|without|unenhanced/.test(lower);
  facts.preContrast = /(^|[^a-z])(pre|nc|plain|noncontrast|unenhanced)([^a-z]|$)|non[\s_-]?contrast|w\/o|without contrast/.test(lower);
  if (facts.postContrast && facts.preContrast) {
    facts.postContrast = undefined;
    facts.preContrast = undefined;
  }

  const t1 = has(ws, /^s?t1(w|wi)?(\+c|\+gd)?$/) || has(ws, /^(mprage|mp2rage|spgr|fspgr|bravo|vibe|lava|thrive|mpr)$/);
  const t2 = has(ws, /^s?t2(w|wi)?$/);
  const flair = has(ws, /^s?(t2)?flair$/) || /dark[\s_-]?fluid/.test(lower);
  if (has(ws, /^(adc|eadc)$/) || lower.includes('apparent diffusion')) facts.sequence = 'ADC';
  else if (has(ws, /^(dwi|diff|diffusion|resolve|trace|dwibs)$/) || /ep2d[_-]?diff/.test(lower)) facts.sequence = 'DWI';
  else if (has(ws, /^(swi|swan|swip|veno\w*)$/)) facts.sequence = 'SWI';
  else if (has(ws, /^(t2\*|t2star|hemo|merge|medic)$/) || /t2\s*\*/.test(lower)) facts.sequence = 'T2*';
  else if (has(ws, /^(tof|mra|angio|mrangio)$/) || /time[\s_-]of[\s_-]flight/.test(lower)) facts.sequence = 'MRA';
  else if (has(ws, /^(perf|perfusion|dsc|pwi|asl|pcasl)$/)) facts.sequence = 'perfusion';
  else if (has(ws, /^(dce|dyn|dynamic|twist|disco|tricks)$/)) facts.sequence = 'DCE';
  else if (has(ws, /^(cine|trufi|fiesta)$/)) facts.sequence = has(ws, /^cine$/) || !t1 ? 'cine' : undefined;
  else if (has(ws, /^(lge|psir|de|mde)$/) || /delayed[\s_-]enh|late[\s_-]gad/.test(lower)) facts.sequence = 'LGE';
  // GE's "T1 FLAIR" is a T1-weighted series: FLAIR only when T1 is not named with it.
  else if (flair && !t1) facts.sequence = 'FLAIR';
  else if (t1 && !t2) facts.sequence = facts.postContrast ? 'T1-contrast' : 'T1';
  else if (t2 && !t1) facts.sequence = 'T2';

  if (has(ws, /^(tra|ax|axi|axial|transverse|trans)$/)) facts.plane = 'axial';
  else if (has(ws, /^(cor|coronal)$/)) facts.plane = 'coronal';
  else if (has(ws, /^(sag|sagittal)$/)) facts.plane = 'sagittal';
  else if (has(ws, /^(obl|oblique)$/)) facts.plane = 'oblique';

  if (has(ws, /^3d$/) || /(^|[^a-z0-9])3d/.test(lower)) facts.acquisition = '3D';
  else if (has(ws, /^2d$/)) facts.acquisition = '2D';

  if (/early[\s_-]?art/.test(lower)) facts.phase = 'early-arterial';
  else if (/late[\s_-]?art/.test(lower)) facts.phase = 'late-arterial';
  else if (has(ws, /^(art|arterial|arteriell|cta)$/) || /arterial/.test(lower)) facts.phase = 'arterial';
  else if (has(ws, /^(pv|portal|venous|portalvenous|pvp)$/) || /portal/.test(lower)) facts.phase = 'portal-venous';
  else if (has(ws, /^(hbp|hepatobiliary|hepatocyte)$/)) facts.phase = 'hepatobiliary';
  else if (has(ws, /^(transitional|tp)$/)) facts.phase = 'transitional';
  else if (has(ws, /^(delay|delayed|del|late)$/)) facts.phase = 'delayed';
  else if (facts.preContrast) facts.phase = 'non-contrast';
  return facts;
}

/** What the MR acquisition tags say: enough to name the sequence only when they are unambiguous. */
export interface SequenceTags {
  imageType: string[];
  scanningSequence: string[];
  /** (0018,0021): `MP` = magnetization prepared (an inversion pulse without IR in Scanning Sequence: MPRAGE, BRAVO). */
  sequenceVariant: string[];
  repetitionTime?: number;
  echoTime?: number;
  inversionTime?: number;
  bValues: number[];
  contrastAgent: boolean;
}

export interface TagSequence {
  sequence: Sequence;
  /** The tags it was read from, by name. */
  from: ('ImageType' | 'DiffusionBValue' | 'ScanningSequence' | 'SequenceVariant' | 'RepetitionTime' | 'EchoTime' | 'InversionTime' | 'ContrastBolusAgent')[];
}

/**
 * The sequence the tags alone support. Gradient-echo series with short TR/TE are left to the
 * description: the same timing serves T1, DCE, TOF angiography and cine.
 */
export function sequenceFromTags(t: SequenceTags): TagSequence | undefined {
  const type = t.imageType.map((v) => v.toUpperCase());
  const seq = t.scanningSequence.map((v) => v.toUpperCase());
  if (type.includes('ADC')) return { sequence: 'ADC', from: ['ImageType'] };
  if (type.includes('SWI')) return { sequence: 'SWI', from: ['ImageType'] };
  if (t.bValues.some((b) => b > 0) || type.includes('TRACEW') || type.includes('DIFFUSION')) {
    return { sequence: 'DWI', from: t.bValues.some((b) => b > 0) ? ['DiffusionBValue'] : ['ImageType'] };
  }
  const tr = t.repetitionTime,
    te = t.echoTime,
    ti = t.inversionTime;
  const withContrast = (s: TagSequence): TagSequence =>
    t.contrastAgent && s.sequence === 'T1' ? { sequence: 'T1-contrast', from: [...s.from, 'ContrastBolusAgent'] } : s;
  // An inversion-prepared series: IR in Scanning Sequence, or a gradient echo whose Sequence
  // Variant says magnetization prepared (MP) — the T1 volumes MPRAGE and BRAVO are written so.
  const variant = t.sequenceVariant.map((v) => v.toUpperCase());
  const prepared = seq.includes('IR') ? 'ScanningSequence' : seq.includes('GR') && variant.includes('MP') ? 'SequenceVariant' : null;
  if (prepared && ti !== undefined && te !== undefined) {
    if (ti >= 1500 && te >= 70) return { sequence: 'FLAIR', from: [prepared, 'InversionTime', 'EchoTime'] };
    if (seq.includes('GR') && ti >= 500 && ti <= 1300 && te < 10) return withContrast({ sequence: 'T1', from: [prepared, 'InversionTime', 'EchoTime'] });
    return undefined;
  }
  if (seq.includes('SE') && !seq.includes('GR') && !seq.includes('EP') && tr !== undefined && te !== undefined) {
    if (tr <= 800 && te <= 30) return withContrast({ sequence: 'T1', from: ['ScanningSequence', 'RepetitionTime', 'EchoTime'] });
    if (tr >= 2000 && te >= 70) return { sequence: 'T2', from: ['ScanningSequence', 'RepetitionTime', 'EchoTime'] };
  }
  return undefined;
}

/** Whether two sequence names agree (a post-contrast T1 is a T1). */
export function sameSequence(a: Sequence, b: Sequence): boolean {
  const base = (s: Sequence) => (s === 'T1-contrast' ? 'T1' : s);
  return base(a) === base(b);
}

/** The plane whose normal lies within 30° of the slice normal; oblique otherwise. */
export function planeOf(orientation: number[]): Plane | undefined {
  if (orientation.length !== 6) return undefined;
  const n = normalOf(orientation);
  const [x, y, z] = n.map(Math.abs);
  const limit = Math.cos(Math.PI / 6);
  if (z >= limit) return 'axial';
  if (y >= limit) return 'coronal';
  if (x >= limit) return 'sagittal';
  return 'oblique';
}

export function normalOf(o: number[]): [number, number, number] {
  const [a, b, c, d, e, f] = o;
  const n: [number, number, number] = [b * f - c * e, c * d - a * f, a * e - b * d];
  const len = Math.hypot(...n) || 1;
  return [n[0] / len, n[1] / len, n[2] / len];
}

/** A CT phase from the delay after the bolus start: the usual windows, gaps left unknown. */
export function phaseFromDelay(seconds: number): Phase | undefined {
  if (seconds < 0) return 'non-contrast';
  if (seconds >= 15 && seconds <= 45) return 'arterial';
  if (seconds >= 60 && seconds <= 100) return 'portal-venous';
  if (seconds >= 180) return 'delayed';
  return undefined;
}

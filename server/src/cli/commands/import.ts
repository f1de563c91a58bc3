// `reimage import PATH… | --dicomweb URL --study UID`: drafts a case from DICOM headers (a
// folder, a DICOMDIR, a .zip, or one study on a DICOMweb server). Writes the case to --out (never
// over an existing file) or to stdout; findings go to stderr. Exit 0 drafted, 2 nothing drafted.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseDate, type MessageKey } from '../../core';
import { importDicom } from '../../node/import-dicom';
import { parseCommandArgs, type CommandContext } from '../services/command';
import { commandUsage, type Usage } from '../services/usage';

export const IMPORT_USAGE: Usage = {
  synopsis: [
    'reimage import PATH… [--out FILE] [--protocol ID] [--on DATE] [--context C] [--keep-identifiers]',
    (say) => `reimage import --dicomweb URL --study UID ${say.t('usage.import.same-options')}`,
  ],
  options: [
    ['PATH', 'usage.import.path'],
    ['--out FILE', 'usage.import.out'],
    ['--protocol ID', 'usage.import.protocol'],
    ['--on DATE', 'usage.import.on'],
    ['--context C', 'usage.import.context'],
    ['--keep-identifiers', 'usage.import.keep-identifiers'],
    ['--dicomweb URL', 'usage.import.dicomweb'],
    ['--study UID', 'usage.import.study'],
  ],
  footer: 'usage.import.headers-only',
};

const OPTIONS = {
  out: { type: 'string' },
  protocol: { type: 'string' },
  on: { type: 'string' },
  context: { type: 'string' },
  'keep-identifiers': { type: 'boolean' },
  dicomweb: { type: 'string' },
  study: { type: 'string' },
} as const;

const ID = /^[a-z0-9][a-z0-9-]*$/;

const NOTE_SEVERITY: Record<'error' | 'warning' | 'info', MessageKey> = { error: 'severity.error', warning: 'severity.warning', info: 'import.info' };

export async function importCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const parsed = parseCommandArgs(ctx, 'import', args, OPTIONS, commandUsage(IMPORT_USAGE, ctx.say));
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const { say } = ctx;
  const problems: string[] = [];
  if (values.dicomweb ? positionals.length > 0 || !values.study : positionals.length === 0) {
    problems.push(say.t(values.dicomweb ? 'import.study-and-no-paths' : 'import.nothing-to-read'));
  }
  if (values.study && !values.dicomweb) problems.push(say.t('import.study-needs-dicomweb'));
  if (values.on && !parseDate(values.on).ok) problems.push(say.t('import.bad-date', { value: values.on }));
  if (values.protocol && !ID.test(values.protocol)) problems.push(say.t('import.bad-protocol', { value: values.protocol }));
  if (values.context && !ID.test(values.context)) problems.push(say.t('import.bad-context', { value: values.context }));
  const out = values.out ? resolve(ctx.cwd, values.out) : undefined;
  if (out && existsSync(out)) problems.push(say.t('import.out-exists', { file: values.out! }));
  if (problems.length) {
    for (const problem of problems) ctx.err(`${say.t('import.problem', { problem })}\n`);
    return 2;
  }

  const caseId = out
    ? basename(out)
        .replace(/\.case\.ya?ml$/i, '')
        .replace(/\.ya?ml$/i, '')
    : undefined;
  const result = await importDicom(
    {
      paths: positionals,
      dicomweb: values.dicomweb ? { url: values.dicomweb, study: values.study! } : undefined,
      caseId,
      protocol: values.protocol,
      on: values.on,
      context: values.context,
      keepIdentifiers: values['keep-identifiers'] ?? false,
    },
    ctx.cwd,
  );
  for (const n of result.notes) {
    const note = say.t('import.note', { severity: say.t(NOTE_SEVERITY[n.severity]), message: n.text ? say.say(n.text) : n.message });
    ctx.err(`${n.source ? say.t('import.note-about', { source: n.source, note }) : note}\n`);
  }
  if (!result.text) {
    ctx.err(`${say.t('import.problem', { problem: say.t('import.nothing-drafted', { count: result.read.files }) })}\n`);
    return 2;
  }
  if (!out) {
    ctx.out(result.text);
    return 0;
  }
  try {
    writeFileSync(out, result.text, { flag: 'wx' });
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    ctx.err(`${say.t('import.problem', { problem: say.t('import.cannot-write', { file: values.out!, reason }) })}\n`);
    return 2;
  }
  ctx.err(`${say.t('import.drafted', { file: values.out!, studies: result.studies, series: result.series, objects: result.objects })}\n`);
  return 0;
}

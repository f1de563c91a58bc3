// `reimage import PATH… | --dicomweb URL --study UID`: drafts a case from DICOM headers (a
// folder, a DICOMDIR, a .zip, or one study on a DICOMweb server). Writes the case to --out (never
// over an existing file) or to stdout; findings go to stderr. Exit 0 drafted, 2 nothing drafted.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDate } from '../../core';
import { importDicom, plural } from '../../node/import-dicom';
import type { CommandContext } from '../services/command';

export const IMPORT_USAGE = `usage:
  reimage import PATH… [--out FILE] [--protocol ID] [--on DATE] [--context C] [--keep-identifiers]
  reimage import --dicomweb URL --study UID [same options]

  PATH                folders (read recursively), DICOMDIR files or .zip archives of DICOM files
  --out FILE          write the draft case to FILE (never over an existing file); default: stdout
  --protocol ID       the protocol the case names
  --on DATE           the evaluation date, YYYY-MM-DD (default: today)
  --context C         the patient's clinical context (a key of the protocol's validity)
  --keep-identifiers  also write patient name, ID, birth date (as a comment) and the institution
  --dicomweb URL      a DICOMweb server's base URL: the study's metadata is read from it, no pixel data
  --study UID         the Study Instance UID to read from --dicomweb

Only headers are read; patient identifiers are left out unless --keep-identifiers is given.
`;

const ID = /^[a-z0-9][a-z0-9-]*$/;

export async function importCommand(ctx: CommandContext, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        protocol: { type: 'string' },
        on: { type: 'string' },
        context: { type: 'string' },
        'keep-identifiers': { type: 'boolean', default: false },
        dicomweb: { type: 'string' },
        study: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    ctx.err(`reimage import: ${(e as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    ctx.out(IMPORT_USAGE);
    return 0;
  }
  const problems: string[] = [];
  if (values.dicomweb ? positionals.length > 0 || !values.study : positionals.length === 0) {
    problems.push(
      values.dicomweb ? 'give --study UID with --dicomweb, and no paths' : 'give the folders, DICOMDIRs or zips to read, or --dicomweb URL --study UID',
    );
  }
  if (values.study && !values.dicomweb) problems.push('--study needs --dicomweb URL');
  if (values.on && !parseDate(values.on).ok) problems.push(`--on: expected a date written YYYY-MM-DD, found '${values.on}'`);
  if (values.protocol && !ID.test(values.protocol)) problems.push(`--protocol: '${values.protocol}' is not a protocol id (kebab-case)`);
  if (values.context && !ID.test(values.context)) problems.push(`--context: '${values.context}' is not a context (kebab-case)`);
  const out = values.out ? resolve(ctx.cwd, values.out) : undefined;
  if (out && existsSync(out)) problems.push(`--out: ${values.out} exists; choose a new file name (import never overwrites)`);
  if (problems.length) {
    for (const p of problems) ctx.err(`reimage import: ${p}\n`);
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
      keepIdentifiers: values['keep-identifiers'],
    },
    ctx.cwd,
  );
  for (const n of result.notes) ctx.err(`${n.source ? `${n.source}: ` : ''}${n.severity}: ${n.message}\n`);
  if (!result.text) {
    ctx.err(`reimage import: no case drafted (${plural(result.read.files, 'object')} read)\n`);
    return 2;
  }
  if (!out) {
    ctx.out(result.text);
    return 0;
  }
  try {
    writeFileSync(out, result.text, { flag: 'wx' });
  } catch (e) {
    ctx.err(`reimage import: cannot write ${values.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  ctx.err(
    `${values.out}: drafted ${result.studies} ${result.studies === 1 ? 'study' : 'studies'}, ${result.series} series from ${plural(result.objects, 'object')}\n`,
  );
  return 0;
}

// Real DICOM files for the import tests, none written here: Debian's python3-pydicom test data,
// fetched with apt-get at test time and cached in the OS temp folder (never committed), plus
// dcmtk (dcmodify, dump2dcm, dcmdump) to derive series from them and to read them as an oracle.
// Each function returns a `todo` reason naming the command when the machine cannot provide it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CACHE = join(tmpdir(), 'reimage-test-pydicom');
const DATA = join(CACHE, 'x', 'usr', 'lib', 'python3', 'dist-packages', 'pydicom', 'data');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, ...opts });

let aptUpdated = false;
function aptUpdate() {
  if (!aptUpdated && isRoot()) {
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
}

/** `{ testFiles, charsetFiles }` of python3-pydicom, or `{ todo }`. */
export function pydicomData() {
  const testFiles = join(DATA, 'test_files');
  if (existsSync(join(testFiles, 'MR_small.dcm'))) return { testFiles, charsetFiles: join(DATA, 'charset_files') };
  const stage = mkdtempSync(join(tmpdir(), 'reimage-pydicom-'));
  let got = run('apt-get', ['download', 'python3-pydicom'], { cwd: stage });
  if (got.status !== 0) {
    aptUpdate();
    got = run('apt-get', ['download', 'python3-pydicom'], { cwd: stage });
  }
  const deb = got.status === 0 && readdirSync(stage).find((f) => f.endsWith('.deb'));
  if (!deb) {
    rmSync(stage, { recursive: true, force: true });
    return { todo: "needs Debian's test data: `apt-get download python3-pydicom` failed (run `apt-get update` first?)" };
  }
  const x = run('dpkg-deb', ['-x', join(stage, deb), join(stage, 'x')]);
  if (x.status !== 0) return { todo: `dpkg-deb -x ${deb} failed: ${x.stderr}` };
  rmSync(CACHE, { recursive: true, force: true });
  renameSync(stage, CACHE);
  return { testFiles, charsetFiles: join(DATA, 'charset_files') };
}

/** True when dcmtk's tools run (installing the package as root when missing), or a todo reason. */
export function dcmtk() {
  if (run('dcmdump', ['--version']).status === 0) return true;
  if (isRoot()) {
    aptUpdate();
    run('apt-get', ['install', '-y', '-qq', 'dcmtk'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run('dcmdump', ['--version']).status === 0) return true;
  }
  return 'needs dcmtk: `apt-get install -y dcmtk`';
}

/** What dcmdump reads for `tag` (e.g. `0018,0050`) in `file`: the oracle of what the headers hold. */
export function dcmdumpValue(file, tag) {
  const r = run('dcmdump', ['-q', '+P', tag, file]);
  const line = r.stdout.split('\n').find((l) => l.toLowerCase().startsWith(`(${tag.toLowerCase()})`));
  if (!line) return undefined;
  const m = /^\S+ [A-Z]{2} (?:\[([^\]]*)\]|([^\s#(]+))/.exec(line);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * Copies `src` to `dest` and sets attributes with dcmodify: `{ '(0008,103E)': 't2_tse_tra' }`;
 * a value `{ file }` is read from a file (bytes as they are, e.g. GB18030 text).
 */
export function derive(src, dest, attributes) {
  mkdirSync(join(dest, '..'), { recursive: true });
  cpSync(src, dest);
  const args = ['-nb', '-nrc', '-imt'];
  for (const [tag, value] of Object.entries(attributes)) {
    if (value === null) args.push('-e', tag);
    else if (typeof value === 'object') args.push('-if', `${tag}=${value.file}`);
    else args.push('-i', `${tag}=${value}`);
  }
  const r = run('dcmodify', [...args, dest], { env: { ...process.env, DCMDICTPATH: dictionaries() } });
  if (r.status !== 0) throw new Error(`dcmodify ${args.join(' ')} ${dest}: ${r.stderr}`);
  return dest;
}

/** Writes a DICOM file from a dcmdump-format text with dump2dcm. */
export function dump2dcm(dumpText, dest) {
  const dump = `${dest}.dump`;
  writeFileSync(dump, dumpText);
  const r = run('dump2dcm', ['--write-xfer-little', dump, dest]);
  rmSync(dump, { force: true });
  if (r.status !== 0) throw new Error(`dump2dcm: ${r.stderr}`);
  return dest;
}

/**
 * dcmtk's dictionaries plus the one private tag they lack that the tests write: Siemens's
 * B_value (0019,xx0C) IS, as Siemens's conformance statements list it. Without an entry dcmodify
 * writes a private tag as UN with an empty value.
 */
function dictionaries() {
  const dir = ['/usr/share/libdcmtk17', '/usr/share/libdcmtk16', '/usr/share/dcmtk'].find((d) => existsSync(join(d, 'dicom.dic')));
  const extra = join(CACHE, 'siemens-b-value.dic');
  if (!existsSync(extra)) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(extra, '(0019,"SIEMENS MR HEADER",0c)\tIS\tB_value\t1\tPrivateTag\n');
  }
  return dir ? [join(dir, 'dicom.dic'), join(dir, 'private.dic'), extra].join(':') : extra;
}

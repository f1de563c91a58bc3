// `reimage import --dicomweb`: one study's metadata read from a real Orthanc with its DICOMweb
// plugin (Debian's orthanc, orthanc-dicomweb), started here on a free loopback port with a
// temporary configuration and loaded with pydicom's files. The draft must equal the one made
// from the same files on disc: the same mapping, whichever way the headers arrive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { dcmtk, derive, pydicomData } from '../helpers/dicom-data.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'reimage.js');
const PLUGIN = '/usr/share/orthanc/plugins/libOrthancDicomWeb.so';

function orthancAvailable() {
  const ok = () => spawnSync('Orthanc', ['--version'], { encoding: 'utf8' }).status === 0 && existsSync(PLUGIN);
  if (ok()) return true;
  if (process.getuid?.() === 0) {
    spawnSync('apt-get', ['install', '-y', '-qq', 'orthanc', 'orthanc-dicomweb'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 300_000,
    });
    if (ok()) return true;
  }
  return 'needs Orthanc with DICOMweb: `apt-get install -y orthanc orthanc-dicomweb`';
}

const data = pydicomData();
const tools = data.todo ?? dcmtk();
const orthanc = tools === true ? orthancAvailable() : tools;
const todo = orthanc === true ? undefined : orthanc;

let work, server, base;

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

before(async () => {
  if (todo) return;
  work = mkdtempSync(join(tmpdir(), 'reimage-orthanc-'));
  const port = await freePort();
  const config = {
    Name: 'reimage-test',
    StorageDirectory: join(work, 'db'),
    IndexDirectory: join(work, 'db'),
    Plugins: [PLUGIN],
    HttpPort: port,
    RemoteAccessAllowed: false,
    AuthenticationEnabled: false,
    DicomServerEnabled: false,
    WebDavEnabled: false,
    OrthancExplorerEnabled: false,
    HttpCompressionEnabled: false,
    DicomWeb: { Enable: true, Root: '/dicom-web/' },
  };
  writeFileSync(join(work, 'orthanc.json'), JSON.stringify(config));
  server = spawn('Orthanc', [join(work, 'orthanc.json')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr.on('data', (c) => {
    log += c;
  });
  base = `http://127.0.0.1:${port}`;
  // Wait for its HTTP server: each refused connection is retried until Orthanc answers or exits.
  for (;;) {
    if (server.exitCode !== null) throw new Error(`Orthanc exited: ${log}`);
    try {
      if ((await fetch(`${base}/system`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
});

after(() => {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

test(
  'a study read over DICOMweb (QIDO-RS, WADO-RS /metadata) drafts the same case as its files',
  { todo },
  todo
    ? () => {}
    : async () => {
        const MR = join(data.testFiles, 'MR_small.dcm');
        const dir = join(work, 'files');
        const files = [
          derive(MR, join(dir, 'a.dcm'), { '(0008,103E)': 't2_tse_tra', '(0018,0087)': '15000', '(0018,0015)': 'BRAIN' }),
          derive(MR, join(dir, 'b.dcm'), {
            '(0008,103E)': 'Ax T1 +C',
            '(0018,0020)': null,
            '(0020,000E)': '1.2.826.0.1.3680043.10.1234.500',
            '(0008,0018)': '1.2.826.0.1.3680043.10.999.500',
            '(0020,0011)': '2',
          }),
        ];
        for (const f of files) {
          const r = await fetch(`${base}/instances`, { method: 'POST', body: readFileSync(f) });
          assert.ok(r.ok, `Orthanc stored ${f}: ${r.status}`);
        }
        const studyUid = /\[([^\]]+)\]/.exec(spawnSync('dcmdump', ['-q', '+P', '0020,000d', files[0]], { encoding: 'utf8' }).stdout)[1];
        const run = (args) => spawnSync(process.execPath, [bin, 'import', ...args, '--on', '2026-04-10'], { encoding: 'utf8', timeout: 60_000 });
        const web = run(['--dicomweb', `${base}/dicom-web`, '--study', studyUid]);
        assert.equal(web.status, 0, web.stderr);
        const disc = run([dir]);
        assert.equal(disc.status, 0, disc.stderr);
        const draft = parse(web.stdout);
        assert.equal(draft.studies[0].field_strength, '1.5T');
        assert.deepEqual(
          draft.studies[0].series.map((s) => s.sequence),
          ['T2', 'T1-contrast'],
        );
        assert.deepEqual(draft, parse(disc.stdout));
        // Values and their comments agree line for line; only the opening comment says how it was read.
        const body = (t) => t.split('\n').filter((l) => !l.startsWith('# Drafted'));
        assert.deepEqual(body(web.stdout), body(disc.stdout));

        const missing = run(['--dicomweb', `${base}/dicom-web`, '--study', '1.2.3.4.5']);
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /no study 1\.2\.3\.4\.5 on this server/);
        const notUid = run(['--dicomweb', `${base}/dicom-web`, '--study', '../../system']);
        assert.equal(notUid.status, 2);
        assert.match(notUid.stderr, /is not a Study Instance UID/);
      },
);

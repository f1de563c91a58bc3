// reimage/importDicom: the server drafts a case from the DICOM a client names (Debian's pydicom
// files, fetched at test time), the same draft as `reimage import`; bad requests are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ProgressType } from 'vscode-jsonrpc';
import { root, startInProcess, workspaceFolder } from './harness.mjs';
import { pydicomData } from '../helpers/dicom-data.mjs';

const data = pydicomData();

test(
  'reimage/importDicom answers the draft `reimage import` writes, and refuses relative paths',
  { todo: data.todo },
  data.todo
    ? () => {}
    : async () => {
        const ws = workspaceFolder({ 'protocols/.keep': '' });
        const client = await startInProcess([ws.uri]);
        try {
          const mr = join(data.testFiles, 'MR_small.dcm');
          const reports = [];
          client.connection.onProgress(new ProgressType(), 'import-1', (value) => reports.push(value));
          const result = await client.request('reimage/importDicom', {
            paths: [mr],
            caseId: 'from-disc',
            protocol: 'tier3a-public',
            workDoneToken: 'import-1',
          });
          assert.deepEqual(reports, [{ kind: 'report', message: '1 of 1 files', percentage: 100 }], "the reading is reported on the client's token");
          assert.equal(result.cancelled, false);
          assert.equal(result.studies, 1);
          const cli = spawnSync(process.execPath, [join(root, 'bin', 'reimage.js'), 'import', mr, '--protocol', 'tier3a-public'], { encoding: 'utf8' });
          const fromCli = parse(cli.stdout);
          const fromServer = parse(result.text);
          assert.equal(fromServer.case, 'from-disc');
          assert.deepEqual(fromServer.studies, fromCli.studies);
          const relative = await client.request('reimage/importDicom', { paths: ['MR_small.dcm'], caseId: 'x' });
          assert.equal(relative.text, undefined);
          assert.match(relative.notes[0].message, /absolute paths/);
        } finally {
          await client.shutdown();
        }
      },
);

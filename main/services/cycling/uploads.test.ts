// An upload is hashed as its chunks arrive, once: the dialog's "already imported" check and the
// import's stored SHA-256 both use that hash, and it is the hash of the bytes on disk.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { detectUploadedFile } from './cycling-uploads';
import { importCyclingTest } from './import-cycling-test';

let temp: TempNotebook | null = null;
afterEach(() => {
  temp?.ctx.uploads.close();
  temp?.dispose();
  temp = null;
});

describe('uploads', () => {
  it('hash the bytes as they arrive, and the import stores that hash', async () => {
    temp = await openTempNotebook();
    const source = path.join(temp.dir, 'cell.csv');
    writeArbinCsv(source, syntheticTest({ seed: 3, cycles: 2, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 60 }), 1_767_258_000);
    const bytes = readFileSync(source);
    const expected = createHash('sha256').update(bytes).digest('hex');
    const { uploads } = temp.ctx;
    const { uploadId } = uploads.begin('cell.csv', bytes.byteLength);
    // Uneven chunks, as a browser may send them.
    for (let offset = 0; offset < bytes.byteLength; offset += 7777) uploads.append(uploadId, offset, bytes.subarray(offset, offset + 7777).toString('base64'));
    const upload = uploads.completed(uploadId);
    expect(upload.sha256).toBe(expected);
    expect(createHash('sha256').update(readFileSync(upload.filePath)).digest('hex')).toBe(expected);
    expect((await detectUploadedFile(temp.ctx, uploadId)).alreadyImported).toBeNull();

    const outcome = await importCyclingTest(temp.ctx, [upload], {});
    const stored = temp.ctx.notebook.db.prepare('SELECT sha256 FROM cycling_files WHERE test_id = ?').get(outcome.testId) as { sha256: string };
    expect(stored.sha256).toBe(expected);
    expect((await detectUploadedFile(temp.ctx, uploadId)).alreadyImported).toEqual({ testId: outcome.testId, name: outcome.name });
  });
});

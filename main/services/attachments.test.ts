import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { makeLot, makeMaterial } from '../testing/inventory-factories';
import { dispatch } from './dispatch';
import { addAttachment, archiveAttachment, getAttachmentContent, listAttachments } from './attachments';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

const pdf = Buffer.from('%PDF-1.7 certificate of analysis: LiTFSI, lot SA-4411, H2O < 20 ppm');

describe('attachments', () => {
  it('stores a file once by its SHA-256, however many records it is attached to, and gives it back unchanged', async () => {
    temp = await openTempNotebook();
    const salt = makeMaterial(temp.ctx);
    const lotA = makeLot(temp.ctx, salt.id, { lotNumber: 'A' });
    const lotB = makeLot(temp.ctx, salt.id, { lotNumber: 'B' });
    const input = { recordTable: 'lots' as const, fileName: 'CoA.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64'), note: null };
    const first = addAttachment(temp.ctx, { ...input, recordId: lotA.id });
    addAttachment(temp.ctx, { ...input, recordId: lotB.id });
    expect(first).toMatchObject({ fileName: 'CoA.pdf', byteLength: pdf.byteLength, sha256: createHash('sha256').update(pdf).digest('hex') });
    expect(temp.notebook.db.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 1 });
    expect(Buffer.from(getAttachmentContent(temp.ctx, first.id).contentBase64, 'base64').equals(pdf)).toBe(true);
    expect(() => addAttachment(temp.ctx, { ...input, fileName: 'copy.pdf', recordId: lotA.id })).toThrow('this file is already attached here as CoA.pdf');
    archiveAttachment(temp.ctx, first.id);
    expect(listAttachments(temp.ctx, { recordTable: 'lots', recordId: lotA.id })).toEqual([]);
    expect(listAttachments(temp.ctx, { recordTable: 'lots', recordId: lotB.id })).toHaveLength(1);
  });

  it('refuses a record that does not exist, and a table that cannot carry files', async () => {
    temp = await openTempNotebook();
    const silent = () => undefined;
    expect(await dispatch(temp.ctx, 'addAttachment', { recordTable: 'lots', recordId: 99, fileName: 'x.pdf', contentBase64: 'AAAA' }, silent)).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'lot 99 does not exist' },
    });
    expect(await dispatch(temp.ctx, 'addAttachment', { recordTable: 'history', recordId: 1, fileName: 'x.pdf', contentBase64: 'AAAA' }, silent)).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ field: 'recordTable' }] },
    });
  });
});

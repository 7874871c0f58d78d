import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellbookLink, parseCellbookLink } from '../../../shared/labels/cellbook-link';
import { createDemoNotebook } from '../demo/demo-notebook';
import { handlers } from '../handlers';
import { qrSvgModules } from '../../testing/qr-svg-modules';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { findRecordsByText } from './label-records';

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openTempNotebook();
  createDemoNotebook(temp.ctx);
}, 60_000);
afterAll(() => temp?.dispose());

const idOf = (sql: string, ...params: unknown[]) => (temp.ctx.notebook.db.prepare(sql).get(...params) as { id: number }).id;
const htmlOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64').toString('utf8');

/** The matrix the encoder computes for a text, as rows of booleans. */
function encoderModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

describe('labels', () => {
  it("carries a lot's code, name, date and a QR code of its link", async () => {
    const lotId = idOf("SELECT id FROM lots WHERE lot_number = 'LPSC-2026-01'");
    const lot = temp.ctx.notebook.db.prepare('SELECT received_on, materials.name FROM lots JOIN materials ON materials.id = material_id WHERE lots.id = ?').get(lotId) as { received_on: string | null; name: string };
    const file = await handlers.makeLabels(temp.ctx, { records: [{ kind: 'lot', id: lotId }], size: 'a4-3x8', format: 'html' });
    expect(file).toMatchObject({ fileName: 'label-LPSC-2026-01.html', mediaType: 'text/html', rows: 1 });
    const page = htmlOf(file);
    expect(page).toContain('>LPSC-2026-01</div>');
    expect(page).toContain(lot.name);
    if (lot.received_on) expect(page).toContain(`>${lot.received_on}</div>`);
    expect(page).toContain('@page { size: 210mm 297mm');
    const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(1);
    const link = 'cellbook://lot/LPSC-2026-01';
    expect(qrSvgModules(svgs[0] as string)).toEqual(encoderModules(link));
    expect(qrSvgModules(svgs[0] as string)).not.toEqual(encoderModules('cellbook://lot/LPSC-2026-02'));
    // The link the label carries opens that lot.
    expect(findRecordsByText(temp.ctx, link).map((r) => [r.kind, r.id])).toEqual([['lot', lotId]]);
  });

  it('finds a record from its bare code or its link, cells as build/label, and nothing from a partial code', () => {
    const batchId = idOf("SELECT id FROM batches ORDER BY id LIMIT 1");
    const batchCode = (temp.ctx.notebook.db.prepare('SELECT code FROM batches WHERE id = ?').get(batchId) as { code: string }).code;
    const buildId = idOf("SELECT id FROM builds WHERE name = 'Example 1'");
    const cellId = idOf("SELECT id FROM cells WHERE build_id = ? AND label = '#1'", buildId);
    expect(findRecordsByText(temp.ctx, batchCode.toLowerCase()).map((r) => [r.kind, r.id])).toEqual([['batch', batchId]]);
    expect(findRecordsByText(temp.ctx, 'example 1').map((r) => [r.kind, r.id])).toEqual([['build', buildId]]);
    expect(findRecordsByText(temp.ctx, 'Example 1/#1').map((r) => [r.kind, r.id, r.buildId])).toEqual([['cell', cellId, buildId]]);
    const cellLink = cellbookLink({ kind: 'cell', build: 'Example 1', cell: '#1' });
    expect(cellLink).toBe('cellbook://cell/Example%201/%231');
    expect(findRecordsByText(temp.ctx, cellLink).map((r) => r.id)).toEqual([cellId]);
    expect(findRecordsByText(temp.ctx, 'Example')).toEqual([]);
    expect(findRecordsByText(temp.ctx, 'cellbook://lot/NO-SUCH-LOT')).toEqual([]);
    expect(parseCellbookLink('CELLBOOK://BUILD/Example%201')).toEqual({ kind: 'build', code: 'Example 1' });
  });

  it('lays many labels out on pages of the sheet and refuses an unknown record in a sentence', async () => {
    const ids = (temp.ctx.notebook.db.prepare('SELECT id FROM lots ORDER BY id').all() as Array<{ id: number }>).map((row) => ({ kind: 'lot' as const, id: row.id }));
    const page = htmlOf(await handlers.makeLabels(temp.ctx, { records: ids, size: 'a4-l7160', format: 'html' }));
    expect(page.match(/<section class="page">/g)).toHaveLength(Math.ceil(ids.length / 21));
    expect(page.match(/class="label"/g)).toHaveLength(ids.length);
    await expect(handlers.makeLabels(temp.ctx, { records: [{ kind: 'cell', id: 99999 }], format: 'html' })).rejects.toThrow('there is no cell with id 99999 in this notebook');
  });
});

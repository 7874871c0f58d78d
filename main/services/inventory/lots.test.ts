import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { listHistory } from '../history';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { makeLot, makeMaterial } from '../../testing/inventory-factories';
import { archiveLotMovement, consumeFromLot, recordLotAdjustment, recordLotUse } from './lot-movements';
import { getLot, listInventoryWarnings, setLotArchived, updateLot } from './lots';
import { listLocations } from './locations';

let temp: TempNotebook;
afterEach(() => temp?.dispose());
const silent = () => undefined;

/** A notebook whose clock says 2026-11-27 12:00 local time. */
async function notebookOn27Nov(): Promise<TempNotebook> {
  const t = await openTempNotebook();
  t.ctx.writer.now = () => new Date(2026, 10, 27, 12, 0, 0);
  return t;
}

describe('lot consumption', () => {
  it('remaining = quantity - uses + adjustments, in the lot unit (25 g - 2.5 g - 250 mg + 1 g = 23.25 g)', async () => {
    temp = await notebookOn27Nov();
    const salt = makeMaterial(temp.ctx);
    const lot = makeLot(temp.ctx, salt.id);
    recordLotUse(temp.ctx, { lotId: lot.id, amount: 2.5, unit: 'g', purpose: 'gel batch' });
    recordLotUse(temp.ctx, { lotId: lot.id, amount: 250, unit: 'mg', purpose: null });
    recordLotAdjustment(temp.ctx, { lotId: lot.id, amount: 1, unit: 'g', reason: 'reweighed: bottle held more' });
    expect(getLot(temp.ctx, lot.id)).toMatchObject({ quantity: 25, remaining: 25 - 2.5 - 0.25 + 1, used: 2.75 });
  });

  it('converts a volume taken from a lot counted in grams through the density (74.0 mL x 1.22 g/mL = 90.28 g)', async () => {
    temp = await notebookOn27Nov();
    const acid = makeMaterial(temp.ctx, { name: 'Formic acid', kind: 'acid', formula: 'CH2O2', densityGCm3: 1.22 });
    const lot = makeLot(temp.ctx, acid.id, { quantity: 500, unit: 'g' });
    const [movement] = recordLotUse(temp.ctx, { lotId: lot.id, amount: 74.0, unit: 'mL', purpose: null });
    expect(movement).toMatchObject({ enteredAmount: 74, enteredUnit: 'mL' });
    expect(movement?.amountInLotUnit).toBeCloseTo(74.0 * 1.22, 10);
    expect(getLot(temp.ctx, lot.id).remaining).toBeCloseTo(500 - 74.0 * 1.22, 10);
  });

  it('refuses to take more than remains, with the numbers, and writes nothing', async () => {
    temp = await notebookOn27Nov();
    const salt = makeMaterial(temp.ctx);
    const lot = makeLot(temp.ctx, salt.id, { quantity: 10, unit: 'g' });
    recordLotUse(temp.ctx, { lotId: lot.id, amount: 8, unit: 'g', purpose: null });
    const historyBefore = listHistory(temp.ctx, { limit: 100 }).entries.length;
    const result = await dispatch(temp.ctx, 'recordLotUse', { lotId: lot.id, amount: 2500, unit: 'mg' }, silent);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'lot SA-4411 of LiTFSI has 2 g left; this use needs 2.5 g. If the bottle holds more than recorded, record an adjustment with a reason first.' },
    });
    expect(getLot(temp.ctx, lot.id).remaining).toBe(2);
    expect(listHistory(temp.ctx, { limit: 100 }).entries.length).toBe(historyBefore);
    // Exactly what is left is fine.
    recordLotUse(temp.ctx, { lotId: lot.id, amount: 2, unit: 'g', purpose: null });
    expect(getLot(temp.ctx, lot.id).remaining).toBe(0);
  });

  it('lets an adjustment with a reason make room, and undoing a use gives it back', async () => {
    temp = await notebookOn27Nov();
    const salt = makeMaterial(temp.ctx);
    const lot = makeLot(temp.ctx, salt.id, { quantity: 10, unit: 'g' });
    const [use] = recordLotUse(temp.ctx, { lotId: lot.id, amount: 9, unit: 'g', purpose: null });
    recordLotAdjustment(temp.ctx, { lotId: lot.id, amount: 3, unit: 'g', reason: 'second bottle found' });
    recordLotUse(temp.ctx, { lotId: lot.id, amount: 4, unit: 'g', purpose: null });
    expect(getLot(temp.ctx, lot.id).remaining).toBe(0);
    archiveLotMovement(temp.ctx, use!.id);
    expect(getLot(temp.ctx, lot.id).remaining).toBe(9);
  });

  it('refuses an adjustment below zero, one without a reason, a unit that cannot convert, and an archived lot', async () => {
    temp = await notebookOn27Nov();
    const salt = makeMaterial(temp.ctx);
    const lot = makeLot(temp.ctx, salt.id, { quantity: 10, unit: 'g' });
    expect(() => recordLotAdjustment(temp.ctx, { lotId: lot.id, amount: -11, unit: 'g', reason: 'spilled' })).toThrow('lot SA-4411 has 10 g left; an adjustment of -11 g would leave -1 g');
    expect(await dispatch(temp.ctx, 'recordLotAdjustment', { lotId: lot.id, amount: -1, unit: 'g', reason: ' ' }, silent)).toMatchObject({ ok: false, error: { issues: [{ field: 'reason' }] } });
    expect(() => recordLotUse(temp.ctx, { lotId: lot.id, amount: 1, unit: 'mL', purpose: null })).toThrow("unit: lot SA-4411 is counted in g; converting mL to g needs the material's density");
    expect(() => consumeFromLot(temp.ctx, { lotId: lot.id, amount: 1, unit: 'pieces', purpose: null })).toThrow('pieces cannot be converted to g');
    setLotArchived(temp.ctx, lot.id, true);
    expect(() => recordLotUse(temp.ctx, { lotId: lot.id, amount: 1, unit: 'g', purpose: null })).toThrow('lot SA-4411 of LiTFSI is archived; restore it first');
  });
});

describe('lots', () => {
  it('refuses a duplicate lot number for the same material, a received date in the future, and opening before receiving', async () => {
    temp = await notebookOn27Nov();
    const salt = makeMaterial(temp.ctx);
    makeLot(temp.ctx, salt.id, { lotNumber: 'SA-4411' });
    const other = makeMaterial(temp.ctx, { name: 'LiFSI', formula: 'LiN(SO2F)2' });
    expect(makeLot(temp.ctx, other.id, { lotNumber: 'SA-4411' }).lotNumber).toBe('SA-4411'); // another material may reuse it
    const duplicate = await dispatch(temp.ctx, 'createLot', { materialId: salt.id, lotNumber: 'sa-4411', quantity: 5, unit: 'g' }, silent);
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', message: 'lot number "sa-4411" already exists for LiTFSI (lot 1)' } });
    const future = await dispatch(temp.ctx, 'createLot', { materialId: salt.id, lotNumber: 'X', quantity: 5, unit: 'g', receivedOn: '2026-11-28' }, silent);
    expect(future).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ field: 'receivedOn', message: '2026-11-28 is in the future (today is 2026-11-27)' }] } });
    const backwards = await dispatch(temp.ctx, 'createLot', { materialId: salt.id, lotNumber: 'Y', quantity: 5, unit: 'g', receivedOn: '2026-11-20', openedOn: '2026-11-19' }, silent);
    expect(backwards).toMatchObject({ ok: false, error: { issues: [{ field: 'openedOn', message: 'opened (2026-11-19) before it was received (2026-11-20)' }] } });
    const negative = await dispatch(temp.ctx, 'createLot', { materialId: salt.id, lotNumber: 'Z', quantity: -5, unit: 'g' }, silent);
    expect(negative).toMatchObject({ ok: false, error: { issues: [{ field: 'quantity', message: 'must be above 0 of the lot' }] } });
    const notDate = await dispatch(temp.ctx, 'createLot', { materialId: salt.id, lotNumber: 'Z', quantity: 5, unit: 'g', expiresOn: '2026-02-30' }, silent);
    expect(notDate).toMatchObject({ ok: false, error: { issues: [{ field: 'expiresOn', message: 'not a date in the calendar' }] } });
    expect(temp.notebook.db.prepare('SELECT count(*) AS n FROM lots').get()).toEqual({ n: 2 });
  });

  it('creates nested locations from a path once and reuses them', async () => {
    temp = await notebookOn27Nov();
    const salt = makeMaterial(temp.ctx);
    makeLot(temp.ctx, salt.id, { lotNumber: 'A', locationPath: 'Room 101 > Glovebox A > Shelf 2' });
    const lot = makeLot(temp.ctx, salt.id, { lotNumber: 'B', locationPath: 'room 101 >glovebox a> Shelf 3' });
    expect(lot.locationPath).toBe('Room 101 > Glovebox A > Shelf 3');
    expect(listLocations(temp.ctx).map((l) => [l.path, l.lotCount])).toEqual([
      ['Room 101', 0],
      ['Room 101 > Glovebox A', 0],
      ['Room 101 > Glovebox A > Shelf 2', 1],
      ['Room 101 > Glovebox A > Shelf 3', 1],
    ]);
  });

  it('lists warnings: expired, low, hygroscopic open too long; archived lots are quiet', async () => {
    temp = await notebookOn27Nov();
    const salt = makeMaterial(temp.ctx); // lithium salt: flagged after 30 days open
    const expired = makeLot(temp.ctx, salt.id, { lotNumber: 'OLD', receivedOn: '2025-01-01', expiresOn: '2026-11-01' });
    const open = makeLot(temp.ctx, salt.id, { lotNumber: 'OPEN', receivedOn: '2026-09-01', openedOn: '2026-10-01' });
    const low = makeLot(temp.ctx, salt.id, { lotNumber: 'LOW', quantity: 10, lowStockThreshold: 5 });
    recordLotUse(temp.ctx, { lotId: low.id, amount: 6, unit: 'g', purpose: null });
    expect(listInventoryWarnings(temp.ctx).map((w) => [w.lotNumber, w.kind, w.message])).toEqual([
      ['OLD', 'expired', 'expired on 2026-11-01 (26 days ago)'],
      ['LOW', 'low_stock', '4 g left, below the 5 g threshold'],
      ['OPEN', 'open_too_long', 'open for 57 days (since 2026-10-01); this material is flagged after 30 days open'],
    ]);
    setLotArchived(temp.ctx, expired.id, true);
    updateLot(temp.ctx, { id: open.id, changes: { openedOn: '2026-11-20' } });
    expect(listInventoryWarnings(temp.ctx).map((w) => w.lotNumber)).toEqual(['LOW']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { makeLot, makeMaterial } from '../../testing/inventory-factories';
import { listHistory } from '../history';
import { importInventory, previewInventoryImport } from './inventory-import';
import { getLot, listLotsOfMaterial } from './lots';
import { listMaterials } from './materials';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

// Header in another order, with units and synonyms, as a lab's own sheet would have it.
const SHEET = csv([
  'Lot No.,Material,Kind,Formula,Qty,Unit,Date received,Location,Density (g/cm3)',
  'SA-4411,LiTFSI,lithium salt,LiN(SO2CF3)2,25,g,2026-10-01,Room 101 > Glovebox A,',
  'SA-4412,LiTFSI,lithium salt,LiN(SO2CF3)2,"12,5",g,2026-10-01,Room 101 > Glovebox A,',
  'T-77,TEOS,oxide_precursor,Si(OC2H5)4,500,mL,2026-09-15,Room 101 > Solvent cabinet,0.933',
  'SA-4411,LiTFSI,lithium_salt,LiN(SO2CF3)2,25,g,2026-10-01,,',
  'X-1,Mystery powder,lithium_salt,LiXxO2,5,g,,,',
  'N-1,NMP,medium,C5H9NO,-1,L,2026-10-01,,',
  'F-9,Formic acid,acid,CH2O2,100,ounces,2027-01-01,,',
]);

describe('inventory import', () => {
  it('previews every row as create, duplicate or invalid with reasons naming the column, writing nothing', async () => {
    temp = await openTempNotebook();
    temp.ctx.writer.now = () => new Date(2026, 10, 27, 12);
    const preview = await previewInventoryImport(temp.ctx, 'glovebox.csv', SHEET);
    expect(preview.format).toBe('csv');
    expect(preview.counts).toEqual({ create: 3, duplicate: 1, invalid: 3 });
    expect(preview.rows.map((row) => [row.line, row.status, row.createsMaterial, row.reasons])).toEqual([
      [2, 'create', true, []],
      [3, 'create', false, []],
      [4, 'create', true, []],
      [5, 'duplicate', false, ['same material and lot number as line 2']],
      [6, 'invalid', false, [expect.stringMatching(/^formula: unknown element "Xx"/)]],
      [7, 'invalid', false, ['quantity: must be above 0 of the lot']],
      [8, 'invalid', false, ['unit: "ounces" is not one of mg, g, kg, mL, L, pieces, cm2']],
    ]);
    expect(listMaterials(temp.ctx, { status: 'all' })).toEqual([]);
    expect(listHistory(temp.ctx, { limit: 10 }).entries).toEqual([]);
  });

  it('imports the accepted rows in one transaction, with decimal commas and locations', async () => {
    temp = await openTempNotebook();
    const result = await importInventory(temp.ctx, 'glovebox.csv', SHEET, { acceptLines: [2, 3, 4] });
    expect(result).toEqual({ createdMaterials: 2, createdLots: 3, skippedLines: [5, 6, 7, 8] });
    const materials = listMaterials(temp.ctx, { status: 'active' });
    expect(materials.map((m) => [m.name, m.lotCount])).toEqual([['LiTFSI', 2], ['TEOS', 1]]);
    const teos = materials.find((m) => m.name === 'TEOS')!;
    const [teosLot] = listLotsOfMaterial(temp.ctx, teos.id, false);
    expect(teosLot).toMatchObject({ lotNumber: 'T-77', quantity: 500, unit: 'mL', locationPath: 'Room 101 > Solvent cabinet', receivedOn: '2026-09-15' });
    const salt = listLotsOfMaterial(temp.ctx, materials[0]!.id, false);
    expect(salt.map((lot) => lot.quantity)).toEqual([25, 12.5]);
  });

  it('recognises rows already in the notebook as duplicates and refuses to import them', async () => {
    temp = await openTempNotebook();
    const salt = makeMaterial(temp.ctx);
    makeLot(temp.ctx, salt.id, { lotNumber: 'SA-4411' });
    const preview = await previewInventoryImport(temp.ctx, 'glovebox.csv', SHEET);
    expect(preview.rows[0]).toMatchObject({ line: 2, status: 'duplicate', reasons: ['lot SA-4411 of LiTFSI is already in the notebook'] });
    await expect(importInventory(temp.ctx, 'glovebox.csv', SHEET, { acceptLines: [2, 3] })).rejects.toThrow(
      'glovebox.csv: these rows can no longer be imported: line 2 (duplicate: lot SA-4411 of LiTFSI is already in the notebook); nothing was imported',
    );
    expect(listLotsOfMaterial(temp.ctx, salt.id, true)).toHaveLength(1);
  });

  it('in strict mode refuses the whole file, listing every invalid row by line', async () => {
    temp = await openTempNotebook();
    temp.ctx.writer.now = () => new Date(2026, 10, 27, 12);
    await expect(importInventory(temp.ctx, 'glovebox.csv', SHEET, { strict: true })).rejects.toThrow(/^glovebox\.csv: 3 invalid row\(s\); nothing was imported\nline 6: formula: unknown element "Xx".*\nline 7: quantity: must be above 0 of the lot\nline 8: unit: "ounces"/s);
    expect(listMaterials(temp.ctx, { status: 'all' })).toEqual([]);
  });

  it('rolls back everything when a row fails while writing', async () => {
    temp = await openTempNotebook();
    // The third write (material, lot A, lot B) fails, as a full disk would.
    const bytes = csv(['name,kind,formula,lot,quantity,unit', 'LiTFSI,lithium_salt,LiN(SO2CF3)2,A,1,g', 'LiTFSI,lithium_salt,LiN(SO2CF3)2,B,1,g']);
    const original = temp.ctx.writer.operator;
    let calls = 0;
    temp.ctx.writer.operator = () => {
      calls += 1;
      if (calls === 3) throw new Error('disk full');
      return original();
    };
    await expect(importInventory(temp.ctx, 'x.csv', bytes)).rejects.toThrow('disk full');
    temp.ctx.writer.operator = original;
    expect(listMaterials(temp.ctx, { status: 'all' })).toEqual([]);
    expect(() => getLot(temp.ctx, 1)).toThrow('lot 1 does not exist');
  });

  it('names missing columns and undecodable bytes', async () => {
    temp = await openTempNotebook();
    await expect(previewInventoryImport(temp.ctx, 'short.csv', csv(['name,lot,quantity', 'LiTFSI,A,1']))).rejects.toThrow('short.csv line 1: missing required columns Kind, Formula and Unit');
    const latin1 = new Uint8Array([...new TextEncoder().encode('name,kind,formula,lot,quantity,unit\nCB,conductive_carbon,C,A,1,g\nAg 60 n'), 0xb5, ...new TextEncoder().encode('m,metal_powder,Ag,B,1,g\n')]);
    await expect(previewInventoryImport(temp.ctx, 'latin1.csv', latin1)).rejects.toThrow('latin1.csv line 3 is not valid UTF-8 (byte 0xB5); save the file as "CSV UTF-8" and import again');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { makeLot, makeMaterial } from '../testing/inventory-factories';
import { setMaterialArchived, updateMaterial } from './inventory/materials';
import { searchNotebook, toMatchExpression } from './search';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

const find = (query: string, includeArchived = true) =>
  searchNotebook(temp.ctx, { query, limit: 50, includeArchived }).groups.map((group) => [group.recordType, group.hits.map((hit) => hit.title)]);

describe('notebook-wide search', () => {
  it('finds materials and lots by name, formula, lot number, CAS, notes and tags, grouped by type', async () => {
    temp = await openTempNotebook();
    const salt = makeMaterial(temp.ctx, { casNumber: '90076-65-6', notes: 'keep dry; hygroscopic', tags: ['gel-process'] });
    makeMaterial(temp.ctx, { name: 'PTFE', kind: 'binder', formula: null, supplier: 'DuPont' });
    makeLot(temp.ctx, salt.id, { lotNumber: 'SA-4411', notes: 'second bottle from the Solvionic order' });

    expect(find('LiTFSI')).toEqual([['material', ['LiTFSI']], ['lot', ['SA-4411 LiTFSI']]]);
    expect(find('litf')).toEqual([['material', ['LiTFSI']], ['lot', ['SA-4411 LiTFSI']]]);
    expect(find('SA-4411')).toEqual([['lot', ['SA-4411 LiTFSI']]]);
    expect(find('90076')).toEqual([['material', ['LiTFSI']]]);
    expect(find('hygroscopic')).toEqual([['material', ['LiTFSI']]]);
    expect(find('gel-process')).toEqual([['material', ['LiTFSI']]]);
    expect(find('dupont')).toEqual([['material', ['PTFE']]]);
    expect(find('solvionic order')).toEqual([['lot', ['SA-4411 LiTFSI']]]);
    expect(find('nothing-like-this')).toEqual([]);
  });

  it('follows renames into the lots that carry the material name, and marks archived records', async () => {
    temp = await openTempNotebook();
    const salt = makeMaterial(temp.ctx);
    makeLot(temp.ctx, salt.id);
    updateMaterial(temp.ctx, { id: salt.id, changes: { name: 'Lithium bistriflimide' } });
    expect(find('bistriflimide')).toEqual([['material', ['Lithium bistriflimide']], ['lot', ['SA-4411 Lithium bistriflimide']]]);
    expect(find('LiTFSI')).toEqual([]);
    setMaterialArchived(temp.ctx, salt.id, true);
    const hits = searchNotebook(temp.ctx, { query: 'bistriflimide', limit: 50, includeArchived: true }).groups[0]?.hits;
    expect(hits?.[0]).toMatchObject({ recordType: 'material', archived: true });
    expect(find('bistriflimide', false)).toEqual([['lot', ['SA-4411 Lithium bistriflimide']]]);
  });

  it('treats every typed character as text, never as query syntax', () => {
    expect(toMatchExpression('LiN(SO2CF3)2 "x" OR y*')).toBe('"LiN"* AND "SO2CF3"* AND "2"* AND "x"* AND "OR"* AND "y"*');
    expect(toMatchExpression('  -- ')).toBeNull();
  });
});

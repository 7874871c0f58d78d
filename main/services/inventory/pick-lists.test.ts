import { afterEach, describe, expect, it } from 'vitest';
import { PICK_LISTS } from '../../../shared/materials/pick-lists';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { addPickListValue, listPickLists } from './pick-lists';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

describe('pick lists', () => {
  it("offers the patent's lists, with both spellings of the dioxolane of [0035] and claim 7", async () => {
    temp = await openTempNotebook();
    const lists = listPickLists(temp.ctx);
    expect(lists.map((list) => list.id)).toEqual(Object.keys(PICK_LISTS));
    const media = lists.find((list) => list.id === 'organicMedia')!;
    expect(media.values).toEqual(expect.arrayContaining(['4,5-dihydro-1,3-dioxolane', '4,5-diethyl-1,3-dioxolane', 'N-methylacetamide (n-MAc)', '1,2-dimethoxyethane (DME)']));
    expect(lists.find((list) => list.id === 'oxideMatrices')!.values).toEqual(['SiO2', 'Al2O3', 'ZrO2', 'TiO2', 'ZnO', 'SnO2', 'CeO2']);
    expect(lists.find((list) => list.id === 'anodeActives')!.values).not.toContain('Ni');
  });

  it('adds a value of the lab, once, and keeps it in history', async () => {
    temp = await openTempNotebook();
    addPickListValue(temp.ctx, 'lithiumSalts', 'LiDFOB');
    expect(listPickLists(temp.ctx).find((list) => list.id === 'lithiumSalts')!.added).toEqual(['LiDFOB']);
    expect(() => addPickListValue(temp.ctx, 'lithiumSalts', 'lidfob')).toThrow('"lidfob" is already in the lithium salt list');
    expect(() => addPickListValue(temp.ctx, 'lithiumSalts', 'LiClO4')).toThrow('"LiClO4" is already in the lithium salt list');
    expect(temp.notebook.db.prepare("SELECT count(*) AS n FROM history WHERE table_name = 'pick_list_values'").get()).toEqual({ n: 1 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { materialFieldsSchema } from '../../../shared/schemas/materials';
import { dispatch } from '../dispatch';
import { listHistory } from '../history';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { makeLot, makeMaterial } from '../../testing/inventory-factories';
import { addStarterMaterials } from './starter-set';
import { listMaterials, setMaterialArchived, updateMaterial } from './materials';
import { STARTER_MATERIALS } from '../../../shared/materials/starter-set';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

const silent = () => undefined;

describe('materials', () => {
  it('computes the molar mass from the formula: LiN(SO2CF3)2 = 6.94 + 14.007 + 2 x (32.06 + 2 x 15.999 + 12.011 + 3 x 18.998)', async () => {
    temp = await openTempNotebook();
    const material = makeMaterial(temp.ctx);
    expect(material.molarMassSource).toBe('formula');
    expect(material.molarMassGMol).toBeCloseTo(6.94 + 14.007 + 2 * (32.06 + 2 * 15.999 + 12.011 + 3 * 18.998), 6);
    expect(material.hygroscopicWarnDays).toBe(30); // lithium salts default
  });

  it('keeps an override with its reason, and recomputes when the formula changes without one', async () => {
    temp = await openTempNotebook();
    const material = makeMaterial(temp.ctx, { name: 'CuSO4 hydrate', kind: 'other', formula: 'CuSO4', molarMassOverride: { valueGMol: 249.69, reason: 'pentahydrate per CoA' } });
    expect(material).toMatchObject({ molarMassGMol: 249.69, molarMassSource: 'override', molarMassOverrideReason: 'pentahydrate per CoA' });
    const cleared = updateMaterial(temp.ctx, { id: material.id, changes: { molarMassOverride: null } });
    expect(cleared.molarMassSource).toBe('formula');
    expect(cleared.molarMassGMol).toBeCloseTo(63.546 + 32.06 + 4 * 15.999, 6);
    const renamed = updateMaterial(temp.ctx, { id: material.id, changes: { formula: 'CuSO4·5H2O' } });
    expect(renamed.molarMassGMol).toBeCloseTo(63.546 + 32.06 + 4 * 15.999 + 5 * (2 * 1.008 + 15.999), 6);
  });

  it('refuses an unknown element, a bad CAS number and a duplicate name, naming the field; nothing is saved', async () => {
    temp = await openTempNotebook();
    makeMaterial(temp.ctx);
    const badFormula = await dispatch(temp.ctx, 'createMaterial', { name: 'Mystery', kind: 'other', formula: 'LiXxO2' }, silent);
    expect(badFormula).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ field: 'formula', message: expect.stringContaining('unknown element "Xx"') }] } });
    const badCas = await dispatch(temp.ctx, 'createMaterial', { name: 'TEOS', kind: 'oxide_precursor', casNumber: '78-10-5' }, silent);
    expect(badCas).toMatchObject({ ok: false, error: { issues: [{ field: 'casNumber', message: 'check digit should be 4, not 5: a digit is probably mistyped' }] } });
    const duplicate = await dispatch(temp.ctx, 'createMaterial', { name: 'litfsi', kind: 'lithium_salt' }, silent);
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('a material named "litfsi" already exists') } });
    const negative = await dispatch(temp.ctx, 'createMaterial', { name: 'NMP', kind: 'medium', densityGCm3: -1 }, silent);
    expect(negative).toMatchObject({ ok: false, error: { issues: [{ field: 'densityGCm3', message: 'must be above 0 g/cm³' }] } });
    expect(listMaterials(temp.ctx, { status: 'all' })).toHaveLength(1);
  });

  it('records every change in history, and archived materials leave the list but can be restored', async () => {
    temp = await openTempNotebook();
    const material = makeMaterial(temp.ctx);
    updateMaterial(temp.ctx, { id: material.id, changes: { densityGCm3: 1.33, supplier: 'Solvionic' } });
    setMaterialArchived(temp.ctx, material.id, true);
    expect(listMaterials(temp.ctx, { status: 'active' })).toHaveLength(0);
    expect(listMaterials(temp.ctx, { status: 'archived' }).map((m) => m.name)).toEqual(['LiTFSI']);
    setMaterialArchived(temp.ctx, material.id, false);
    const history = listHistory(temp.ctx, { limit: 10, table: 'materials', recordId: String(material.id) });
    expect(history.entries.map((entry) => entry.action)).toEqual(['restore', 'archive', 'update', 'insert']);
    expect(history.entries[2]?.changes).toEqual([
      { field: 'density_g_cm3', before: null, after: 1.33 },
      { field: 'supplier', before: null, after: 'Solvionic' },
    ]);
  });

  it('lists lot counts, remaining stock per unit and places', async () => {
    temp = await openTempNotebook();
    const salt = makeMaterial(temp.ctx);
    makeLot(temp.ctx, salt.id, { lotNumber: 'A', quantity: 25, unit: 'g', locationPath: 'Room 101 > Glovebox A > Shelf 2' });
    makeLot(temp.ctx, salt.id, { lotNumber: 'B', quantity: 500, unit: 'mg', locationPath: 'Room 101 > Glovebox A > Shelf 2' });
    makeLot(temp.ctx, salt.id, { lotNumber: 'C', quantity: 2, unit: 'pieces', locationPath: 'Room 102' });
    const [item] = listMaterials(temp.ctx, { status: 'active' });
    expect(item).toMatchObject({ lotCount: 3, locations: ['Room 101 > Glovebox A > Shelf 2', 'Room 102'] });
    expect(item?.stock).toEqual([
      { unit: 'g', remaining: 25, lots: 1 },
      { unit: 'mg', remaining: 500, lots: 1 },
      { unit: 'pieces', remaining: 2, lots: 1 },
    ]);
  });

  it('filters by kind and by location (a room includes its gloveboxes)', async () => {
    temp = await openTempNotebook();
    const salt = makeMaterial(temp.ctx);
    const binder = makeMaterial(temp.ctx, { name: 'PTFE', kind: 'binder', formula: null });
    makeLot(temp.ctx, salt.id, { locationPath: 'Room 101 > Glovebox A' });
    makeLot(temp.ctx, binder.id, { locationPath: 'Room 102' });
    expect(listMaterials(temp.ctx, { status: 'active', kind: 'binder' }).map((m) => m.name)).toEqual(['PTFE']);
    const room101 = temp.notebook.db.prepare("SELECT id FROM locations WHERE name = 'Room 101'").get() as { id: number };
    expect(listMaterials(temp.ctx, { status: 'active', locationId: room101.id }).map((m) => m.name)).toEqual(['LiTFSI']);
  });
});

describe('the starter set', () => {
  it("adds the patent examples' materials with DOMAIN.md's constants, once", async () => {
    temp = await openTempNotebook();
    expect(addStarterMaterials(temp.ctx)).toEqual({ created: STARTER_MATERIALS.length, alreadyPresent: 0 });
    expect(addStarterMaterials(temp.ctx)).toEqual({ created: 0, alreadyPresent: STARTER_MATERIALS.length });
    const byName = new Map(listMaterials(temp.ctx, { status: 'active' }).map((m) => [m.name, m]));
    // DOMAIN.md section 2: LiTFSI 287.07, LiFSI 187.06, n-MAc 73.09, DME 90.12, TEOS 208.33, formic acid 46.03 g/mol.
    expect(byName.get('LiTFSI')?.molarMassGMol).toBeCloseTo(287.07, 1);
    expect(byName.get('LiFSI')?.molarMassGMol).toBeCloseTo(187.06, 1);
    expect(byName.get('N-methylacetamide (n-MAc)')?.molarMassGMol).toBeCloseTo(73.09, 1);
    expect(byName.get('1,2-Dimethoxyethane (DME)')?.molarMassGMol).toBeCloseTo(90.12, 1);
    expect(byName.get('TEOS (tetraethyl orthosilicate)')?.molarMassGMol).toBeCloseTo(208.33, 1);
    expect(byName.get('Formic acid')?.molarMassGMol).toBeCloseTo(46.03, 1);
    expect(byName.get('NCM (LiNi0.8Co0.15Mn0.05O2)')?.molarMassGMol).toBeCloseTo(97.48, 1);
    expect(byName.get('Li6PS5Cl')?.molarMassGMol).toBeCloseTo(268.36, 1);
    for (const fields of STARTER_MATERIALS) expect(() => materialFieldsSchema.parse(fields), fields.name).not.toThrow();
  });
});

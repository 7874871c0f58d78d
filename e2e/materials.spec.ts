import { expect, test } from './support/fixtures';
import { MaterialsPage } from './pages/materials-page';
import { ShellPage } from './pages/shell-page';

test('create a material, add a lot, take part of it, and see the remaining amount and the history', async ({ app }) => {
  const materials = new MaterialsPage(app);
  const shell = new ShellPage(app);
  await materials.open();
  await expect(shell.emptyState()).toContainText('No materials yet');

  await materials.createMaterial({ name: 'Formic acid', kind: 'Acid', formula: 'CH2O2', density: '1.22' });
  await expect(app.getByRole('heading', { name: 'Formic acid', level: 2 })).toBeVisible();
  // 12.011 + 2 x 1.008 + 2 x 15.999 = 46.025 g/mol (DOMAIN.md section 2: 46.03)
  await expect(app.getByTestId('molar-mass')).toHaveText('46.03 g/mol');

  await materials.addLot({ lotNumber: 'FA-2026-11', quantity: '500', location: 'Room 101 > Acid cabinet' });
  await expect(app.getByRole('heading', { name: 'Formic acid, lot FA-2026-11' })).toBeVisible();
  await expect(materials.remaining()).toHaveText('500 g');

  // 74.0 mL of formic acid at 1.22 g/mL = 90.28 g taken from a lot counted in grams.
  await materials.recordUse('74.0', 'mL', 'gel precursor, batch 2026-11-27-A');
  await expect(materials.remaining()).toHaveText(`${Number((500 - 74.0 * 1.22).toPrecision(4))} g`);
  await expect(materials.movementRows()).toHaveCount(1);
  await expect(materials.movementRows().first()).toContainText('-90.28 g (74 mL)');
  await expect(materials.movementRows().first()).toContainText('gel precursor, batch 2026-11-27-A');

  // Taking more than is left is refused with the numbers, and nothing changes.
  await materials.recordUse('500', 'g', 'too much');
  await expect(app.getByRole('alert').filter({ hasText: 'has 409.7 g left; this use needs 500 g' })).toBeVisible();
  await expect(materials.remaining()).toHaveText('409.7 g');
  await expect(materials.movementRows()).toHaveCount(1);

  await expect(materials.lotHistoryRows()).toHaveCount(1);
  await expect(materials.lotHistoryRows().first()).toContainText('insert');
  await expect(materials.lotHistoryRows().first()).toContainText('FA-2026-11');

  // Back in the list, the material shows its lot and stock.
  await materials.open();
  await expect(materials.row('Formic acid')).toContainText('409.7 g');
  await expect(materials.row('Formic acid')).toContainText('Room 101 > Acid cabinet');
});

test('the search box finds a lot by a fragment of its number and opens it', async ({ app }) => {
  const materials = new MaterialsPage(app);
  await materials.open();
  await app.getByRole('button', { name: "Add the patent's starter materials" }).click();
  await expect(materials.row('LiTFSI')).toBeVisible();
  await materials.row('LiTFSI').click();
  await materials.addLot({ lotNumber: 'SA-4411', quantity: '25' });
  await expect(materials.remaining()).toHaveText('25 g');

  await app.keyboard.press('Control+K');
  await app.keyboard.type('SA-44');
  const results = app.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option', { name: /SA-4411 LiTFSI/ })).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'LiTFSI, lot SA-4411' })).toBeVisible();
});

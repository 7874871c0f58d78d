import { fileURLToPath } from 'node:url';
import { molPctToWtPct, wtPctToMolPct } from '../shared/chemistry/conversions';
import { calculateSolgel } from '../shared/chemistry/solgel';
import { EXAMPLE_1_SOLGEL } from '../shared/chemistry/solgel-example1';
import { scaleSolgel } from '../shared/chemistry/solgel-scale';
import { weighList } from '../shared/chemistry/weigh-list';
import { formatQuantity, formatSignificant } from '../shared/format/quantity';
import { expect, test } from './support/fixtures';
import { MaterialsPage } from './pages/materials-page';
import { RecipesPage } from './pages/recipes-page';

test('a gel batch from the Example 1 template: record actuals from lots, finish, find the new lot and the reduced source lots', async ({ app }) => {
  test.setTimeout(60_000);
  const materials = new MaterialsPage(app);
  const recipes = new RecipesPage(app);

  // The inventory: the starter materials, then lots of each gel ingredient from a spreadsheet.
  await materials.open();
  await app.getByRole('button', { name: "Add the patent's starter materials" }).click();
  await expect(materials.row('LiTFSI')).toBeVisible();
  await app.getByRole('button', { name: 'Import spreadsheet' }).click();
  const importDialog = app.getByRole('dialog', { name: 'Import an inventory spreadsheet' });
  await importDialog.locator('input[type="file"]').setInputFiles(fileURLToPath(new URL('./files/gel-lots.csv', import.meta.url)));
  await expect(importDialog.getByText('4 new')).toBeVisible();
  await importDialog.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(materials.row('LiTFSI')).toContainText('100 g');

  // The Example 1 template, scaled to 5 g of oxide.
  await recipes.open();
  await recipes.openRecipe('Gel process, Example 1 (LiTFSI / n-MAc)');
  await expect(app.getByTestId('solgel-checks')).toContainText('salt : oxide = 2.63 by mass');
  await recipes.startBatchForOxide('5');
  await expect(app.getByRole('heading', { name: /^Batch \d{4}-\d\d-\d\d-A$/ })).toBeVisible();

  // The plan, computed independently here with the shared calculator.
  const base = calculateSolgel(EXAMPLE_1_SOLGEL);
  const plan = Object.fromEntries(weighList(scaleSolgel(EXAMPLE_1_SOLGEL, 5 / base.oxideMaxG), '0.01g').map((item) => [item.key, item]));
  // Masses to the digits the batch's 0.01 g balance reads (6.90 g stays 6.90 g).
  await expect(recipes.weighRow('salt')).toContainText(formatQuantity(plan.salt!.massG, 'g', { resolution: 0.01 }));
  await expect(recipes.weighRow('precursor')).toContainText(formatQuantity(plan.precursor!.volumeMl!, 'mL'));

  // Actuals: the salt 3 % over plan, beyond the 2 % tolerance: refused until it says why; the rest as planned.
  const saltActual = Number((plan.salt!.massG * 1.03).toFixed(2));
  await recipes.weighRow('salt').getByRole('button', { name: 'Record' }).click();
  await recipes.recordDialog().getByRole('textbox', { name: 'Actual amount' }).fill(String(saltActual));
  await recipes.recordDialog().getByRole('button', { name: 'Record' }).click();
  await expect(recipes.recordDialog()).toContainText("beyond the batch's 2 % tolerance; say why before it is recorded");
  await recipes.recordDialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(recipes.recordDialog()).toHaveCount(0);
  await recipes.recordFromLot('salt', 'SA-4411', String(saltActual), 'spatula slipped');
  await expect(app.getByTestId('deviation-salt')).toHaveText('+3 %');
  await recipes.recordFromLot('medium', 'NMA-1');
  await recipes.recordFromLot('precursor', 'T-77');
  await recipes.recordFromLot('acid', 'FA-1');
  await recipes.recordFromLot('precursor_mix', '');
  await expect(app.getByRole('table', { name: 'Weigh list' }).getByRole('button', { name: 'Record' })).toHaveCount(0);

  await recipes.finish('4.8');
  await expect(app.getByText('finished', { exact: true })).toBeVisible();
  await app.getByRole('link', { name: /^SiO2\/LiTFSI\/n-MAc composite, lot batch / }).click();
  await expect(materials.remaining()).toHaveText('4.8 g');

  // The source lots went down by what was taken.
  await materials.open();
  await expect(materials.row('LiTFSI')).toContainText(formatQuantity(100 - saltActual, 'g'));
  await expect(materials.row('TEOS (tetraethyl orthosilicate)')).toContainText(formatQuantity(500 - plan.precursor!.volumeMl!, 'mL'));
  await expect(materials.row('SiO2/LiTFSI/n-MAc composite')).toContainText('4.8 g');
});

test('the conversions tool: 20 mol% LiTFSI in n-MAc is 49.54 wt%', async ({ app }) => {
  await app.evaluate(() => (window.location.hash = '#/recipes/conversions'));
  // The starter substances carry formula masses: LiTFSI LiN(SO2CF3)2 and n-MAc C3H7NO.
  const litfsi = 6.94 + 14.007 + 2 * (32.06 + 2 * 15.999 + 12.011 + 3 * 18.998);
  const nmac = 3 * 12.011 + 7 * 1.008 + 14.007 + 15.999;
  await expect(app.getByTestId('conversion-wt-pct')).toHaveValue(formatSignificant(molPctToWtPct(20, litfsi, nmac), 4));
  await expect(app.getByTestId('conversion-wt-pct')).toHaveValue('49.54');
  await app.getByTestId('conversion-wt-pct').fill('39');
  await expect(app.getByTestId('conversion-mol-pct')).toHaveValue(formatSignificant(wtPctToMolPct(39, litfsi, nmac), 4));
});

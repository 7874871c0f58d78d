import { expect, test } from './support/fixtures';
import { RecipesPage } from './pages/recipes-page';

test('copy Example 1 into a new recipe, edit it to 15 mol% salt as version 2, and see the checks follow', async ({ app }) => {
  const recipes = new RecipesPage(app);
  await recipes.open();
  await app.getByRole('button', { name: 'New recipe' }).click();
  const dialog = app.getByRole('dialog', { name: 'New recipe' });
  await dialog.getByRole('combobox', { name: 'Copy of' }).click();
  await app.getByRole('option', { name: /^Gel process, Example 1/ }).click();
  await dialog.getByRole('textbox', { name: 'Recipe name' }).fill('Gel, 15 mol% LiTFSI');
  await dialog.getByRole('button', { name: 'Add recipe' }).click();
  await expect(app.getByRole('heading', { name: 'Gel, 15 mol% LiTFSI', level: 2 })).toBeVisible();

  await app.getByRole('button', { name: 'Edit' }).click();
  const edit = app.getByRole('dialog', { name: /^Edit the recipe/ });
  await edit.getByRole('textbox', { name: 'Salt fraction of salt + medium' }).fill('15');
  await expect(edit.getByTestId('solgel-checks')).toContainText('salt 15 mol% of salt + medium is within 1–30 mol% [0037]');
  await edit.getByRole('textbox', { name: 'What changed' }).fill('15 mol% salt');
  await edit.getByRole('button', { name: 'Save new version' }).click();
  await expect(app.getByRole('combobox', { name: 'Version' })).toHaveValue(/^v2: 15 mol% salt/);
  await expect(app.getByTestId('solgel-checks').first()).toContainText('salt 15 mol%');
});

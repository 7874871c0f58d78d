// A material's pressure window entered on its page, with its source, reaches the build's press
// plan: Li6PS5Cl said to tolerate at most 400 MPa makes Example 1's 500 MPa hot-plate step fail its
// window check. And the planner's tolerance is a setting the Pressing area saves.
import { expect, test, testFromDemo } from './support/fixtures';
import { BuildsPage } from './pages/builds-page';
import { PressingPage } from './pages/pressing-page';

testFromDemo("a material's pressure window, entered with its source, fails the press step above it", async ({ app }) => {
  test.setTimeout(120_000);
  const builds = new BuildsPage(app);
  await builds.open();
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Materials/ }).click();
  await app.getByRole('region', { name: 'Materials' }).getByText('Li6PS5Cl', { exact: true }).first().click();
  await app.getByRole('button', { name: 'Set pressure window' }).click();
  const dialog = app.getByRole('dialog', { name: 'Pressure window of Li6PS5Cl' });
  await dialog.getByLabel('Tolerates at most (before cracking)').fill('400');
  await dialog.getByRole('button', { name: 'Save window' }).click();
  // No source yet: nothing is saved, and the form says which field to fill.
  await expect(dialog.getByText(/^Nothing was saved: Say where the value comes from/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Source' }).or(dialog.getByRole('combobox', { name: 'Source' })).nth(1).click();
  await app.getByRole('option', { name: "Supplier's data" }).click();
  await dialog.getByRole('button', { name: 'Save window' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('material-pressure-window')).toHaveText('Needs at least unknown; tolerates at most 400 MPa (supplier).');

  await builds.open();
  await builds.openBuild('Example 1');
  const pressing = new PressingPage(app);
  await expect(app.getByRole('table', { name: 'Pressure windows' })).toContainText('400 MPa (supplier; Li6PS5Cl)');
  await expect(pressing.plan().getByText(/above .*400 MPa/).first()).toBeVisible();
});

test('the deviation tolerance is saved from the Pressing area', async ({ app }) => {
  const pressing = new PressingPage(app);
  await pressing.open();
  await app.getByRole('tab', { name: 'Settings' }).click();
  await app.getByLabel('Deviation tolerance').fill('3');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Planner settings saved: tolerance 3 %')).toBeVisible();
  await app.getByLabel('Working day ends').fill('30');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText(/Working day ends.*24/).first()).toBeVisible();
});

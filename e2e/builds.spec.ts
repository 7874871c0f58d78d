import { expect, test, testFromDemo } from './support/fixtures';
import { BuildsPage } from './pages/builds-page';

testFromDemo('clone Example 1 into the 30 wt% composite variant (Example 5): the composite rule still passes and the diff lists only the cathode composition and its numbers', async ({ app }) => {
  // The demo notebook and a dozen-layer stack editor make this the longest journey.
  test.setTimeout(120_000);
  const builds = new BuildsPage(app);
  await builds.open();
  await builds.openBuild('Example 1');
  await expect(builds.rule('composite_se_in_cathode')).toHaveAttribute('data-status', 'pass');
  await expect(app.getByTestId('protocol-current')).toHaveText('10.8 mA'); // 0.6 mA/cm² x 9.0 cm² x 2 faces

  await builds.clone('Example 1, 30 wt% composite');
  await app.getByRole('button', { name: 'Edit stack' }).click();
  await builds.componentAmount('Cathode active layer (side a)', 1).fill('65.5');
  await builds.componentAmount('Cathode active layer (side a)', 2).fill('30');
  await builds.stackEditor().getByRole('button', { name: 'Copy side a to side b' }).click();
  await expect(builds.stackEditor().locator('[data-preview-rule="composite_se_in_cathode"]')).toContainText('30 wt%');
  await builds.stackEditor().getByRole('button', { name: 'Save stack' }).click();
  await expect(builds.stackEditor()).toBeHidden();

  await expect(app.getByTestId('derived-composite')).toHaveText('30 wt%');
  await expect(app.getByTestId('derived-active-loading')).toHaveText(`${Number(((225 * 0.655) / 9).toPrecision(4))} mg/cm²`);
  await expect(builds.rule('composite_se_in_cathode')).toHaveAttribute('data-status', 'pass');

  await builds.compareWith('Example 1');
  // Web-first: each assertion waits for the table to render (reading its rows at once did not).
  const differences = app.getByTestId('build-differences');
  const sections = ['Cathode active layer (side a)', 'Cathode active layer (side b)', 'Derived'];
  for (const section of sections) await expect(differences.locator(`tbody tr[data-section="${section}"]`).first()).toBeVisible();
  await expect(differences.locator(`tbody tr${sections.map((section) => `:not([data-section="${section}"])`).join('')}`)).toHaveCount(0);
  await expect(differences.locator('tbody tr').first()).toHaveAttribute('data-section', sections[0]!);
  await expect(differences.locator('tbody tr').last()).toHaveAttribute('data-section', sections[2]!);
  await expect(app.getByTestId('build-differences')).toContainText('NCM (LiNi0.8Co0.15Mn0.05O2) (wt%)');
  await expect(app.getByTestId('build-differences')).toContainText('compositeSeWtPct');
});

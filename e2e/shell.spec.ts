import { expect, test } from './support/fixtures';
import { ShellPage } from './pages/shell-page';

test('every area opens from the navigation and shows its empty state', async ({ app }) => {
  const shell = new ShellPage(app);
  await expect(app.getByTestId('notebook-file-name')).toHaveText('e2e.cellbook');
  await shell.openArea('Reports');
  await expect(app).toHaveURL(/#\/reports$/);
  await expect(shell.navLink('Reports')).toHaveAttribute('aria-current', 'page');
  await expect(app.getByRole('main')).toContainText('No builds yet: reports appear here once the Builds area holds one.');
  await shell.openArea('Materials');
  await expect(shell.emptyState()).toContainText('No materials yet');
  await shell.openArea('Builds');
  await expect(shell.emptyState()).toContainText('No builds yet');
  await shell.openArea('Pressing');
  await expect(shell.emptyState()).toContainText('No press plans yet');
  await shell.openArea('Cycling');
  await expect(shell.emptyState()).toContainText('No cycling tests yet');
  await shell.openArea('Recipes');
  await expect(app.getByRole('region', { name: 'Recipes' })).toContainText('Gel process, Example 1 (LiTFSI / n-MAc)');
  await shell.openArea('Notebook');
  await expect(app.getByRole('heading', { name: 'Notebook', level: 2 })).toBeVisible();
});

test('the keyboard reaches every area: Alt+number and Tab/Enter through the navigation', async ({ app }) => {
  const shell = new ShellPage(app);
  await app.keyboard.press('Alt+1');
  await expect(shell.emptyState()).toContainText('No materials yet');
  await app.keyboard.press('Alt+8');
  await expect(app.getByRole('heading', { name: 'Notebook', level: 2 })).toBeVisible();

  await app.keyboard.press('Alt+3');
  await expect(shell.emptyState()).toContainText('No builds yet');
  await shell.navLink('Cycling').focus();
  await app.keyboard.press('Enter');
  await expect(shell.emptyState()).toContainText('No cycling tests yet');
  await app.keyboard.press('Tab');
  await expect(shell.navLink('Compare')).toBeFocused();
});

test('the token leaves the address bar, and a page without it is refused', async ({ app, cellbook, browser }) => {
  await expect(app).not.toHaveURL(/token=/);
  const stranger = await browser.newPage();
  const response = await stranger.goto(`${cellbook.origin}/`);
  expect(response?.status()).toBe(401);
  await stranger.close();
});

test('light and dark themes switch from the header and with Alt+T', async ({ app }) => {
  const html = app.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', /^(light|dark)$/);
  const initial = await html.getAttribute('data-mantine-color-scheme');
  await app.keyboard.press('Alt+T');
  await expect(html).not.toHaveAttribute('data-mantine-color-scheme', initial ?? '');
  await app.getByRole('button', { name: /Switch to (light|dark) theme/ }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', initial ?? '');
});

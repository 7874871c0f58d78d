// Getting data back out: a backup listed as verified and restored from the Notebook area (the
// change made after it is gone, the notebook before it kept as another backup), and a list saved
// as CSV with units in its headers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STARTER_MATERIALS } from '../shared/materials/starter-set';
import { expect, test, testFromDemo } from './support/fixtures';
import { NotebookPage } from './pages/notebook-page';
import { ShellPage } from './pages/shell-page';

test('a backup is listed as verified and restoring it takes the notebook back to it', async ({ app }) => {
  // A backup, a restore (with its own safety backup) and a check: on a loaded machine over 30 s.
  test.setTimeout(90_000);
  const shell = new ShellPage(app);
  const notebook = new NotebookPage(app);
  await notebook.open();
  await notebook.setOperator('A. First');
  await expect(shell.operatorBadge()).toHaveText('recording as A. First');
  await notebook.backUp();
  await expect(shell.notice(/^Backup written: .*verified/)).toBeVisible();
  await expect(notebook.backupRows()).toHaveCount(1);
  await expect(notebook.backupRows().first()).toContainText('verified');

  await notebook.setOperator('B. Second');
  await expect(shell.operatorBadge()).toHaveText('recording as B. Second');
  const dialog = await notebook.openRestore(notebook.backupRows().first());
  await expect(dialog.getByText(/^The backup holds \d+ records and \d+ history entries/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(shell.notice(/^Restored .*; the notebook as it was is kept as /)).toBeVisible();
  await expect(shell.operatorBadge()).toHaveText('recording as A. First');
  // The notebook before the restore is itself a backup now.
  await expect(notebook.backupRows()).toHaveCount(2);
  await expect(await notebook.check()).toContainText('chain intact');
});

test('the materials list is saved as CSV with units in its headers', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Materials/ }).click();
  await app.getByRole('button', { name: "Add the patent's starter materials" }).click();
  await expect(app.getByRole('button', { name: 'Export materials' })).toBeVisible();
  await app.getByRole('button', { name: 'Export materials' }).click();
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('menuitem', { name: 'CSV (.csv)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^materials-\d{4}-\d\d-\d\d\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = text.trimEnd().split('\r\n');
  expect(header).toContain('Molar mass (g/mol)');
  expect(rows).toHaveLength(STARTER_MATERIALS.length);
});

testFromDemo('a build report is saved from the Reports area as HTML and as PDF', async ({ app }) => {
  // Printing a PDF through a second Chromium takes a while on a busy machine.
  test.setTimeout(120_000);
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Reports/ }).click();
  await expect(app.getByRole('button', { name: 'HTML report of Example 1' })).toBeVisible();
  const [html] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'HTML report of Example 1' }).click()]);
  expect(html.suggestedFilename()).toBe('Example-1-report.html');
  expect(readFileSync((await html.path())!, 'utf8')).toContain('<h1>Example 1</h1>');
  const [pdf] = await Promise.all([app.waitForEvent('download', { timeout: 60_000 }), app.getByRole('button', { name: 'PDF report of Example 1' }).click()]);
  expect(pdf.suggestedFilename()).toBe('Example-1-report.pdf');
  expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a new notebook is started from the Notebook area and the first one opened again from the recent list', async ({ app, cellbook }) => {
  const notebook = new NotebookPage(app);
  await notebook.open();
  await app.getByLabel('Notebook file').fill(path.join(cellbook.dataDir, 'second'));
  await app.getByRole('button', { name: 'New notebook' }).click();
  await expect(app.getByTestId('notebook-file-name')).toHaveText('second.cellbook');
  await app.getByRole('button', { name: 'Open e2e.cellbook' }).click();
  await expect(app.getByTestId('notebook-file-name')).toHaveText('e2e.cellbook');
  await expect(app.getByRole('button', { name: 'Open second.cellbook' })).toBeVisible();
});

test('a path with no notebook is refused in a sentence, and the window stays on its notebook', async ({ app, cellbook }) => {
  const notebook = new NotebookPage(app);
  await notebook.open();
  await app.getByLabel('Notebook file').fill(path.join(cellbook.dataDir, 'missing.cellbook'));
  await app.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(app.getByRole('alert').filter({ hasText: /there is no notebook at .*missing\.cellbook; to start one there, choose New notebook/ })).toBeVisible();
  await expect(app.getByTestId('notebook-file-name')).toHaveText('e2e.cellbook');
});

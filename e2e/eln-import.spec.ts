// Importing another notebook's .eln file from the Notebook area: the preview says what each entry
// becomes and which files are kept (with their SHA-256 check) before anything is written; Import
// backs the notebook up first and shows the report with the new records; a file that is not an
// .eln is refused with a sentence naming it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SAMPLEDB = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/fixtures/eln/sampledb_export.eln');

function importPanel(app: Page) {
  return app.locator('.mantine-Paper-root', { has: app.getByRole('heading', { name: 'Import .eln', exact: true }) });
}

test.skip(!existsSync(SAMPLEDB), `the consortium's example files are not at ${SAMPLEDB}`);

test("a SampleDB .eln file is previewed, then imported with a report of what became what", async ({ app }) => {
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Notebook/ }).click();
  const panel = importPanel(app);
  await expect(panel).toBeVisible();
  await panel.locator('input[type="file"]').setInputFiles(SAMPLEDB);

  await expect(panel.getByRole('heading', { name: 'Preview: nothing is written yet' })).toBeVisible();
  await expect(panel.getByText('sampledb_export.eln, written by SampleDB', { exact: false })).toBeVisible();
  const entries = panel.getByRole('table', { name: 'Entries of the file' });
  await expect(entries.getByRole('row', { name: /OMBE-1 imported entry \(sample\)/ })).toBeVisible();
  await expect(entries.getByRole('row', { name: /Measurement imported entry \(experiment\)/ })).toBeVisible();
  const files = panel.getByRole('table', { name: 'Files of the file' });
  await expect(files.getByRole('row', { name: /demo\.png OMBE-1 9\.7 KiB/ })).toContainText('matches the file’s own');
  await expect(panel.getByText(/RO-Crate 1\.2 context/)).toBeVisible();
  // Nothing is written by the preview: the backups list is still empty.
  await expect(app.getByRole('table', { name: 'Backups' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Import 3 entries' }).click();
  // The import first takes and verifies a backup, which on a busy machine takes a few seconds.
  await expect(panel.getByRole('status')).toContainText(/sampledb_export\.eln: 3 entries and \d+ files in the notebook; the notebook was backed up first \(.*auto-before-eln-import/, { timeout: 30_000 });
  await expect(panel.getByRole('heading', { name: 'Import report' })).toBeVisible();
  await expect(panel.getByRole('table', { name: 'Entries of the file' }).getByRole('row', { name: /OMBE-1 imported entry \(sample\) #\d+/ })).toBeVisible();
  // The automatic backup taken before writing is in the backups list.
  await expect(app.getByRole('table', { name: 'Backups' }).locator('tbody tr')).toHaveCount(1);
  await expect(app.getByRole('table', { name: 'Backups' }).locator('tbody tr').first()).toContainText('auto-before-eln-import');

  // The sample is in the notebook with its values and units as SampleDB stated them.
  const imported = app.getByRole('table', { name: 'Imported entries' });
  await expect(imported.getByRole('row', { name: /OMBE-1 sample SampleDB \(sampledb_export\.eln\)/ })).toBeVisible();
  await imported.getByRole('button', { name: 'Open OMBE-1' }).click();
  const dialog = app.getByRole('dialog', { name: 'OMBE-1' });
  await expect(dialog.getByRole('table', { name: 'Values' }).getByRole('row', { name: 'multilayer.0.films.0.thickness 5 Å' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'demo.png' })).toBeVisible();
});

test('a file that is not an .eln is refused with a sentence naming it, and nothing is written', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Notebook/ }).click();
  const panel = importPanel(app);
  await panel.locator('input[type="file"]').setInputFiles(fileURLToPath(new URL('./files/gel-lots.csv', import.meta.url)));
  await expect(panel.getByRole('alert')).toContainText('gel-lots.csv is not an .eln file: it is not a zip archive; nothing was imported.');
  await expect(panel.getByRole('heading', { name: 'Preview: nothing is written yet' })).toHaveCount(0);
});

// Attaching a stored cycling test to a cell that already has one asks, as an import does, whether it
// continues the cell's test, replaces it or is a second test; continuing stitches both into one test.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticTest } from '../shared/cycling/synthetic';
import { writeArbinCsv } from '../main/services/cycling/arbin-csv-writer';
import { CyclingPage } from './pages/cycling-page';
import { hostApi } from './support/host-api';
import { expect, testFromDemo as test } from './support/fixtures';

const FILE_CYCLES = 5;

test('a loose test attached to a cell with a test continues it: one test of both, under the cell\'s test\'s name, both old ones archived', async ({ app, cellbook }) => {
  test.setTimeout(120_000);
  const filePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-file-')), 'loose-77.csv');
  // Months after the demo's tests: stitched after the cell's own test.
  writeArbinCsv(filePath, syntheticTest({ seed: 77, cycles: FILE_CYCLES, capacityMAh: 3, currentMA: 1.5, sampleIntervalS: 120 }), 1_790_000_000);
  const builds = await hostApi(cellbook, 'listBuilds', { status: 'active' });
  const cell = (await hostApi(cellbook, 'getBuild', { id: builds.find((build) => build.name === 'Comparative 1')!.id })).cells[0]!;
  const [cellTest] = await hostApi(cellbook, 'listCyclingTests', { cellId: cell.id });

  const cycling = new CyclingPage(app);
  await cycling.open();
  await cycling.dropFile(app.getByLabel('Drop cycler exports to import them'), filePath);
  await cycling.importFromDialog();
  await expect(app.getByRole('heading', { level: 2 })).toHaveText('loose-77');
  await expect(cycling.fact('cycle-count')).toHaveText(String(FILE_CYCLES));

  await app.getByRole('button', { name: 'Attach to a cell' }).click();
  const dialog = app.getByRole('dialog', { name: 'Which cell is this test of?' });
  await dialog.getByRole('combobox', { name: 'Build' }).click();
  await app.getByRole('option', { name: 'Comparative 1', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Cell' }).click();
  await app.getByRole('option', { name: /^#1 / }).click();
  const question = dialog.getByRole('radiogroup', { name: `This cell already has a test, "${cellTest!.name}". This test…` });
  await expect(question).toBeVisible();
  // Saving without an answer does nothing and says why.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(question).toHaveAccessibleDescription("Choose whether this test continues the cell's test, replaces it, or is a second test");
  await question.getByRole('radio', { name: /^continues it: both tests' files stitched into one test named/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(app.getByRole('heading', { level: 2 })).toHaveText(cellTest!.name);
  await expect(cycling.fact('cycle-count')).toHaveText(String(cellTest!.cycleCount + FILE_CYCLES));
  await expect(app.getByRole('table', { name: 'Files' }).locator('tbody tr')).toHaveCount(2);
  await expect(app.getByRole('table', { name: 'Files' }).locator('tbody tr').last()).toContainText('loose-77.csv');

  // The demo's twelve tests and the loose one, less the two now archived, plus the stitched one.
  await cycling.open();
  await expect(app.getByRole('region', { name: 'Cycling tests' }).locator('table')).toHaveAttribute('aria-rowcount', '12');
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticTest } from '../shared/cycling/synthetic';
import type { CyclerSeries } from '../shared/cycling/types';
import { writeArbinCsv } from '../main/services/cycling/arbin-csv-writer';
import { BuildsPage } from './pages/builds-page';
import { CyclingPage } from './pages/cycling-page';
import { expect, test } from './support/fixtures';

/**
 * The lifespan by the patent's rule ([0123]) from the points themselves, independently of
 * Cellbook's analysis: each cycle's discharge as the sum of |I|·Δt over its discharge intervals,
 * then the first cycle from 2 on at or below 80 % of cycle 1's.
 */
function lifespanOf(series: CyclerSeries): { cycles: number; lifespan: number; standardMAh: number } {
  const discharge = new Map<number, number>();
  for (let i = 1; i < series.timeS.length; i += 1) {
    if (series.currentA[i]! >= 0) continue;
    const cycle = series.vendorCycle![i]!;
    discharge.set(cycle, (discharge.get(cycle) ?? 0) + (-series.currentA[i]! * (series.timeS[i]! - series.timeS[i - 1]!)) / 3.6);
  }
  const standardMAh = discharge.get(1)!;
  const lifespan = [...discharge].find(([cycle, mAh]) => cycle >= 2 && mAh <= 0.8 * standardMAh)![0];
  return { cycles: discharge.size, lifespan, standardMAh };
}

test('drop a tester export onto a cell of a build: it is imported to that cell, graded by Table 1, plotted and tabled', async ({ app }) => {
  test.setTimeout(180_000);
  // A 3 mAh cell at C/2 losing 1.5 % per cycle: 80 % is crossed between cycles 14 and 15 (grade Δ).
  const series = syntheticTest({ seed: 4242, cycles: 20, capacityMAh: 3, currentMA: 1.5, sampleIntervalS: 60, fadePerCycle: 0.015 });
  const filePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-file-')), 'cell-4242.csv');
  writeArbinCsv(filePath, series, 1_767_258_000);
  const expected = lifespanOf(series);

  const builds = new BuildsPage(app);
  await builds.open();
  await builds.loadDemo();
  // The builds list reads like Table 1 once the demo's tests are in: Comparative 2 short-circuited.
  await expect(app.getByRole('region', { name: 'Builds' }).locator('tr', { hasText: 'Comparative 2' }).getByTestId('build-lifespans')).toContainText('1 shorted', { timeout: 60_000 });
  await builds.openBuild('Comparative 1');
  // The demo's own synthetic test reaches the cell as a job: wait for it before adding another.
  const cellDrop = app.getByTestId('drop-cell-#1');
  await expect(cellDrop.getByTestId('cell-test')).toHaveCount(1, { timeout: 60_000 });

  const cycling = new CyclingPage(app);
  await cycling.dropFile(cellDrop, filePath);
  const dialog = cycling.importDialog();
  await expect(dialog.getByTestId('import-file')).toContainText('cell-4242.csv');
  await expect(dialog.getByTestId('detected-format')).toContainText('Arbin');
  // The cell already has the demo's test: the dialog asks whether this one continues it, replaces it or is a second test.
  await expect(dialog.getByRole('radiogroup', { name: /^This cell already has a test, "Comparative 1 #1 \(synthetic\)"/ })).toBeVisible();
  await dialog.getByRole('radio', { name: 'is a second test of this cell' }).check();
  await cycling.importFromDialog();

  await expect(app.getByRole('heading', { level: 2 })).toContainText('Comparative 1 #1');
  await expect(cycling.fact('cycle-count')).toHaveText(String(expected.cycles));
  await expect(cycling.fact('lifespan')).toHaveText(String(expected.lifespan));
  await expect(app.getByTestId('grade').first()).toHaveAttribute('aria-label', 'grade Δ');
  await expect(cycling.fact('standard-capacity')).toHaveText(/^[\d.]+ mAh$/);
  const shownMAh = Number((await cycling.fact('standard-capacity').textContent())!.replace(/\s*mAh$/, ''));
  expect(Math.abs(shownMAh / expected.standardMAh - 1)).toBeLessThan(0.005);
  await expect(cycling.cycleTable()).toHaveAttribute('aria-rowcount', String(expected.cycles));
  // Plotly's first load parses ~5 MB of script: seconds on a busy two-core machine.
  await expect(cycling.plot('capacity by cycle')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(cycling.plot('voltage against capacity')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });

  // The kept original comes back byte for byte.
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Save the original cell-4242.csv' }).click()]);
  expect(download.suggestedFilename()).toBe('cell-4242.csv');
  expect(readFileSync(await download.path()).equals(readFileSync(filePath))).toBe(true);

  // Back on the build, the cell now lists both tests; the Cycling area lists all thirteen.
  await app.getByRole('link', { name: 'Comparative 1', exact: true }).click();
  await expect(cellDrop.getByTestId('cell-test')).toHaveCount(2);
  await cycling.open();
  await expect(app.getByRole('region', { name: 'Cycling tests' }).locator('table')).toHaveAttribute('aria-rowcount', '13');
});

test('a CSV that is no known export is offered for column mapping, and cannot be imported until time, current and voltage are mapped', async ({ app }) => {
  const filePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-file-')), 'notes.csv');
  writeFileSync(filePath, 'sample,colour,remarks\nA,white,fine powder\nB,grey,clumped\n');
  const cycling = new CyclingPage(app);
  await cycling.open();
  await cycling.dropFile(app.getByLabel('Drop cycler exports to import them'), filePath);
  const dialog = cycling.importDialog();
  await expect(dialog.getByTestId('import-file')).toContainText('notes.csv');
  await expect(dialog.getByTestId('import-file')).toContainText('Not recognised as a known export');
  await expect(dialog.getByRole('cell', { name: 'fine powder · clumped' })).toBeVisible();
  await expect(dialog.getByTestId('mapping-missing')).toHaveText('To import, map a column to: test time or date-time, current, voltage.');
  // Import stays pressable and says why it did nothing.
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByTestId('form-problem')).toHaveText('Nothing was saved: Map a column to: test time or date-time, current, voltage.');
  await expect(dialog.getByTestId('import-progress')).toHaveCount(0);
});

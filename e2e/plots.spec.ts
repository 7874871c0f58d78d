import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeArbinCsv } from '../main/services/cycling/arbin-csv-writer';
import { syntheticTest } from '../shared/cycling/synthetic';
import type { CyclerSeries } from '../shared/cycling/types';
import { BuildsPage } from './pages/builds-page';
import { ComparePage } from './pages/compare-page';
import { CyclingPage } from './pages/cycling-page';
import { PlotsPage } from './pages/plots-page';
import { expect, test, testFromDemo } from './support/fixtures';

/** Cycle numbers of "every Nth from the first, and always the last", counted from the file's own cycle column. */
function everyNth(cycles: readonly number[], n: number): number[] {
  const picked = cycles.filter((cycle) => (cycle - cycles[0]!) % n === 0);
  return [...new Set([...picked, cycles.at(-1)!])];
}

testFromDemo("a test's four plots: choose cycles, mAh/g, zoom to every point, export PNG and SVG; then three builds compared", async ({ app }) => {
  test.setTimeout(240_000);
  // Sampled every 5 s, one half-cycle holds ~1,400 points: more than a plot's width, so it is downsampled.
  const series = syntheticTest({ seed: 777, cycles: 6, capacityMAh: 3, currentMA: 1.5, sampleIntervalS: 5, fadePerCycle: 0.02 });
  const filePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-plots-')), 'cell-777.csv');
  writeArbinCsv(filePath, series, 1_767_258_000);
  const fileCycles = [...new Set(series.vendorCycle!)].sort((a, b) => a - b);

  const builds = new BuildsPage(app);
  const cycling = new CyclingPage(app);
  const plots = new PlotsPage(app);
  await builds.open();
  await builds.openBuild('Example 4');
  const cellDrop = app.getByTestId('drop-cell-#1');
  await expect(cellDrop.getByTestId('cell-test')).toHaveCount(1, { timeout: 60_000 });
  await cycling.dropFile(cellDrop, filePath);
  // A 2 MiB export is sent in pieces and read before the dialog names its format.
  const dialog = cycling.importDialog();
  await expect(dialog.getByTestId('detected-format')).toContainText('Arbin', { timeout: 30_000 });
  // The cell already has the demo's test: this export is a second one.
  await dialog.getByRole('radio', { name: 'is a second test of this cell' }).check();
  await cycling.importFromDialog();
  await expect(app.getByRole('heading', { level: 2 })).toContainText('Example 4 #1');

  for (const label of ['capacity by cycle', 'voltage against capacity', 'differential capacity', 'voltage and current over time']) await plots.expectDrawn(label);
  await expect(plots.card('Differential capacity dQ/dV').getByTestId('dqdv-method')).toContainText('mV');
  await expect(plots.card('Differential capacity dQ/dV').getByRole('table', { name: 'dQ/dV peaks' })).toContainText('V');

  // Every 2nd cycle from the first, and the last.
  await plots.chooseEveryNth('Voltage against capacity', 2);
  await expect(plots.card('Voltage against capacity').getByTestId('curves-cycles')).toHaveText(`Cycles shown: ${everyNth(fileCycles, 2).join(', ')}`);
  await plots.expectDrawn('voltage against capacity');

  await plots.chooseBasis('mAh/g');
  await expect(plots.chart('voltage against capacity').locator('.xtitle')).toContainText('mAh/g');
  await expect(plots.chart('capacity by cycle').locator('.ytitle').first()).toContainText('mAh/g');

  // Downsampled before the zoom; every stored point of the zoomed range after it.
  const voltageCard = plots.card('Voltage against capacity');
  await expect(voltageCard.getByTestId('sampling')).toContainText('zoom in for every point');
  await plots.zoomMiddle('voltage against capacity');
  await expect(voltageCard.getByTestId('sampling')).toContainText('Full resolution: every point of the zoomed range');

  const png = await plots.export('voltage against capacity', /^PNG, single column/);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const pngBytes = readFileSync(await png.path());
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // 85 mm at 300 dpi, from the PNG header's width field.
  expect(pngBytes.readUInt32BE(16)).toBe(Math.round((85 / 25.4) * 300));

  const svg = await plots.export('voltage against capacity', /^SVG, double column/);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText.length).toBeGreaterThan(1000);
  const parsed = await app.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { errors: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.localName, width: doc.documentElement.getAttribute('width') };
  }, svgText);
  expect(parsed).toEqual({ errors: 0, root: 'svg', width: '180mm' });

  // Three builds that differ in their composite share, ticked in the Builds list.
  const compare = new ComparePage(app);
  await builds.open();
  const compared = ['Example 1', 'Example 3', 'Example 5'];
  // Every demo cell has one test: Table 1 has a row per cell the Builds list counts.
  const cells = new Map<string, number>();
  for (const name of compared) cells.set(name, await compare.cellCount(name));
  await compare.compareBuilds(compared);
  await plots.expectDrawn('overlay');
  await expect(compare.section('Overlay').locator('.legend')).toContainText('Example 1');
  await expect(compare.section('Table 1').getByTestId('table-one-cell')).toHaveCount([...cells.values()].reduce((sum, n) => sum + n, 0));
  // Replicate cells get their build's mean ± SD with n.
  for (const [name, n] of cells) if (n > 1) await expect(compare.section('Table 1').getByTestId('table-one-build').filter({ hasText: name })).toContainText(`(n = ${n})`);
  await expect(compare.tableOneRow('Example 1', '#1').getByTestId('grade')).toHaveAttribute('aria-label', 'grade ○');
  await expect(compare.tableOneRow('Example 3', '#1').getByTestId('grade')).toHaveAttribute('aria-label', 'grade Δ');
  await expect(compare.tableOneRow('Example 5', '#1').getByTestId('grade')).toHaveAttribute('aria-label', 'grade Δ');
  await plots.expectDrawn('parameter against outcome');
  // One point per cell.
  await expect(plots.chart('parameter against outcome')).toHaveAttribute('data-points', String([...cells.values()].reduce((sum, n) => sum + n, 0)));
  await expect(compare.section('Design differences').getByTestId('design-differences')).toContainText('wt%');
});

test('a rest-only file says there is nothing else to plot and shows its voltage over time', async ({ app }) => {
  test.setTimeout(120_000);
  // Six hours at open circuit, one reading a minute, the voltage relaxing by 10 mV.
  const points = 361;
  const timeS = Float64Array.from({ length: points }, (_, i) => i * 60);
  const series: CyclerSeries = {
    timeS,
    currentA: new Float64Array(points),
    voltageV: Float64Array.from(timeS, (t) => 3.7 - 0.01 * (1 - Math.exp(-t / 3600))),
    stepIndex: new Float64Array(points).fill(1),
    vendorCycle: new Float64Array(points).fill(1),
    stateCode: null,
    chargeCapacityAh: null,
    dischargeCapacityAh: null,
    temperatureC: null,
  };
  const filePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-rest-')), 'rest-only.csv');
  writeArbinCsv(filePath, series, 1_767_258_000);

  const cycling = new CyclingPage(app);
  const plots = new PlotsPage(app);
  await cycling.open();
  await cycling.dropFile(app.getByLabel('Drop cycler exports to import them'), filePath);
  await expect(cycling.importDialog().getByTestId('detected-format')).toContainText('Arbin', { timeout: 30_000 });
  await cycling.importFromDialog();
  await expect(app.getByTestId('rest-only')).toContainText('Nothing else to plot');
  await plots.expectDrawn('voltage and current over time');
  // Voltage and current, every reading of each: fewer than the plot's pixel columns.
  await expect(plots.chart('voltage and current over time')).toHaveAttribute('data-points', String(2 * points));
  await expect(plots.chart('capacity by cycle')).toHaveCount(0);
  await expect(plots.chart('voltage against capacity')).toHaveCount(0);
});

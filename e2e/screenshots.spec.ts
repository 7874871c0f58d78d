// Every screen of the demo notebook at a small laptop's and a desktop monitor's size, light and
// dark, written as PNGs to look at (.tmp/screenshots/), each checked for text cut off
// without a way to read it whole.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { findCutText } from './support/cut-text';
import { hostApi, loadDemoThroughHost } from './support/host-api';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
// Outside test-results/, which every Playwright run empties when it starts.
const OUT = path.join('.tmp', 'screenshots');
// Every screen is looked at and pictured even when an earlier one has cut text.
const softly = expect.configure({ soft: true });

interface Screen {
  name: string;
  hash: string;
  /** Something the screen shows once it has loaded. */
  ready: (page: Page) => Locator;
  /** Opened on the screen before the picture (a dialog). */
  open?: (page: Page) => Promise<void>;
}

async function settled(page: Page, screen: Screen): Promise<void> {
  await expect(screen.ready(page)).toBeVisible();
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
  // Plots say when they are drawn.
  await expect(page.locator('[data-ready="false"]')).toHaveCount(0, { timeout: 15_000 });
}

for (const size of SIZES) {
  test(`every screen at ${size.width}×${size.height}, light and dark, shows its text whole`, async ({ app, cellbook }) => {
    // 34 pictures on one demo notebook; a machine shared with other work needs the long timeout.
    test.setTimeout(180_000);
    await loadDemoThroughHost(cellbook, app);
    const [material] = await hostApi(cellbook, 'listMaterials', { status: 'active' });
    const lots = await hostApi(cellbook, 'getMaterialDetail', { id: material!.id });
    const [recipe] = await hostApi(cellbook, 'listRecipes', { includeArchived: false });
    const [batch] = await hostApi(cellbook, 'listBatches', {});
    const builds = await hostApi(cellbook, 'listBuilds', { status: 'active' });
    const [first, second] = builds;
    // The demo's cycling tests arrive by a job; the pictures need one, and show the jobs bar meanwhile.
    await expect.poll(async () => (await hostApi(cellbook, 'listCyclingTests', { includeArchived: false, unassignedOnly: false })).length, { timeout: 30_000 }).toBeGreaterThan(0);
    // A clone has no assembled cells, so its stack can be edited.
    const editable = await hostApi(cellbook, 'cloneBuild', { id: first!.id, name: `${first!.name}, stack to edit` });
    const [cyclingTest] = await hostApi(cellbook, 'listCyclingTests', { includeArchived: false, unassignedOnly: false });
    const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 2 });
    const screens: Screen[] = [
      { name: 'materials', hash: '/materials', ready: (page) => page.getByRole('region', { name: 'Materials' }) },
      { name: 'material', hash: `/materials/${material!.id}`, ready: heading(material!.name) },
      ...(lots.lots[0] ? [{ name: 'lot', hash: `/lots/${lots.lots[0].id}`, ready: heading(/, lot /) }] : []),
      { name: 'recipes', hash: '/recipes', ready: (page: Page) => page.getByRole('region', { name: 'Recipes' }) },
      { name: 'recipe', hash: `/recipes/${recipe!.id}`, ready: heading(recipe!.name) },
      { name: 'batch', hash: `/batches/${batch!.id}`, ready: heading(new RegExp(batch!.code)) },
      { name: 'run-sheet', hash: `/batches/${batch!.id}/print`, ready: (page: Page) => page.getByRole('heading', { name: new RegExp(batch!.code) }).first() },
      { name: 'builds', hash: '/builds', ready: (page: Page) => page.getByRole('region', { name: 'Builds' }) },
      { name: 'build', hash: `/builds/${first!.id}`, ready: heading(first!.name) },
      {
        name: 'stack-editor',
        hash: `/builds/${editable.build.id}`,
        ready: (page: Page) => page.getByRole('dialog', { name: 'Edit the layer stack' }),
        open: (page: Page) => page.getByRole('button', { name: 'Edit stack' }).click(),
      },
      { name: 'build-diff', hash: `/builds/${first!.id}/compare/${second!.id}`, ready: (page: Page) => page.getByTestId('build-differences') },
      { name: 'compare', hash: `/compare/builds/${first!.id},${second!.id}`, ready: heading(/Compare/) },
      { name: 'cycling', hash: '/cycling', ready: (page: Page) => page.getByRole('region', { name: 'Cycling tests' }) },
      { name: 'cycling-test', hash: `/cycling/${cyclingTest!.id}`, ready: heading(cyclingTest!.name) },
      { name: 'pressing', hash: '/pressing', ready: (page: Page) => page.getByRole('main').getByText(/Pressing/).first() },
      { name: 'reports', hash: '/reports', ready: (page: Page) => page.getByRole('main').getByText(/Reports/).first() },
      { name: 'notebook', hash: '/notebook', ready: heading('Notebook') },
    ];
    await app.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: scheme });
      await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      for (const screen of screens) {
        await app.evaluate((hash) => (globalThis.location.hash = hash), screen.hash);
        if (screen.open) {
          await expect(heading(editable.build.name)(app)).toBeVisible();
          await screen.open(app);
        }
        await settled(app, screen);
        await app.screenshot({ path: path.join(OUT, `${screen.name}-${size.width}x${size.height}-${scheme}.png`), fullPage: false });
        await softly.poll(() => app.evaluate(findCutText), { message: `${screen.name} at ${size.width}×${size.height} (${scheme})`, timeout: 2_000 }).toEqual([]);
        if (screen.open) await app.keyboard.press('Escape');
      }
    }
  });
}

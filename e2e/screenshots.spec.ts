// Every screen of the demo notebook, written as PNGs to look at (.tmp/screenshots/) and checked for
// text cut off without a way to read it whole. In `npm test` each screen is pictured once, the
// screens taking turns through the four looks (a small laptop's and a desktop monitor's size, light
// and dark), so every look and every screen is checked; `npm run screenshots` (CELLBOOK_SCREENSHOTS=all)
// pictures every screen in all four.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, testFromDemo } from './support/fixtures';
import { findCutText } from './support/cut-text';
import { hostApi } from './support/host-api';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const LOOKS = SIZES.flatMap((size) => SCHEMES.map((scheme) => ({ size, scheme })));
type Look = (typeof LOOKS)[number];
const EVERY_LOOK = process.env.CELLBOOK_SCREENSHOTS === 'all';
// `npm run screenshots -- --only builds,stack-editor`: only the screens named.
const ONLY = (process.env.CELLBOOK_SCREENSHOTS_ONLY ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
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

// Each screen takes its turn through the looks (screen n in look n mod 4), or is pictured in all four.
const looksOf = (index: number): readonly Look[] => (EVERY_LOOK ? LOOKS : [LOOKS[index % LOOKS.length]!]);

testFromDemo(EVERY_LOOK ? 'every screen at 1280×720 and 1920×1080, light and dark, shows its text whole' : 'every screen, in turn at 1280×720 and 1920×1080, light and dark, shows its text whole', async ({ app, cellbook }) => {
  // Seventeen pictures (68 with every look) on one demo notebook, on a machine shared with other work.
  test.setTimeout(EVERY_LOOK ? 600_000 : 120_000);
  // A notebook of the user's (`--db`) may lack some records: their screens are left out.
  const [material] = await hostApi(cellbook, 'listMaterials', { status: 'active' });
  const lots = material ? (await hostApi(cellbook, 'getMaterialDetail', { id: material.id })).lots : [];
  const [recipe] = await hostApi(cellbook, 'listRecipes', { includeArchived: false });
  const [batch] = await hostApi(cellbook, 'listBatches', {});
  const [first, second] = await hostApi(cellbook, 'listBuilds', { status: 'active' });
  // A clone has no assembled cells, so its stack can be edited (the notebook is a copy).
  const editable = first ? (await hostApi(cellbook, 'cloneBuild', { id: first.id, name: `${first.name}, stack to edit` })).build : undefined;
  const cyclingTests = await hostApi(cellbook, 'listCyclingTests', { includeArchived: false, unassignedOnly: false });
  const [cyclingTest] = cyclingTests;
  // The attach dialog is pictured asking its question: a cell of another build that has a test of its own.
  const otherCellsTest = cyclingTests.find((other) => other.buildName !== null && other.cellLabel !== null && other.buildId !== cyclingTest?.buildId);
  const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 2 });
  const when = <T,>(record: T | undefined, screens: (record: T) => Screen[]): Screen[] => (record === undefined ? [] : screens(record));
  const all: Screen[] = [
    { name: 'materials', hash: '/materials', ready: (page) => page.getByRole('region', { name: 'Materials' }) },
    ...when(material, (m) => [{ name: 'material', hash: `/materials/${m.id}`, ready: heading(m.name) }]),
    ...when(lots[0], (lot) => [{ name: 'lot', hash: `/lots/${lot.id}`, ready: heading(/, lot /) }]),
    { name: 'recipes', hash: '/recipes', ready: (page: Page) => page.getByRole('region', { name: 'Recipes' }) },
    ...when(recipe, (r) => [{ name: 'recipe', hash: `/recipes/${r.id}`, ready: heading(r.name) }]),
    ...when(batch, (b) => [
      { name: 'batch', hash: `/batches/${b.id}`, ready: heading(new RegExp(b.code)) },
      { name: 'run-sheet', hash: `/batches/${b.id}/print`, ready: (page: Page) => page.getByRole('heading', { name: new RegExp(b.code) }).first() },
    ]),
    { name: 'builds', hash: '/builds', ready: (page: Page) => page.getByRole('region', { name: 'Builds' }) },
    ...when(first, (b) => [{ name: 'build', hash: `/builds/${b.id}`, ready: heading(b.name) }]),
    ...when(editable, (b) => [
      {
        name: 'stack-editor',
        hash: `/builds/${b.id}`,
        ready: (page: Page) => page.getByRole('dialog', { name: 'Edit the layer stack' }),
        open: async (page: Page) => {
          await expect(heading(b.name)(page)).toBeVisible();
          await page.getByRole('button', { name: 'Edit stack' }).click();
        },
      },
    ]),
    ...when(first && second ? ([first, second] as const) : undefined, ([a, b]) => [
      { name: 'build-diff', hash: `/builds/${a.id}/compare/${b.id}`, ready: (page: Page) => page.getByTestId('build-differences') },
      { name: 'compare', hash: `/compare/builds/${a.id},${b.id}`, ready: heading(/Compare/) },
    ]),
    { name: 'cycling', hash: '/cycling', ready: (page: Page) => page.getByRole('region', { name: 'Cycling tests' }) },
    ...when(cyclingTest, (t) => [
      { name: 'cycling-test', hash: `/cycling/${t.id}`, ready: heading(t.name) },
      {
        name: 'attach-test',
        hash: `/cycling/${t.id}`,
        ready: (page: Page) => (otherCellsTest ? page.getByRole('radiogroup', { name: /^This cell already has a test/ }) : page.getByRole('dialog', { name: 'Which cell is this test of?' })),
        open: async (page: Page) => {
          await expect(heading(t.name)(page)).toBeVisible();
          await page.getByRole('button', { name: /^(Attach to a cell|Move to another cell)$/ }).click();
          if (!otherCellsTest) return;
          const dialog = page.getByRole('dialog', { name: 'Which cell is this test of?' });
          await dialog.getByRole('combobox', { name: 'Build' }).click();
          await page.getByRole('option', { name: otherCellsTest.buildName!, exact: true }).click();
          await dialog.getByRole('combobox', { name: 'Cell' }).click();
          await page.getByRole('option', { name: new RegExp(`^${otherCellsTest.cellLabel!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) }).click();
        },
      },
    ]),
    { name: 'pressing', hash: '/pressing', ready: (page: Page) => page.getByRole('main').getByText(/Pressing/).first() },
    { name: 'reports', hash: '/reports', ready: (page: Page) => page.getByRole('main').getByText(/Reports/).first() },
    { name: 'notebook', hash: '/notebook', ready: heading('Notebook') },
  ];
  const unknown = ONLY.filter((name) => !all.some((screen) => screen.name === name));
  if (unknown.length > 0) throw new Error(`--only: no screen named ${unknown.join(', ')} in this notebook; the screens are ${all.map((screen) => screen.name).join(', ')}`);
  const screens = ONLY.length > 0 ? all.filter((screen) => ONLY.includes(screen.name)) : all;
  for (const look of LOOKS) {
    const here = screens.filter((_, index) => looksOf(index).includes(look));
    if (here.length === 0) continue;
    const { size, scheme } = look;
    await app.setViewportSize(size);
    await app.emulateMedia({ colorScheme: scheme });
    await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    for (const screen of here) {
      await app.evaluate((hash) => (globalThis.location.hash = hash), screen.hash);
      if (screen.open) await screen.open(app);
      await settled(app, screen);
      await app.screenshot({ path: path.join(OUT, `${screen.name}-${size.width}x${size.height}-${scheme}.png`), fullPage: false });
      await softly.poll(() => app.evaluate(findCutText), { message: `${screen.name} at ${size.width}×${size.height} (${scheme})`, timeout: 2_000 }).toEqual([]);
      if (screen.open) await app.keyboard.press('Escape');
    }
  }
});

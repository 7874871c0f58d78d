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
  const [material] = await hostApi(cellbook, 'listMaterials', { status: 'active' });
  const lots = await hostApi(cellbook, 'getMaterialDetail', { id: material!.id });
  const [recipe] = await hostApi(cellbook, 'listRecipes', { includeArchived: false });
  const [batch] = await hostApi(cellbook, 'listBatches', {});
  const [first, second] = await hostApi(cellbook, 'listBuilds', { status: 'active' });
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
  for (const look of LOOKS) {
    const here = screens.filter((_, index) => looksOf(index).includes(look));
    if (here.length === 0) continue;
    const { size, scheme } = look;
    await app.setViewportSize(size);
    await app.emulateMedia({ colorScheme: scheme });
    await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    for (const screen of here) {
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

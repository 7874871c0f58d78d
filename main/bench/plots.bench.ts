// npm run bench:plots: the real renderer in Chromium against browser mode (`cellbook web`) on a
// notebook with a 1,000,000-point test and 20 tests of 500 cycles (plots-notebook.ts). Timed in the
// page (performance.now() from the navigation or the mouse-up to the moment the chart's
// data-ready / data-points attributes say Plotly drew it), RUNS times each, medians reported:
// - first_draw_ms: a warm app (Plotly loaded by a small test's page) navigates to the big test's
//   page; until its first plot is drawn;
// - zoom_ms: a zoom on that test's voltage/current-vs-time plot, re-drawn with every stored point
//   of the zoomed range (three zooms in, the last one reaching full resolution);
// - overlay_ms: Compare of the four builds' 20 cells × 500 cycles, until the overlay is drawn;
// - renderer_MiB: the renderer's JS heap (Chrome's Performance metrics), the largest seen.
// Ends with one JSON line. Needs `npm run build` first (the built CLI and renderer).
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { OVERLAY_CYCLES, plotsNotebook, type PlotsNotebook } from './plots-notebook';
import { median } from './stats';
import { startWebHost } from '../testing/web-host-process';

const SEED = 20261127;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const CLI = path.resolve('out', 'cli.cjs');
const RENDERER = path.resolve('out', 'renderer', 'index.html');
const TIME_SERIES = 'voltage and current over time';
const TIMEOUT_MS = 120_000;

/** What the functions run in the page use of it (main's TypeScript has no DOM library). */
interface PageElement {
  getAttribute(name: string): string | null;
  parentElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  textContent: string | null;
  closest(selector: string): PageElement | null;
}
interface PageGlobals {
  document: { querySelector(selector: string): PageElement | null; elementFromPoint(x: number, y: number): PageElement | null; body: PageElement };
  location: { hash: string };
  MutationObserver: new (callback: () => void) => { observe(target: PageElement, options: Record<string, unknown>): void; disconnect(): void };
  addEventListener(type: string, listener: () => void, options: Record<string, unknown>): void;
}


/** Sets the hash route and resolves with the ms until `selector` matches (checked on every DOM change). */
async function navigateAndTime(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ hash, selector, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const { document, location, MutationObserver } = globalThis as unknown as PageGlobals;
        const started = performance.now();
        const done = () => {
          if (!document.querySelector(selector)) return false;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
          return true;
        };
        const observer = new MutationObserver(() => void done());
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} did not appear within ${timeout} ms of ${hash}`));
        }, timeout);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-points'] });
        location.hash = hash;
      }),
    { hash, selector, timeout: TIMEOUT_MS },
  );
}

/** Leaves for a page without plots, so the next page's charts are new elements. */
async function leaveForBuilds(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.hash = '#/builds';
  });
  await page.locator('[data-testid^="plot-"]').first().waitFor({ state: 'detached', timeout: TIMEOUT_MS });
}

/**
 * Drags a zoom box over the middle `fraction` of the chart's width and resolves with the ms from
 * the mouse-up to the re-draw: the first one, or with `full` the one drawn after the caption says
 * every point of the zoomed range is shown.
 */
async function zoomAndTime(page: Page, label: string, fraction: number, full: boolean): Promise<number> {
  const chart = page.getByTestId(`plot-${label}`);
  const layer = chart.locator('.nsewdrag').first();
  await layer.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await chart.scrollIntoViewIfNeeded();
  const box = (await layer.boundingBox())!;
  const y = box.y + box.height / 2;
  const [fromX, toX] = [box.x + box.width * (0.5 - fraction / 2), box.x + box.width * (0.5 + fraction / 2)];
  const timing = page.evaluate(
    ({ selector, points, full, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const { document, MutationObserver, addEventListener } = globalThis as unknown as PageGlobals;
        const element = document.querySelector(selector)!;
        // Something laid over the plot (a notice area) would take the drag: say so instead of timing nothing.
        for (const x of [points[0]!, points[1]!]) {
          const hit = document.elementFromPoint(x, points[2]!);
          if (!hit?.closest(selector)) return reject(new Error(`the zoom drag at (${Math.round(x)}, ${Math.round(points[2]!)}) lands on ${hit?.getAttribute('class') ?? 'nothing'}, not on the plot`));
        }
        const caption = element.parentElement?.querySelector('[data-testid="sampling"]');
        const before = { points: element.getAttribute('data-points'), caption: caption?.textContent ?? '' };
        let started = 0;
        let pointsWhenFull: string | null = null;
        addEventListener('mouseup', () => (started = performance.now()), { capture: true, once: true });
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        };
        const check = () => {
          if (started === 0) return;
          const text = caption?.textContent ?? '';
          const drawn = element.getAttribute('data-points');
          if (!full) {
            if (drawn !== before.points && text !== before.caption) finish();
            return;
          }
          // The caption changes with the data; data-points once Plotly has drawn them.
          if (pointsWhenFull === null && text.startsWith('Full resolution')) pointsWhenFull = drawn;
          else if (pointsWhenFull !== null && drawn !== pointsWhenFull) finish();
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the zoomed plot was not re-drawn${full ? ' at full resolution' : ''} within ${timeout} ms`));
        }, timeout);
        observer.observe(element.parentElement!.parentElement!, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-points'] });
      }),
    { selector: `[data-testid="plot-${label}"]`, points: [fromX, toX, y], full, timeout: TIMEOUT_MS },
  );
  await page.mouse.move(fromX, y);
  await page.mouse.down();
  await page.mouse.move((fromX + toX) / 2, y + 2, { steps: 4 });
  await page.mouse.move(toX, y + 3, { steps: 4 });
  await page.mouse.up();
  return timing;
}

async function heapMiB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await session.detach();
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

async function measure(browser: Browser, url: string, ids: PlotsNotebook) {
  const firstDraw: number[] = [];
  const allDrawn: number[] = [];
  const zoom: number[] = [];
  const zoomSteps: number[] = [];
  const overlay: number[] = [];
  let heap = 0;
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh page each run: nothing of the big test is cached, but the app is warm before it is timed.
    const page = await browser.newPage({ viewport: { width: 1920, height: 1200 } });
    await page.goto(`${url}#/cycling/${ids.warmTestId}`);
    await page.locator('html[data-cellbook-ready="true"]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    await page.locator('[data-testid^="plot-"][data-ready="true"]').first().waitFor({ timeout: TIMEOUT_MS });
    await leaveForBuilds(page);

    firstDraw.push(await navigateAndTime(page, `#/cycling/${ids.bigTestId}`, '[data-testid^="plot-"][data-ready="true"]'));
    const started = performance.now();
    for (const label of ['capacity by cycle', 'voltage against capacity', 'differential capacity', TIME_SERIES]) await page.locator(`[data-testid="plot-${label}"][data-ready="true"]`).waitFor({ timeout: TIMEOUT_MS });
    allDrawn.push(firstDraw[firstDraw.length - 1]! + (performance.now() - started));
    heap = Math.max(heap, await heapMiB(page));

    // Three zooms into the middle tenth: 1M points -> 100k -> 10k -> 1k, the last at full resolution.
    for (let step = 0; step < 2; step += 1) zoomSteps.push(await zoomAndTime(page, TIME_SERIES, 0.1, false));
    zoom.push(await zoomAndTime(page, TIME_SERIES, 0.1, true));
    heap = Math.max(heap, await heapMiB(page));

    await leaveForBuilds(page);
    const points = `[data-testid="plot-overlay"][data-ready="true"]`;
    overlay.push(await navigateAndTime(page, `#/compare/builds/${ids.overlayBuildIds.join(',')}`, points));
    const drawn = Number(await page.getByTestId('plot-overlay').getAttribute('data-points'));
    if (drawn < ids.overlayTests * OVERLAY_CYCLES * 0.95) throw new Error(`the overlay drew ${drawn} points, expected about ${ids.overlayTests * OVERLAY_CYCLES}`);
    heap = Math.max(heap, await heapMiB(page));
    await page.close();
  }
  return { firstDraw, allDrawn, zoom, zoomSteps, overlay, heap };
}

async function main(): Promise<void> {
  if (!existsSync(CLI) || !existsSync(RENDERER)) {
    console.error(`bench:plots drives the built app, and ${existsSync(CLI) ? RENDERER : CLI} is missing: run "npm run build" first`);
    process.exitCode = 1;
    return;
  }
  let host: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    const ids = await plotsNotebook(CLI, SEED);
    console.log(`notebook: a ${ids.bigPoints.toLocaleString('en')}-point test and ${ids.overlayTests} tests of ${OVERLAY_CYCLES} cycles, ${ids.madeSeconds === null ? 'reused from an earlier run' : `made in ${ids.madeSeconds.toFixed(1)} s`} (${ids.dbPath})`);
    const started = await startWebHost(ids.dbPath);
    host = started.child;
    // Loaded at run time from the project, as the e2e tests load it (not bundled into the bench).
    const support = (await import(pathToFileURL(path.resolve('e2e', 'support', 'chromium.mjs')).href)) as { CHROMIUM_ARGS: string[]; chromiumExecutable: () => string };
    const { chromium } = createRequire(path.resolve('package.json'))('@playwright/test') as typeof import('@playwright/test');
    browser = await chromium.launch({ executablePath: support.chromiumExecutable(), args: support.CHROMIUM_ARGS });
    const result = await measure(browser, started.url, ids);
    const fmt = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
    console.log(`first plot after navigation (ms): ${fmt(result.firstDraw)}; all four plots: ${fmt(result.allDrawn)}`);
    console.log(`zoom re-draws (ms, two downsampled per run): ${fmt(result.zoomSteps)}; at full resolution: ${fmt(result.zoom)}`);
    console.log(`overlay of ${ids.overlayTests} cells × ${OVERLAY_CYCLES} cycles (ms): ${fmt(result.overlay)}`);
    console.log(
      JSON.stringify({ points: ids.bigPoints, first_draw_ms: Math.round(median(result.firstDraw)), zoom_ms: Math.round(median(result.zoom)), overlay_ms: Math.round(median(result.overlay)), renderer_MiB: Math.round(result.heap) }),
    );
  } finally {
    await browser?.close();
    if (host) {
      host.kill('SIGTERM');
      await new Promise((resolve) => host!.once('exit', resolve));
    }
  }
}

void main().catch((error: unknown) => {
  console.error(`bench:plots failed: ${(error as Error).message}`);
  process.exitCode = 1;
});

// npm run bench:plots: the real renderer in Chromium against browser mode (`cellbook web`) on a
// notebook with a 1,000,000-point test and 20 tests of 500 cycles (plots-notebook.ts). Timed in the
// page (performance.now() from the navigation or the mouse-up to the first paint after the chart's
// data-ready / data-points attributes say Plotly drew it), RUNS times each, medians reported:
// - first_draw_ms: a warm app (Plotly loaded by a small test's page) navigates to the big test's
//   page; until its first plot is drawn;
// - zoom_ms: a zoom on that test's voltage/current-vs-time plot, re-drawn with every stored point
//   of the zoomed range (three zooms in, the last one reaching full resolution);
// - overlay_ms: Compare of the four builds' 20 cells × 500 cycles, until the overlay is drawn;
// - renderer_MiB: the renderer's JS heap (Chrome's Performance metrics), the largest seen.
// Ends with one JSON line (with the machine's load averages, so that a run on a busy machine is
// recognised). Needs `npm run build` first (the built CLI and renderer).
// Options: `--runs N` (default 3; fewer is a quick look while iterating, not a measurement) and
// `--profile DIR` (writes the renderer's CPU profile of each timed step, for Chrome DevTools).
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { OVERLAY_CYCLES, plotsNotebook, type PlotsNotebook } from './plots-notebook';
import { median } from './stats';
import { startWebHost } from '../testing/web-host-process';

const SEED = 20261127;
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const RUNS = Math.max(1, Number(argument('--runs') ?? process.env.BENCH_RUNS ?? 3));
const PROFILE_DIR = argument('--profile');
const TARGETS = { first_draw_ms: 1000, zoom_ms: 200, overlay_ms: 1500, renderer_MiB: 500 };
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
  requestAnimationFrame(callback: () => void): number;
  performance: { now(): number; clearResourceTimings(): void; setResourceTimingBufferSize(size: number): void; getEntriesByType(type: 'resource'): Array<{ name: string; startTime: number; responseEnd: number }> };
}

/** One operation the page asked main for while a step was timed, in ms from the step's start. */
interface ApiRequest {
  name: string;
  askedMs: number;
  answeredMs: number;
}

/** A timed step: its ms, and the operations asked for on the way (where the time went: asking, main, drawing). */
interface Timed {
  ms: number;
  requests: ApiRequest[];
}


/** Sets the hash route and resolves with the ms until `selector` matches (checked on every DOM change). */
async function navigateAndTime(page: Page, hash: string, selector: string): Promise<Timed> {
  return page.evaluate(
    ({ hash, selector, timeout }) =>
      new Promise<Timed>((resolve, reject) => {
        const { document, location, MutationObserver, performance, requestAnimationFrame } = globalThis as unknown as PageGlobals;
        performance.setResourceTimingBufferSize(10_000);
        performance.clearResourceTimings();
        const started = performance.now();
        const done = () => {
          if (!document.querySelector(selector)) return false;
          observer.disconnect();
          clearTimeout(timer);
          // Plotly has drawn; timed once the browser has painted it (the task after the next frame).
          requestAnimationFrame(() =>
            setTimeout(() => {
              const ms = performance.now() - started;
              const requests = performance
                .getEntriesByType('resource')
                .filter((entry) => entry.name.includes('/api/') && entry.startTime >= started)
                .map((entry) => ({ name: entry.name.slice(entry.name.indexOf('/api/') + 5).split('?')[0]!, askedMs: entry.startTime - started, answeredMs: entry.responseEnd - started }));
              resolve({ ms, requests });
            }, 0),
          );
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
async function zoomAndTime(page: Page, label: string, fraction: number, full: boolean): Promise<Timed> {
  const chart = page.getByTestId(`plot-${label}`);
  const layer = chart.locator('.nsewdrag').first();
  await layer.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await chart.scrollIntoViewIfNeeded();
  const box = (await layer.boundingBox())!;
  const y = box.y + box.height / 2;
  const [fromX, toX] = [box.x + box.width * (0.5 - fraction / 2), box.x + box.width * (0.5 + fraction / 2)];
  const timing = page.evaluate(
    ({ selector, points, full, timeout }) =>
      new Promise<Timed>((resolve, reject) => {
        const { document, MutationObserver, addEventListener, performance, requestAnimationFrame } = globalThis as unknown as PageGlobals;
        performance.setResourceTimingBufferSize(10_000);
        performance.clearResourceTimings();
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
          // Plotly has drawn; timed once the browser has painted it (the task after the next frame).
          requestAnimationFrame(() =>
            setTimeout(() => {
              const ms = performance.now() - started;
              const requests = performance
                .getEntriesByType('resource')
                .filter((entry) => entry.name.includes('/api/') && entry.startTime >= started)
                .map((entry) => ({ name: entry.name.slice(entry.name.indexOf('/api/') + 5).split('?')[0]!, askedMs: entry.startTime - started, answeredMs: entry.responseEnd - started }));
              resolve({ ms, requests });
            }, 0),
          );
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

/** Runs `timed`, with the renderer's CPU profile written to PROFILE_DIR/<name>.cpuprofile when asked for. */
async function profiled<T>(page: Page, name: string, timed: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return timed();
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  try {
    return await timed();
  } finally {
    const { profile } = (await session.send('Profiler.stop')) as { profile: unknown };
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    await session.detach();
  }
}

async function measure(browser: Browser, url: string, ids: PlotsNotebook) {
  const firstDraw: Timed[] = [];
  const allDrawn: number[] = [];
  const zoom: Timed[] = [];
  const zoomSteps: number[] = [];
  const overlay: Timed[] = [];
  let heap = 0;
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh page each run: nothing of the big test is cached, but the app is warm before it is timed.
    const page = await browser.newPage({ viewport: { width: 1920, height: 1200 } });
    await page.goto(`${url}#/cycling/${ids.warmTestId}`);
    await page.locator('html[data-cellbook-ready="true"]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    await page.locator('[data-testid^="plot-"][data-ready="true"]').first().waitFor({ timeout: TIMEOUT_MS });
    await leaveForBuilds(page);

    firstDraw.push(await profiled(page, `first-draw-${run + 1}`, () => navigateAndTime(page, `#/cycling/${ids.bigTestId}`, '[data-testid^="plot-"][data-ready="true"]')));
    const started = performance.now();
    for (const label of ['capacity by cycle', 'voltage against capacity', 'differential capacity', TIME_SERIES]) await page.locator(`[data-testid="plot-${label}"][data-ready="true"]`).waitFor({ timeout: TIMEOUT_MS });
    allDrawn.push(firstDraw[firstDraw.length - 1]!.ms + (performance.now() - started));
    heap = Math.max(heap, await heapMiB(page));

    // Three zooms into the middle tenth: 1M points -> 100k -> 10k -> 1k, the last at full resolution.
    for (let step = 0; step < 2; step += 1) zoomSteps.push((await zoomAndTime(page, TIME_SERIES, 0.1, false)).ms);
    zoom.push(await profiled(page, `zoom-${run + 1}`, () => zoomAndTime(page, TIME_SERIES, 0.1, true)));
    heap = Math.max(heap, await heapMiB(page));

    await leaveForBuilds(page);
    const points = `[data-testid="plot-overlay"][data-ready="true"]`;
    overlay.push(await profiled(page, `overlay-${run + 1}`, () => navigateAndTime(page, `#/compare/builds/${ids.overlayBuildIds.join(',')}`, points)));
    const drawn = Number(await page.getByTestId('plot-overlay').getAttribute('data-points'));
    if (drawn < ids.overlayTests * OVERLAY_CYCLES * 0.95) throw new Error(`the overlay drew ${drawn} points, expected about ${ids.overlayTests * OVERLAY_CYCLES}`);
    heap = Math.max(heap, await heapMiB(page));
    await page.close();
  }
  return { firstDraw, allDrawn, zoom, zoomSteps, overlay, heap };
}

/** "getTimeSeries 12 → 95; drawn at 160": each operation asked for on the way, then the step's end. */
function whereTimeWent(step: Timed): string {
  const requests = step.requests.map((request) => `${request.name} ${request.askedMs.toFixed(0)} → ${request.answeredMs.toFixed(0)}`);
  return `${requests.join(', ') || 'nothing asked of main'}; drawn at ${step.ms.toFixed(0)}`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const loads = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ');

async function main(): Promise<void> {
  if (!existsSync(CLI) || !existsSync(RENDERER)) {
    console.error(`bench:plots drives the built app, and ${existsSync(CLI) ? RENDERER : CLI} is missing: run "npm run build" first`);
    process.exitCode = 1;
    return;
  }
  let host: ChildProcess | null = null;
  let browser: Browser | null = null;
  const loadStart = os.loadavg();
  console.log(`${os.cpus().length} cores, node ${process.version}, load average ${loads(loadStart)} (1, 5, 15 min) at the start; ${RUNS} run${RUNS === 1 ? '' : 's'}${RUNS < 3 ? ' (a quick look, not the medians of 3 the targets are stated for)' : ''}`);
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
    const ms = (steps: Timed[]) => steps.map((step) => step.ms);
    console.log(`first plot after navigation (ms): ${fmt(ms(result.firstDraw))}; all four plots: ${fmt(result.allDrawn)}`);
    console.log(`zoom re-draws (ms, two downsampled per run): ${fmt(result.zoomSteps)}; at full resolution: ${fmt(ms(result.zoom))}`);
    console.log(`overlay of ${ids.overlayTests} cells × ${OVERLAY_CYCLES} cycles (ms): ${fmt(ms(result.overlay))}`);
    console.log('where the time went (ms from the start of each timed step: asked main → answered, then drawn):');
    result.firstDraw.forEach((step, run) => console.log(`  first plot, run ${run + 1}: ${whereTimeWent(step)}`));
    result.zoom.forEach((step, run) => console.log(`  zoom at full resolution, run ${run + 1}: ${whereTimeWent(step)}`));
    result.overlay.forEach((step, run) => console.log(`  overlay, run ${run + 1}: ${whereTimeWent(step)}`));
    const figures = { first_draw_ms: Math.round(median(ms(result.firstDraw))), zoom_ms: Math.round(median(ms(result.zoom))), overlay_ms: Math.round(median(ms(result.overlay))), renderer_MiB: Math.round(result.heap) };
    for (const [key, value] of Object.entries(figures) as Array<[keyof typeof TARGETS, number]>) {
      const ratio = value / TARGETS[key];
      console.log(`${key.padEnd(14)} ${String(value).padStart(6)} ${key === 'renderer_MiB' ? 'MiB (largest)' : 'ms (median)  '}  target ${TARGETS[key]}: ${ratio.toFixed(2)} × the target, ${ratio <= 1 ? 'met' : 'missed'}`);
    }
    const loadEnd = os.loadavg();
    console.log(`load average ${loads(loadEnd)} at the end (${os.cpus().length} cores): ${loadEnd[0]! > os.cpus().length ? 'a busy machine, figures inflated' : 'a quiet machine'}`);
    console.log(JSON.stringify({ points: ids.bigPoints, ...figures, runs: RUNS, load_start: round1(loadStart[0]!), load_end: round1(loadEnd[0]!) }));
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

// `npm start` decides between the Electron window and browser mode. Electron is the app; where
// its binary (or a better-sqlite3 built for it) cannot be obtained, e.g. offline, browser mode
// still runs Cellbook, and the user is told why in one line.
export type StartPlan = { mode: 'electron'; binding: string } | { mode: 'browser'; reason: string };

export interface StartSteps {
  /** Downloads Electron on first use; resolves true when its binary is present. */
  obtainElectron(): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** The better-sqlite3 binding for Electron's ABI: found, or built now. */
  ensureElectronBinding(): Promise<{ ok: true; path: string } | { ok: false; reason: string }>;
}

/** What a failed download reports when there is no network ("TypeError: fetch failed", "getaddrinfo ENOTFOUND"). */
const OFFLINE = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|network/i;

/** The technical reason in words a researcher can act on; the tool's own text kept in brackets. */
function downloadFailure(what: string, detail: string): string {
  return OFFLINE.test(detail)
    ? `${what} could not be downloaded: there seems to be no internet connection (${detail})`
    : `${what} could not be downloaded (${detail})`;
}

export async function planStart(steps: StartSteps): Promise<StartPlan> {
  const electron = await steps.obtainElectron();
  if (!electron.ok) return { mode: 'browser', reason: downloadFailure('the desktop window (Electron)', electron.reason) };
  const binding = await steps.ensureElectronBinding();
  if (!binding.ok) return { mode: 'browser', reason: `the desktop window could not be prepared: its database library (better-sqlite3) could not be built for Electron (${binding.reason})` };
  return { mode: 'electron', binding: binding.path };
}

/** Said once on stderr: what failed, and that the same Cellbook opened in the browser instead. */
export function browserFallbackNotice(reason: string): string {
  return `Cellbook: ${reason}. Browser mode started instead: open the address below in your web browser (the same notebook, the same screens).`;
}

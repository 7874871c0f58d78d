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

export async function planStart(steps: StartSteps): Promise<StartPlan> {
  const electron = await steps.obtainElectron();
  if (!electron.ok) return { mode: 'browser', reason: `the Electron binary could not be obtained (${electron.reason})` };
  const binding = await steps.ensureElectronBinding();
  if (!binding.ok) return { mode: 'browser', reason: `better-sqlite3 could not be built for Electron (${binding.reason})` };
  return { mode: 'electron', binding: binding.path };
}

export function browserFallbackNotice(reason: string): string {
  return `Cellbook: ${reason}; opening browser mode instead.`;
}

import { describe, expect, it } from 'vitest';
import { browserFallbackNotice, planStart } from './start-plan';

describe('npm start', () => {
  it('opens Electron when its binary and an Electron-ABI better-sqlite3 are there', async () => {
    const plan = await planStart({
      obtainElectron: async () => ({ ok: true }),
      ensureElectronBinding: async () => ({ ok: true, path: '/app/out/native/electron-abi-150/better_sqlite3.node' }),
    });
    expect(plan).toEqual({ mode: 'electron', binding: '/app/out/native/electron-abi-150/better_sqlite3.node' });
  });

  it('falls back to browser mode, in one line, when Electron cannot be downloaded', async () => {
    let bindingTried = false;
    const plan = await planStart({
      obtainElectron: async () => ({ ok: false, reason: 'TypeError: fetch failed' }),
      ensureElectronBinding: async () => {
        bindingTried = true;
        return { ok: true, path: 'x' };
      },
    });
    expect(plan).toEqual({ mode: 'browser', reason: 'the desktop window (Electron) could not be downloaded: there seems to be no internet connection (TypeError: fetch failed)' });
    expect(bindingTried).toBe(false);
    expect(browserFallbackNotice(plan.mode === 'browser' ? plan.reason : '')).toBe(
      'Cellbook: the desktop window (Electron) could not be downloaded: there seems to be no internet connection (TypeError: fetch failed). Browser mode started instead: open the address below in your web browser (the same notebook, the same screens).',
    );
  });

  it('says the download failed without blaming the network when the reason is another', async () => {
    const plan = await planStart({ obtainElectron: async () => ({ ok: false, reason: 'checksum mismatch' }), ensureElectronBinding: async () => ({ ok: true, path: 'x' }) });
    expect(plan).toEqual({ mode: 'browser', reason: 'the desktop window (Electron) could not be downloaded (checksum mismatch)' });
  });

  it('never starts Electron with the Node-ABI build: no Electron binding means browser mode', async () => {
    const plan = await planStart({
      obtainElectron: async () => ({ ok: true }),
      ensureElectronBinding: async () => ({ ok: false, reason: 'headers download failed' }),
    });
    expect(plan).toEqual({ mode: 'browser', reason: 'the desktop window could not be prepared: its database library (better-sqlite3) could not be built for Electron (headers download failed)' });
  });
});

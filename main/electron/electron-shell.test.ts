// Electron's security properties, checked with fakes of the Electron modules (the real binary
// cannot run on every machine that runs the tests).
import { describe, expect, it } from 'vitest';
import { apiNames, ipcChannel, IPC_EVENT_CHANNEL } from '../../shared/api-names';
import { api } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { makeAppProtocolHandler } from './app-protocol';
import { registerIpcHandlers, type IpcMainLike } from './ipc-main';
import { buildPreloadApi, type IpcRendererLike } from './preload-api';
import { guardSession, guardWebContents, isAppUrl } from './security';
import { APP_START_URL, mainWindowOptions } from './window-options';
import { openTempNotebook } from '../testing/temp-notebook';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/electron/preload.cjs');

  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the app from the custom protocol, not file://', () => {
    expect(APP_START_URL).toBe('app://cellbook/index.html');
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('https://cellbook/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows scripts only from the app, with no eval and no plugins', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives['connect-src']).toEqual(["'self'"]);
  });
});

type Listener = (...args: any[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  return {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    fire(event: string, url?: string): boolean {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('web contents guards', () => {
  it('blocks navigation and redirects away from the app, allows the app itself', () => {
    const contents = fakeContents();
    guardWebContents(contents as never, () => undefined);
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///home/user/notebook.cellbook')).toBe(true);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://cellbook/index.html#/builds')).toBe(false);
  });

  it('denies every new window; https links go to the system browser, others nowhere', () => {
    const contents = fakeContents();
    const opened: string[] = [];
    guardWebContents(contents as never, (url) => opened.push(url));
    expect(contents.open('https://doi.org/10.1000/xyz')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://doi.org/10.1000/xyz']);
  });

  it('refuses <webview>', () => {
    const contents = fakeContents();
    guardWebContents(contents as never, () => undefined);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((c: unknown, p: string) => boolean) | undefined;
    guardSession({ setPermissionRequestHandler: (h) => (requestHandler = h), setPermissionCheckHandler: (h) => (checkHandler = h) });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      requestHandler?.(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(checkHandler?.(null, permission), permission).toBe(false);
    }
  });
});

describe('preload', () => {
  it('exposes exactly the contract operations and an event subscription, each invoking its own channel', async () => {
    const invoked: Array<[string, unknown]> = [];
    const listeners = new Map<string, Listener>();
    const ipcRenderer: IpcRendererLike = {
      invoke: async (channel, input) => {
        invoked.push([channel, input]);
        return { ok: true, value: null };
      },
      on: (channel, listener) => listeners.set(channel, listener),
      removeListener: (channel) => listeners.delete(channel),
    };
    const exposed = buildPreloadApi(ipcRenderer);
    expect(Object.keys(exposed).sort()).toEqual([...Object.keys(api), 'onEvent', 'chooseNotebookPath'].sort());
    for (const name of apiNames) await exposed[name]({ probe: name });
    expect(invoked).toEqual(apiNames.map((name) => [ipcChannel(name), { probe: name }]));

    const received: unknown[] = [];
    const unsubscribe = exposed.onEvent((event) => received.push(event));
    listeners.get(IPC_EVENT_CHANNEL)?.({}, { type: 'changed', tables: ['settings'] });
    expect(received).toEqual([{ type: 'changed', tables: ['settings'] }]);
    unsubscribe();
    expect(listeners.has(IPC_EVENT_CHANNEL)).toBe(false);
  });
});

describe('IPC handlers', () => {
  it('registers one handler per operation that dispatches calls from the app and refuses other senders', async () => {
    const temp = await openTempNotebook();
    try {
      const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
      registerIpcHandlers({ handle: (channel, listener) => handlers.set(channel, listener) }, () => temp.ctx);
      expect([...handlers.keys()].sort()).toEqual(apiNames.map(ipcChannel).sort());

      const call = handlers.get(ipcChannel('updateSettings'));
      expect(await call?.({ senderFrame: { url: 'app://cellbook/index.html' } }, { operator: 'M. Kim' })).toMatchObject({ ok: true });
      expect(await call?.({ senderFrame: { url: 'https://evil.example/' } }, { operator: 'Mallory' })).toEqual({
        ok: false,
        error: { code: 'refused', message: "updateSettings may only be called by Cellbook's own window" },
      });
      expect(await call?.({ senderFrame: null }, { operator: 'Mallory' })).toMatchObject({ ok: false });
      expect(await call?.({ senderFrame: { url: 'app://cellbook/' } }, { operator: 7 })).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(temp.notebook.db.prepare('SELECT count(*) AS n FROM history').get()).toEqual({ n: 1 });
    } finally {
      temp.dispose();
    }
  });
});

describe('app:// protocol', () => {
  it('serves renderer files with the CSP header and nothing from outside the app', async () => {
    const temp = await openTempNotebook();
    try {
      const dir = path.join(temp.dir, 'renderer');
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'index.html'), '<title>Cellbook</title>');
      const handle = makeAppProtocolHandler(dir);
      const index = await handle(new Request('app://cellbook/index.html'));
      expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await index.text()).toBe('<title>Cellbook</title>');
      const escape = await handle(new Request('app://cellbook/../../test.cellbook'));
      expect(await escape.text()).toBe('<title>Cellbook</title>');
      expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
    } finally {
      temp.dispose();
    }
  });
});

describe('the real Electron binary', () => {
  it('is needed for a window test', async (context) => {
    const { existsSync, readFileSync } = await import('node:fs');
    const pathFile = path.join(process.cwd(), 'node_modules', 'electron', 'path.txt');
    if (!existsSync(pathFile) || !existsSync(path.join(process.cwd(), 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8')))) {
      console.log('skipped: the Electron binary is not downloaded on this machine (npx install-electron needs the internet); window tests run where it is');
      return context.skip();
    }
    // Where the binary exists, it must at least start and report its version.
    const { execFileSync } = await import('node:child_process');
    const binary = path.join(process.cwd(), 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8'));
    expect(execFileSync(binary, ['--version'], { encoding: 'utf8' })).toMatch(/^v\d+\./);
  });
});

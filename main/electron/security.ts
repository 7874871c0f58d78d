// Guards for every web contents and the session: the app's own pages only, no navigation away,
// no new windows, no permissions, no <webview>. Written against minimal interfaces so that unit
// tests can drive each guard with fakes.
import { APP_HOST, APP_SCHEME } from './window-options';

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** Links the user clicks that leave the app are handed to this (the system browser), never loaded. */
export type ExternalOpener = (url: string) => void;

export function guardWebContents(contents: GuardedContents, openExternal: ExternalOpener): void {
  const blockNavigation = (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Only documentation links (https) go out, to the user's browser; nothing opens in-app.
    if (url.startsWith('https://')) openExternal(url);
    return { action: 'deny' };
  });
}

export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

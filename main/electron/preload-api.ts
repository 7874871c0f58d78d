// What the preload exposes as window.cellbook: one function per contract operation, each naming
// its channel once, plus a subscription to main's events and the native notebook dialog. No raw
// ipcRenderer, no Node.
import { apiNames, ipcChannel, IPC_EVENT_CHANNEL, type ApiName } from '../../shared/api-names';
import type { ApiEnvelope } from '../../shared/api-error';
import type { AppEvent } from '../../shared/events';

export interface IpcRendererLike {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

export type PreloadApi = Record<ApiName, (input: unknown) => Promise<ApiEnvelope<unknown>>> & {
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** The native Open or Save dialog for a notebook file: the chosen path, or null when cancelled. */
  chooseNotebookPath(create: boolean): Promise<string | null>;
};

/** The one channel that is not a contract operation: it opens a dialog and returns a path, changing nothing. */
export const CHOOSE_NOTEBOOK_CHANNEL = 'cellbook-dialog:choose-notebook';

export function buildPreloadApi(ipcRenderer: IpcRendererLike): PreloadApi {
  const operations = Object.fromEntries(
    apiNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input) as Promise<ApiEnvelope<unknown>>]),
  ) as Record<ApiName, (input: unknown) => Promise<ApiEnvelope<unknown>>>;
  return {
    ...operations,
    chooseNotebookPath: (create) => ipcRenderer.invoke(CHOOSE_NOTEBOOK_CHANNEL, { create }) as Promise<string | null>,
    onEvent: (listener) => {
      const relay = (_event: unknown, payload: unknown) => listener(payload as AppEvent);
      ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
      return () => {
        ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
      };
    },
  };
}

export const PRELOAD_GLOBAL = 'cellbook';

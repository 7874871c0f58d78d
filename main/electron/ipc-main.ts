// The only place that registers IPC handlers: one per contract operation, each checking that the
// call comes from the app's own page before the dispatch door validates its input.
import { apiNames, ipcChannel } from '../../shared/api';
import type { ApiEnvelope } from '../../shared/api-error';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { isAppUrl } from './security';

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>): void;
}

export function registerIpcHandlers(ipcMain: IpcMainLike, getContext: () => ServiceContext): void {
  for (const name of apiNames) {
    ipcMain.handle(ipcChannel(name), async (event, input): Promise<ApiEnvelope<unknown>> => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'refused', message: `${name} may only be called by Cellbook's own window` } };
      }
      return dispatch(getContext(), name, input);
    });
  }
}

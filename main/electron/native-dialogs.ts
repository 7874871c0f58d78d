// The desktop app's native file dialogs for Open notebook and New notebook. The dialog only picks
// a path: the window then calls the same openNotebookFile / createNotebookFile operations browser
// mode reaches with a typed path, so both modes share one way in. Report and label files are saved
// through Electron's download path, which shows the native Save dialog (see downloads.ts).
import type { BrowserWindow, Dialog } from 'electron';
import { NOTEBOOK_EXTENSION } from '../db/paths';
import type { IpcMainLike } from './ipc-main';
import { CHOOSE_NOTEBOOK_CHANNEL } from './preload-api';
import { isAppUrl } from './security';

const NOTEBOOK_FILTERS = [{ name: 'Cellbook notebook', extensions: [NOTEBOOK_EXTENSION.slice(1)] }];

export type NotebookDialogs = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

/** The chosen notebook path, or null when the dialog was cancelled. */
export async function chooseNotebookPath(dialogs: NotebookDialogs, window: BrowserWindow, create: boolean): Promise<string | null> {
  if (create) {
    const saved = await dialogs.showSaveDialog(window, { title: 'New notebook', buttonLabel: 'Create', defaultPath: `notebook${NOTEBOOK_EXTENSION}`, filters: NOTEBOOK_FILTERS, properties: ['createDirectory', 'showOverwriteConfirmation'] });
    return saved.canceled || !saved.filePath ? null : saved.filePath;
  }
  const opened = await dialogs.showOpenDialog(window, { title: 'Open notebook', buttonLabel: 'Open', filters: NOTEBOOK_FILTERS, properties: ['openFile'] });
  return opened.canceled ? null : (opened.filePaths[0] ?? null);
}

export function registerDialogHandlers(ipcMain: IpcMainLike, dialogs: NotebookDialogs, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(CHOOSE_NOTEBOOK_CHANNEL, async (event, input) => {
    const window = getWindow();
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url) || !window) return null;
    const create = typeof input === 'object' && input !== null && (input as { create?: unknown }).create === true;
    return chooseNotebookPath(dialogs, window, create);
  });
}

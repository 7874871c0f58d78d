import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { CHOOSE_NOTEBOOK_CHANNEL } from './preload-api';
import { registerDialogHandlers, type NotebookDialogs } from './native-dialogs';
import { electronPrintOptions } from './pdf-options';
import type { IpcMainLike } from './ipc-main';
import { APP_START_URL } from './window-options';

/** Electron's dialog module as the handler sees it: records what was asked and answers as the user did. */
function dialogsAnswering(answer: { canceled: boolean; path?: string }) {
  const asked: Array<{ kind: string; title: string | undefined }> = [];
  const dialogs = {
    showOpenDialog: async (_window: BrowserWindow, options: { title?: string }) => {
      asked.push({ kind: 'open', title: options.title });
      return { canceled: answer.canceled, filePaths: answer.path ? [answer.path] : [] };
    },
    showSaveDialog: async (_window: BrowserWindow, options: { title?: string }) => {
      asked.push({ kind: 'save', title: options.title });
      return { canceled: answer.canceled, ...(answer.path ? { filePath: answer.path } : {}) };
    },
  } as unknown as NotebookDialogs;
  return { dialogs, asked };
}

function register(dialogs: NotebookDialogs) {
  let handler: Parameters<IpcMainLike['handle']>[1] | undefined;
  registerDialogHandlers({ handle: (channel, listener) => channel === CHOOSE_NOTEBOOK_CHANNEL && (handler = listener) }, dialogs, () => ({}) as BrowserWindow);
  return (url: string, input: unknown) => (handler as NonNullable<typeof handler>)({ senderFrame: { url } }, input);
}

describe('native notebook dialogs', () => {
  it('answer the window with the chosen path: Open for an existing notebook, Save for a new one', async () => {
    const { dialogs, asked } = dialogsAnswering({ canceled: false, path: '/home/lab/2027.cellbook' });
    const choose = register(dialogs);
    expect(await choose(APP_START_URL, { create: false })).toBe('/home/lab/2027.cellbook');
    expect(await choose(APP_START_URL, { create: true })).toBe('/home/lab/2027.cellbook');
    expect(asked).toEqual([{ kind: 'open', title: 'Open notebook' }, { kind: 'save', title: 'New notebook' }]);
  });

  it('answer null when cancelled, and nothing to a page that is not Cellbook’s own', async () => {
    const cancelled = dialogsAnswering({ canceled: true });
    expect(await register(cancelled.dialogs)(APP_START_URL, { create: false })).toBeNull();
    const foreign = dialogsAnswering({ canceled: false, path: '/etc/passwd' });
    expect(await register(foreign.dialogs)('https://example.org/', { create: false })).toBeNull();
    expect(foreign.asked).toEqual([]);
  });
});

describe("printToPDF's settings", () => {
  it('print reports on their paper with the footer, and labels on their own CSS page size without margins', () => {
    expect(electronPrintOptions({ title: 'Example 1', paper: 'letter' })).toMatchObject({ pageSize: 'Letter', displayHeaderFooter: true, margins: { top: 16 / 25.4, bottom: 18 / 25.4, left: 14 / 25.4, right: 14 / 25.4 } });
    expect(electronPrintOptions({ title: 'Example 1', paper: 'a4' }).footerTemplate).toContain('<span>Example 1</span>');
    expect(electronPrintOptions({ title: '24 labels', paper: 'page-css' })).toEqual({ printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  });
});

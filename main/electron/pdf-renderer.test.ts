// The desktop app's PDF session lets a report page load itself and its data: images, never another
// file of the computer. Electron cannot run here, so its window and session are stood in for by
// the two calls the renderer makes of them; the request filter and the temporary folder are real.
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { ownerOfTemporary } from '../files/owned-temporaries';
import { electronPdfRenderer } from './pdf-renderer';

type Filter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

describe('the desktop PDF renderer', () => {
  it('lets the page being printed and data: images through, and cancels any other file', async () => {
    let filter: Filter | null = null;
    const cancelled = (url: string) => {
      let answer: boolean | null = null;
      filter!({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    const elsewhere = path.join(os.tmpdir(), 'cellbook-not-the-report.html');
    writeFileSync(elsewhere, 'secret');
    const seen: Array<{ page: boolean | null; other: boolean | null; image: boolean | null; folderOwned: boolean }> = [];
    let pageFile = '';
    const render = electronPdfRenderer({
      sessionFromPartition: () => ({ webRequest: { onBeforeRequest: (given: Filter) => (filter = given) } }) as unknown as Session,
      createWindow: () =>
        ({
          loadFile: async (file: string) => {
            pageFile = file;
            seen.push({ page: cancelled(pathToFileURL(file).href), other: cancelled(pathToFileURL(elsewhere).href), image: cancelled('data:image/png;base64,AAAA'), folderOwned: ownerOfTemporary(path.basename(path.dirname(file)))?.pid === process.pid });
          },
          webContents: { printToPDF: async () => Buffer.from('%PDF-1.7') },
          destroy: () => undefined,
        }) as unknown as BrowserWindow,
    });
    const pdf = await render('<html><body>report</body></html>', { title: 'Example 1', paper: 'page-css' });
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(seen).toEqual([{ page: false, other: true, image: false, folderOwned: true }]);
    // Printed and gone: its page is no longer let through, and its folder is removed.
    expect(cancelled(pathToFileURL(pageFile).href)).toBe(true);
    expect(existsSync(path.dirname(pageFile))).toBe(false);
  });
});

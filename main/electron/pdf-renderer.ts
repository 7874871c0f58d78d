// The desktop app's PDF renderer: Electron's own printToPDF on a hidden window, injected into the
// services as ServiceContext.renderPdf (services never import Electron). The page is written to a
// temporary file and loaded with scripts off, in a session of its own that fetches nothing but
// that file, as the headless-Chromium path does.
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeOwnedTempDir } from '../files/owned-temporaries';
import type { PdfRenderer } from '../services/reports/pdf';
import { electronPrintOptions } from './pdf-options';

const PDF_PARTITION = 'cellbook-pdf';

/** Electron's pieces this needs, passed in by main.ts (the one file that imports electron). */
export interface ElectronPdfDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  sessionFromPartition: (partition: string) => Session;
}

export function electronPdfRenderer(electron: ElectronPdfDeps): PdfRenderer {
  const pdfSession = electron.sessionFromPartition(PDF_PARTITION);
  // Only the pages being printed (and the data: images inside them): a report's HTML must not
  // reach any other file on the computer through a file: address.
  const printing = new Set<string>();
  pdfSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') && !printing.has(details.url) }));
  return async (pageHtml, layout) => {
    // Owned by this process, so a crash while printing leaves a folder the next start sweeps.
    const dir = makeOwnedTempDir('pdf');
    const file = path.join(dir, 'page.html');
    const url = pathToFileURL(file).href;
    writeFileSync(file, pageHtml);
    printing.add(url);
    const window = electron.createWindow({ show: false, webPreferences: { session: pdfSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    try {
      await window.loadFile(file);
      return await window.webContents.printToPDF(electronPrintOptions(layout));
    } finally {
      window.destroy();
      printing.delete(url);
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

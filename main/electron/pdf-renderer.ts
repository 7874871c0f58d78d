// The desktop app's PDF renderer: Electron's own printToPDF on a hidden window, injected into the
// services as ServiceContext.renderPdf (services never import Electron). The page is written to a
// temporary file and loaded with scripts off, in a session of its own that fetches nothing but
// that file, as the headless-Chromium path does.
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  pdfSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('data:') }));
  return async (pageHtml, layout) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-pdf-'));
    const file = path.join(dir, 'page.html');
    writeFileSync(file, pageHtml);
    const window = electron.createWindow({ show: false, webPreferences: { session: pdfSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    try {
      await window.loadFile(file);
      return await window.webContents.printToPDF(electronPrintOptions(layout));
    } finally {
      window.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

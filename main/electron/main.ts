// Electron's main process: thin wiring of the shared services into a window. Everything it
// calls is tested without Electron; this file only connects the pieces.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { IPC_EVENT_CHANNEL } from '../../shared/api';
import { appRoot, rendererDir } from '../app-root';
import { openNotebookSession } from '../host/notebook-session';
import type { ServiceContext } from '../services/context';
import { APP_SCHEME_PRIVILEGES, makeAppProtocolHandler } from './app-protocol';
import { rememberSavedReports } from './downloads';
import { registerIpcHandlers } from './ipc-main';
import { registerDialogHandlers } from './native-dialogs';
import { electronPdfRenderer } from './pdf-renderer';
import { startBackupSchedule, type BackupSchedule } from '../services/backups-automatic-schedule';
import { buildAppMenu } from './menu';
import { requireElectronBinding } from './native-binding';
import { guardSession, guardWebContents } from './security';
import { APP_SCHEME, APP_START_URL, mainWindowOptions } from './window-options';
import { checkpointOnClose } from '../integrity/checkpoint-writer';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;
let context: ServiceContext | null = null;
let backupSchedule: BackupSchedule | null = null;

function dbArgument(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--db');
  return index >= 0 ? argv[index + 1] : undefined;
}

function sendEvent(event: unknown): void {
  mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event);
}

async function start(): Promise<void> {
  guardSession(session.defaultSession);
  protocol.handle(APP_SCHEME, makeAppProtocolHandler(rendererDir()));
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => void shell.openExternal(url)));

  const dbPath = dbArgument(process.argv);
  context = await openNotebookSession({
    mode: 'electron',
    emit: sendEvent,
    // A packaged app's better-sqlite3 was rebuilt for Electron by electron-builder; in a
    // development checkout the Node build stays for the CLI and Electron gets its own.
    ...(app.isPackaged ? {} : { nativeBinding: requireElectronBinding(appRoot()) }),
    ...(dbPath ? { dbPath } : {}),
  });
  const ctx = context;
  // Reports and labels print with Electron's own printToPDF; scheduled backups run while the window is open.
  ctx.renderPdf = electronPdfRenderer({ createWindow: (options) => new BrowserWindow(options), sessionFromPartition: (partition) => session.fromPartition(partition) });
  registerIpcHandlers(ipcMain, () => ctx);
  registerDialogHandlers(ipcMain, dialog, () => mainWindow);
  rememberSavedReports(session.defaultSession, () => context);
  backupSchedule = startBackupSchedule(ctx);

  mainWindow = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  Menu.setApplicationMenu(buildAppMenu(Menu, { isMac: process.platform === 'darwin', isDev: !app.isPackaged }));
  await mainWindow.loadURL(APP_START_URL);
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  backupSchedule?.stop();
  context?.uploads.close();
  // The head the operation throttle left unsigned is signed as the app closes.
  if (context) checkpointOnClose(context.notebook.db, context.notebook.path);
  context?.notebook.close();
});

app.whenReady().then(start).catch((error: unknown) => {
  dialog.showErrorBox('Cellbook could not start', (error as Error).message);
  app.exit(1);
});

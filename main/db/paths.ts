import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Cellbook';
export const NOTEBOOK_EXTENSION = '.cellbook';

/** The folder Electron's app.getPath('userData') returns for Cellbook, computed without Electron. */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}

/** The notebook opened when none is named: $CELLBOOK_NOTEBOOK, else notebook.cellbook in userData. */
export function defaultNotebookPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CELLBOOK_NOTEBOOK ?? path.join(userDataDir(process.platform, env), `notebook${NOTEBOOK_EXTENSION}`);
}

/** Backups of a notebook live in a folder beside it: notebook.cellbook -> notebook-backups/. */
export function backupsDirFor(notebookPath: string): string {
  const stem = path.basename(notebookPath, path.extname(notebookPath));
  return path.join(path.dirname(notebookPath), `${stem}-backups`);
}

/** A file-name-safe UTC timestamp: 2026-11-27T04-32-10Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

// better-sqlite3 is native: the build npm made is for Node's ABI and crashes or refuses to load
// in Electron. `npm start` builds a second copy for Electron's ABI into out/native/; Electron
// loads that one through better-sqlite3's nativeBinding option, and never the Node build.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';

export function electronBindingPath(appRootDir: string, abi: string): string {
  return path.join(appRootDir, 'out', 'native', `electron-abi-${abi}`, 'better_sqlite3.node');
}

export function requireElectronBinding(appRootDir: string, abi: string = process.versions.modules): string {
  const binding = electronBindingPath(appRootDir, abi);
  if (!existsSync(binding)) {
    throw new CellbookError(
      'unavailable',
      `better-sqlite3 for Electron (ABI ${abi}) is missing at ${binding}; start Cellbook with "npm start", which builds it`,
    );
  }
  return binding;
}

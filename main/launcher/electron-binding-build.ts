// Builds better-sqlite3 for Electron's ABI into out/native/, beside (never over) the Node build
// that the CLI, browser mode and tests use. @electron/rebuild fetches Electron's headers or a
// prebuilt binary, so this needs the internet once per Electron version.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { electronBindingPath } from '../electron/native-binding';

export function electronAbi(appRootDir: string): string {
  return readFileSync(path.join(appRootDir, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
}

export function electronVersion(appRootDir: string): string {
  return (JSON.parse(readFileSync(path.join(appRootDir, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
}

export async function buildElectronBinding(appRootDir: string): Promise<string> {
  const abi = electronAbi(appRootDir);
  const target = electronBindingPath(appRootDir, abi);
  const stage = path.join(appRootDir, 'out', 'native', `stage-${abi}`);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(path.join(stage, 'node_modules'), { recursive: true });
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ name: 'cellbook-native-stage', private: true, dependencies: { 'better-sqlite3': '*' } }));
  cpSync(path.join(appRootDir, 'node_modules', 'better-sqlite3'), path.join(stage, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`),
  });

  // npm passes ~/.npmrc's nodedir through the environment; node-gyp would then build against
  // Node's headers and produce exactly the wrong-ABI binary this step exists to avoid.
  delete process.env.npm_config_nodedir;
  const { rebuild } = (await import('@electron/rebuild')) as typeof import('@electron/rebuild');
  await rebuild({ buildPath: stage, electronVersion: electronVersion(appRootDir), onlyModules: ['better-sqlite3'], force: true });

  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(stage, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(stage, { recursive: true, force: true });
  return target;
}

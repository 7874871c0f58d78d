// electron-builder.yml is checked offline against electron-builder's own schema; real packaging
// needs the internet and is not run in CI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema validation", async () => {
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('targets AppImage, deb, NSIS and dmg and ships what the app loads at run time', async () => {
    const { getConfig } = await import('app-builder-lib/out/util/config/config');
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    // The loader normalises `files` into one filter set.
    const files = (config.files as Array<{ filter: string[] }>)[0]?.filter ?? [];
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/electron/**', 'out/renderer/**', 'migrations/**']));
    expect(manifest.main).toBe('out/electron/main.cjs');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });

  it('rejects a configuration with an unknown key (the validator is really checking)', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration({ appId: 'x', linux: { targt: 'AppImage' } } as never, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.linux/);
  });
});

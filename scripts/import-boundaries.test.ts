// The lint rules that keep processes apart must actually fire: each case is a line of code in a
// place where it is forbidden.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /cannot use Node/],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;", /cannot use Node/],
    ['renderer/src/x.ts', "import { openNotebook } from '../../main/db/open-notebook';\nexport const a = openNotebook;", /only through the API client/],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;", /pure TypeScript/],
    ['shared/x.ts', "import { dispatch } from '../main/services/dispatch';\nexport const a = dispatch;", /cannot depend on main/],
    ['main/services/x.ts', "import { app } from 'electron';\nexport const a = app;", /Only main\/electron\//],
    ['main/services/x.ts', "import { App } from '../../renderer/src/App';\nexport const a = App;", /cannot import renderer/],
    ['main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;", /only main\.ts and preload\.ts/],
  ])('%s: %s is refused', async (filePath, code, expected) => {
    const messages = await restrictedImportMessages(filePath, code);
    expect(messages.join('\n')).toMatch(expected);
  });

  it.each([
    ['main/electron/x.ts', "import type { BrowserWindow } from 'electron';\nexport type A = BrowserWindow;"],
    ['main/electron/main.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['renderer/src/x.ts', "import { api } from '../../shared/api';\nexport const a = api;"],
    ['main/services/x.ts', "import { electronBindingPath } from '../electron/native-binding';\nexport const a = electronBindingPath;"],
  ])('%s: allowed import passes', async (filePath, code) => {
    expect(await restrictedImportMessages(filePath, code)).toEqual([]);
  });
});

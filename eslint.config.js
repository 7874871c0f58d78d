// Lint rules that keep each process in its lane (renderer, shared, main, Electron wiring), plus
// the recommended TypeScript rules. `npm run lint` runs in `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const nodeOnlyPackages = ['better-sqlite3', 'electron', 'electron/*', 'commander', '@electron/*', 'app-builder-lib', 'builder-util'];

function restrict(groups, message) {
  return { group: groups, message };
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**'],
    // Playwright fixtures that use no other fixture must still destructure `{}`.
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // The renderer runs in a sandboxed page: no Node, no main-process code.
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Cellbook does not use the React Compiler; this rule only reports what it would skip.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict([...nodeBuiltins, ...nodeOnlyPackages], 'The renderer cannot use Node or main-process packages; ask main through the API contract.'),
            restrict(['**/main/**', '../../main/*'], 'The renderer reaches main only through the API client (renderer/src/api).'),
          ],
        },
      ],
    },
  },
  {
    // shared/ is pure: it runs on both sides and in tests.
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict([...nodeBuiltins, ...nodeOnlyPackages, 'react', 'react-*', '@mantine/*'], 'shared/ holds pure TypeScript: no I/O, no Node, no UI.'),
            restrict(['**/main/**', '**/renderer/**'], 'shared/ cannot depend on main/ or renderer/.'),
          ],
        },
      ],
    },
  },
  {
    // Main never imports the renderer, and only main/electron/ may import Electron.
    files: ['main/**'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['**/renderer/**'], 'Main cannot import renderer code.'),
          ],
          paths: [{ name: 'electron', message: "Only main/electron/ may import 'electron'; services are shared with the CLI and browser mode." }],
        },
      ],
    },
  },
  {
    // Inside main/electron/, only the two entry files load the real module; the rest take
    // Electron objects as parameters so that tests can pass fakes.
    files: ['main/electron/**'],
    ignores: ['main/electron/main.ts', 'main/electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', allowTypeImports: true, message: 'Take the Electron object as a parameter; only main.ts and preload.ts import electron.' }],
          patterns: [restrict(['**/renderer/**'], 'Main cannot import renderer code.')],
        },
      ],
    },
  },
  {
    files: ['main/cli/bin.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

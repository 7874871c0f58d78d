// The signing key is read and parsed once per user-data folder, not for every checkpoint, and read
// again when the folder changes or its key file is moved away or replaced.
import { generateKeyPairSync } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/cli-process';
import { keyFile, readUserKey, userKey } from './user-key';

const tempDir = useTempDirs();

describe("the user's signing key, read once per folder", () => {
  it('gives the key already read for the same folder, and its own key for another folder', () => {
    const first = tempDir();
    const second = tempDir();
    const key = userKey(first);
    expect(userKey(first)).toBe(key);
    expect(readUserKey(first)).toBe(key);
    const other = userKey(second);
    expect(other.publicKey).not.toBe(key.publicKey);
    expect(other.file).toBe(keyFile(second));
    // Back to the first folder: its key, still the one read before.
    expect(userKey(first)).toBe(key);
  });

  it('reads again when the key file is replaced, and makes a new one when it was moved away', () => {
    const folder = tempDir();
    const key = userKey(folder);
    const replacement = `${keyFile(folder)}.new`;
    writeFileSync(replacement, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, { mode: 0o600 });
    renameSync(replacement, keyFile(folder));
    const replaced = readUserKey(folder)!;
    expect(replaced.publicKey).not.toBe(key.publicKey);
    expect(userKey(folder)).toBe(replaced);

    rmSync(keyFile(folder));
    expect(readUserKey(folder)).toBeNull();
    const made = userKey(folder);
    expect([key.publicKey, replaced.publicKey]).not.toContain(made.publicKey);
  });
});

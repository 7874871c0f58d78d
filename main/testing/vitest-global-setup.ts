// Once per `vitest run`: a folder of its own for the demo notebook templates that
// main/testing/demo-notebook.ts copies for each test (demo-template.ts), removed when the run ends,
// and the run's own user-data folder (vitest.config.ts sets XDG_CONFIG_HOME to it) removed likewise.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-demo-templates-'));
  project.provide('demoTemplatesDir', dir);
  const userDataHome = project.config.env?.XDG_CONFIG_HOME;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (typeof userDataHome === 'string' && path.basename(userDataHome).startsWith('cellbook-vitest-user-data-')) rmSync(userDataHome, { recursive: true, force: true });
  };
}

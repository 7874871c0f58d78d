// Once per `vitest run`: a folder of its own for the demo notebook templates that
// main/testing/demo-notebook.ts copies for each test (demo-template.ts), removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-demo-templates-'));
  project.provide('demoTemplatesDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

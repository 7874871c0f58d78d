// `cellbook labels` as a lab scripts it: a PDF of labels whose text is the codes, an HTML sheet,
// and a sentence for a code the notebook does not hold.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoNotebook } from '../services/demo/demo-notebook';
import { findChromium } from '../services/reports/pdf';
import { runCellbook } from '../testing/cli-process';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';

let temp: TempNotebook;
let db: string;
beforeAll(async () => {
  temp = await openTempNotebook({ fileName: 'demo.cellbook' });
  createDemoNotebook(temp.ctx);
  db = temp.ctx.notebook.path;
  temp.ctx.notebook.close();
}, 120_000);
afterAll(() => temp.dispose());

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describe('cellbook labels', { timeout: 120_000 }, () => {
  it.skipIf(!findChromium())('writes a PDF of labels for a lot, a cell and a build whose text is their codes', () => {
    const out = path.join(temp.dir, 'labels.pdf');
    const result = runCellbook(['labels', '--db', db, '--lot', 'LPSC-2026-01', '--cell', 'Example 1/#1', '--build', 'Example 3', '--out', out, '--size', 'roll-62x29', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: out, format: 'pdf', size: 'roll-62x29', labels: 3, codes: ['LPSC-2026-01', 'Example 1/#1', 'Example 3'] });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPdftotext) return;
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Pages:\s+3\b/);
    // One label per page of the roll's size, 62 × 29 mm (175.7 × 82.2 pt); Chromium rounds to whole CSS pixels (0.75 pt).
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Math.abs(Number(width) - (62 / 25.4) * 72)).toBeLessThan(0.75);
    expect(Math.abs(Number(height) - (29 / 25.4) * 72)).toBeLessThan(0.75);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    for (const code of ['LPSC-2026-01', 'Example 1/#1', 'Example 3']) expect(text).toContain(code);
  });

  it('writes an HTML sheet on the notebook’s default stock', () => {
    const out = path.join(temp.dir, 'labels.html');
    const result = runCellbook(['labels', '--db', db, '--lot', 'NCM-2026-01', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${out}: 1 label on a4-3x8 (HTML, ${readFileSync(out).byteLength.toLocaleString('en')} bytes)\n`);
    expect(readFileSync(out, 'utf8')).toContain('>NCM-2026-01</div>');
  });

  it('names what it cannot find or does not know, and writes nothing', () => {
    const out = path.join(temp.dir, 'none.pdf');
    const unknown = runCellbook(['labels', '--db', db, '--lot', 'NO-SUCH', '--out', out]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('--lot: there is no lot "NO-SUCH" in');
    const size = runCellbook(['labels', '--db', db, '--build', 'Example 1', '--out', out, '--size', 'huge']);
    expect(size.stderr).toContain('--size: "huge" is not a label size; give one of a4-3x8, a4-l7160, letter-30, roll-62x29, vial-25x25');
    const cell = runCellbook(['labels', '--db', db, '--cell', 'Example 1', '--out', out]);
    expect(cell.stderr).toContain('--cell: "Example 1" should be BUILD/CELL');
    expect(existsSync(out)).toBe(false);
  });
});

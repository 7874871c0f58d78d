// `cellbook report` as a researcher runs it: a self-contained HTML file and a PDF whose text names
// the build and its grade. The PDF needs Chromium; without one the test says so and the command's
// sentence says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempNotebook } from '../testing/temp-notebook';
import { findChromium } from '../services/reports/pdf';
import { runCellbook } from '../testing/cli-process';
import { openDemoNotebook } from '../testing/demo-notebook';

let temp: TempNotebook;
let db: string;

beforeAll(async () => {
  temp = await openDemoNotebook({ fileName: 'demo.cellbook' });
  db = temp.ctx.notebook.path;
  temp.ctx.notebook.close();
}, 120_000);
afterAll(() => temp.dispose());

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describe('cellbook report', { timeout: 120_000 }, () => {
  it('writes a self-contained HTML report that fetches nothing', () => {
    const out = path.join(temp.dir, 'example-1.html');
    const result = runCellbook(['report', 'Example 1', '--db', db, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Example 1</h1>');
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*(src|href)="(https?:)?\/\//);
  });

  it.skipIf(!findChromium())('writes a PDF with pages whose text names the build and its grade', () => {
    const out = path.join(temp.dir, 'example-1.pdf');
    const result = runCellbook(['report', 'Example 1', '--db', db, '--out', out, '--paper', 'letter']);
    expect(result.code, result.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
    if (!hasPdftotext) {
      console.log('report-command.test: pdftotext (poppler-utils) is not installed; the PDF text was not read');
      return;
    }
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Example 1');
    expect(text).toMatch(/grade ○/);
    expect(text).toMatch(/page 1 of \d+/);
  }, 60_000);

  it('writes a comparison report of several builds with Table 1 and the design differences', () => {
    const out = path.join(temp.dir, 'comparison.html');
    const result = runCellbook(['report', '--compare', 'Example 1', 'Example 5', '--retention-at', '10', '--db', db, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Comparison of Example 1, Example 5</h1>');
    expect(html).toContain('Retention at 10');
    expect(html).toMatch(/<h2>Design differences<\/h2>/);
    expect(runCellbook(['report', 'Example 1', '--compare', 'Example 5', '--db', db, '--out', out]).stderr).toBe('cellbook: name one build, or --compare with the builds to compare\n');
  });

  it('refuses an unknown build, an unknown format and a paper size in one sentence, writing nothing', () => {
    const out = path.join(temp.dir, 'nothing.html');
    expect(runCellbook(['report', 'Example 99', '--db', db, '--out', out]).stderr).toBe(`cellbook: there is no build named "Example 99" in ${db} (see: cellbook builds)\n`);
    expect(runCellbook(['report', 'Example 1', '--db', db, '--out', path.join(temp.dir, 'x.docx')]).stderr).toMatch(/--out: .*x\.docx should end in \.html or \.pdf/);
    expect(runCellbook(['report', 'Example 1', '--db', db, '--out', out, '--paper', 'a5']).stderr).toMatch(/--paper: give a4 or letter/);
    expect(existsSync(out)).toBe(false);
  });
});
if (!findChromium()) console.log('report-command.test: no Chromium found; the PDF report test is skipped');

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { listRecentReports, recentReportsFile, remembered, rememberReport, setRecentReportPath } from './recent-reports';

let temp: TempNotebook;
let other: TempNotebook;
afterEach(() => {
  temp?.dispose();
  other?.dispose();
});

describe('recent reports', () => {
  it('lists what was made from this notebook, newest first, with the request that makes it again', async () => {
    temp = await openTempNotebook();
    other = await openTempNotebook();
    const folder = temp.dir;
    temp.ctx.writer.now = () => new Date('2026-12-01T10:00:00Z');
    rememberReport(temp.ctx, { operation: 'makeBuildReport', input: { buildId: 7, format: 'pdf', paper: 'letter' } }, { fileName: 'Example-1-report.pdf', sizeBytes: 1234 }, folder);
    temp.ctx.writer.now = () => new Date('2026-12-01T11:00:00Z');
    rememberReport(temp.ctx, { operation: 'makeLabels', input: { records: [{ kind: 'lot', id: 1 }], size: 'vial-25x25', format: 'html' } }, { fileName: 'label-X.html', sizeBytes: 99, path: '/tmp/label-X.html' }, folder);
    rememberReport(other.ctx, { operation: 'makeBuildReport', input: { buildId: 1, format: 'html', paper: 'a4' } }, { fileName: 'other.html', sizeBytes: 1 }, folder);

    const listed = listRecentReports(temp.ctx, folder);
    expect(listed.map((entry) => [entry.kind, entry.fileName, entry.format, entry.paper, entry.path, entry.madeAt])).toEqual([
      ['Labels', 'label-X.html', 'html', 'vial-25x25', '/tmp/label-X.html', '2026-12-01T11:00:00.000Z'],
      ['Build report', 'Example-1-report.pdf', 'pdf', 'Letter', null, '2026-12-01T10:00:00.000Z'],
    ]);
    // A build no longer in the notebook is named by its id.
    expect(listed[1]?.buildNames).toEqual(['build 7']);
    expect(listed[1]?.request).toEqual({ operation: 'makeBuildReport', input: { buildId: 7, format: 'pdf', paper: 'letter' } });
    expect(listRecentReports(other.ctx, folder).map((entry) => entry.fileName)).toEqual(['other.html']);
    // The desktop app's Save dialog tells where the file went.
    expect(setRecentReportPath(temp.ctx, 'Example-1-report.pdf', '/home/lab/reports/Example-1-report.pdf', folder)).toBe(true);
    expect(listRecentReports(temp.ctx, folder)[1]?.path).toBe('/home/lab/reports/Example-1-report.pdf');
    expect(setRecentReportPath(temp.ctx, 'never-made.pdf', '/x', folder)).toBe(false);
  });

  it('a user-data folder that cannot be written loses the list entry, never the report just made', async () => {
    temp = await openTempNotebook();
    const notAFolder = path.join(temp.dir, 'not-a-folder');
    writeFileSync(notAFolder, 'a file where the user-data folder should be');
    const saved = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = notAFolder;
    try {
      const ctx = { ...temp.ctx, mode: 'browser' as const };
      const made = { fileName: 'Example-1-report.html', contentBase64: Buffer.from('<html></html>').toString('base64') };
      await expect(remembered(ctx, { operation: 'makeBuildReport', input: { buildId: 1, format: 'html', paper: 'a4' } }, async () => made)).resolves.toEqual(made);
    } finally {
      process.env.XDG_CONFIG_HOME = saved;
    }
  });

  it('starts again from an empty list when the file is damaged', async () => {
    temp = await openTempNotebook();
    writeFileSync(recentReportsFile(temp.dir), '{ not json');
    expect(listRecentReports(temp.ctx, temp.dir)).toEqual([]);
    rememberReport(temp.ctx, { operation: 'makeComparisonReport', input: { buildIds: [1, 2], retentionAtCycle: 100, format: 'html', paper: 'a4' } }, { fileName: 'comparison.html', sizeBytes: 5 }, temp.dir);
    expect(listRecentReports(temp.ctx, temp.dir)).toHaveLength(1);
    expect(path.basename(recentReportsFile(temp.dir))).toBe('recent-reports.json');
  });
});

// `cellbook export --eln` as a researcher runs it: chosen builds (by name or id) or the whole demo
// notebook as an .eln file that follows the ELN Consortium's rules, and a sentence, not a stack
// trace, for a build that does not exist or options that do not go together.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elnRuleProblems } from '../services/exchange/eln-crate-rules';
import { runCellbook } from '../testing/cli-process';
import type { TempNotebook } from '../testing/temp-notebook';
import { openDemoNotebook } from '../testing/demo-notebook';

let temp: TempNotebook;
let db: string;
let buildIds: Map<string, number>;

beforeAll(async () => {
  temp = await openDemoNotebook({ fileName: 'demo.cellbook' });
  buildIds = new Map((temp.notebook.db.prepare('SELECT name, id FROM builds WHERE archived_at IS NULL').all() as Array<{ name: string; id: number }>).map((r) => [r.name, r.id]));
  db = temp.ctx.notebook.path;
  temp.ctx.notebook.close();
}, 120_000);
afterAll(() => temp.dispose());

const datasetsIn = (file: string, folder: string) => {
  const entries = new Map(Object.entries(unzipSync(readFileSync(file))));
  const meta = [...entries.entries()].find(([name]) => name.endsWith('/ro-crate-metadata.json'))!;
  const graph = (JSON.parse(Buffer.from(meta[1]).toString('utf8')) as { '@graph': Array<{ '@id': string; '@type': string }> })['@graph'];
  return { entries, ids: graph.filter((e) => e['@type'] === 'Dataset' && e['@id'].startsWith(`./${folder}/`)).map((e) => Number(e['@id'].split('/')[2])).sort((a, b) => a - b) };
};

describe('cellbook export --eln', () => {
  it('exports two builds named on the command line, one by name and one by id', { timeout: 90_000 }, () => {
    const out = path.join(temp.dir, 'two builds.eln');
    const second = buildIds.get('Comparative 2')!;
    const result = runCellbook(['export', '--db', db, '--eln', out, '--build', 'example 1', String(second), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { file: string; datasets: { builds: number; cyclingTests: number } };
    expect(summary.datasets.builds).toBe(2);
    const { entries, ids } = datasetsIn(out, 'builds');
    expect(ids).toEqual([buildIds.get('Example 1')!, second].sort((a, b) => a - b));
    expect(elnRuleProblems(entries)).toEqual([]);
    expect(datasetsIn(out, 'cycling-tests').ids).toHaveLength(summary.datasets.cyclingTests);
  });

  it('exports the whole notebook without --build and says what it wrote', { timeout: 90_000 }, () => {
    const out = path.join(temp.dir, 'notebook.eln');
    const result = runCellbook(['export', '--db', db, '--eln', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`notebook\\.eln: ${buildIds.size} builds, \\d+ press plans, \\d+ cycling tests`));
    expect(datasetsIn(out, 'builds').ids).toEqual([...buildIds.values()].sort((a, b) => a - b));
  });

  it('refuses an unknown build and mixed options with a sentence, writing nothing', { timeout: 90_000 }, () => {
    const out = path.join(temp.dir, 'none.eln');
    const unknown = runCellbook(['export', '--db', db, '--eln', out, '--build', 'Example 99']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('there is no build named "Example 99" in ');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const mixed = runCellbook(['export', '--db', db, '--eln', out, '--csv', 'x.csv', '--list', 'lots']);
    expect(mixed.stderr).toContain('--eln writes a whole .eln file');
    const stray = runCellbook(['export', '--db', db, '--build', 'Example 1', '--csv', path.join(temp.dir, 'x.csv'), '--list', 'lots']);
    expect(stray.stderr).toContain('--build goes with --eln FILE');
    expect(existsSync(out)).toBe(false);
  });
});

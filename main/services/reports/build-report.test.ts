// Reports on one demo notebook (built once for both). A build report holds every section for a demo build, with the numbers the notebook holds (read
// here straight from its tables), the stack drawn one shape per layer, text escaped, and a build
// with nothing yet reported as such instead of failing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatQuantity } from '../../../shared/format/quantity';
import { createBuildSchema } from '../../../shared/schemas/builds';
import { buildIdIn, openDemoNotebook } from '../../testing/demo-notebook';
import type { TempNotebook } from '../../testing/temp-notebook';
import { createBuild } from '../builds/builds';
import { buildReportHtml } from './build-report';
import { comparisonReportHtml } from './comparison-report';

let temp: TempNotebook;
const buildId = (name: string) => buildIdIn(temp, name);

beforeAll(async () => {
  temp = await openDemoNotebook();
}, 120_000);
afterAll(() => temp.dispose());

const headings = (page: string) => [...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);

describe('build report', () => {
  it('holds every section for Example 1 with its layers, lots, rules, plan, cells and provenance', () => {
    const { html } = buildReportHtml(temp.ctx, buildId('Example 1'));
    expect(headings(html)).toEqual(['Layer stack', 'Lots and their lineage', 'Derived numbers', 'Design rules', 'Pressing', 'Cycling protocol', 'Cells and cycling', 'Notes and attachments', 'Record and provenance', 'Signatures', 'History checkpoint']);
    expect(html).toContain('<h1>Example 1</h1>');

    const layers = temp.notebook.db.prepare("SELECT kind FROM build_layers WHERE build_id = ? AND archived_at IS NULL").all(buildId('Example 1')) as Array<{ kind: string }>;
    const gaskets = layers.filter((l) => l.kind === 'inactive_member').length;
    const stack = /<svg[^>]*aria-label="Layer stack cross-section"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(stack.match(/<rect /g)).toHaveLength(layers.length - gaskets + 2 * gaskets);

    // Each cell's test with its grade and standard capacity as the cycle table holds them.
    const tests = temp.notebook.db
      .prepare(`SELECT t.name, (SELECT discharge_mah FROM cycle_summaries s WHERE s.test_id = t.id AND s.cycle = 1) AS standard FROM cycling_tests t JOIN cells c ON c.id = t.cell_id WHERE c.build_id = ?`)
      .all(buildId('Example 1')) as Array<{ name: string; standard: number }>;
    expect(tests.length).toBe(2);
    for (const test of tests) {
      expect(html).toContain(`<h3>${test.name}`);
      expect(html).toContain(`standard capacity ${test.standard.toPrecision(4)} mAh`);
    }
    expect(html.match(/grade ○ \(lifespan 100 cycles or more, Table 1\)/g)).toHaveLength(2);
    expect(html.match(/aria-label="Capacity by cycle"/g)).toHaveLength(2);
    // The lots and the gel batch the composite came from.
    expect(html).toMatch(/<td>SiO2\/LiTFSI\/n-MAc composite[^<]*<\/td><td>[^<]+<\/td><td>\d{4}-\d\d-\d\d-[A-Z]/);
    const entries = (temp.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    expect(html).toContain(`history then held ${entries} entries`);
  });

  it("shows Comparative 2's short circuit and its x grade", () => {
    const { html } = buildReportHtml(temp.ctx, buildId('Comparative 2'));
    expect(html).toContain('Short circuit flagged: cycle');
    expect(html).toContain('grade x (lifespan 2–5 cycles, Table 1)');
  });

  it('says what is missing for a build with nothing yet, and escapes what the researcher typed', () => {
    const id = createBuild(temp.ctx, createBuildSchema.parse({ name: '<script>alert(1)</script> & co', configuration: 'single_sided' }));
    const { html } = buildReportHtml(temp.ctx, id);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).toContain('No press plan recorded for this build.');
    expect(html).toContain('No cells yet.');
    expect(html).toContain('No lots are recorded for the components yet.');
  });
});

// The comparison report of three demo builds: Table 1 rows as the cycle table holds them (read here
// straight from it), replicate statistics, both overlays drawn and the design differences.
describe('comparison report', () => {
  it('lists every cell of the chosen builds with its grade, and draws the overlays and the differences', () => {
    const names = ['Example 1', 'Example 3', 'Comparative 2'];
    const { html, title } = comparisonReportHtml(temp.ctx, names.map(buildId), 10);
    expect(title).toBe('Comparison of Example 1, Example 3, Comparative 2');
    const cells = temp.notebook.db
      .prepare(`SELECT b.name FROM cycling_tests t JOIN cells c ON c.id = t.cell_id JOIN builds b ON b.id = c.build_id WHERE b.name IN (${names.map(() => '?').join(',')}) AND t.archived_at IS NULL`)
      .all(...names) as Array<{ name: string }>;
    const table = /<h2>Table 1 from the data<\/h2>\s*<table>[\s\S]*?<\/table>/.exec(html)![0];
    expect(table.match(/<tr><td>/g)).toHaveLength(cells.length);
    expect(table).toContain('grade x (lifespan 2–5 cycles, Table 1)');
    expect(table).toMatch(/<td>Comparative 2<\/td><td>#1 \(synthetic\)<\/td><td>yes \(cycle \d+\)<\/td>/);
    expect(html).toContain('Discharge capacity retention by cycle');
    expect(html).toContain('Voltage against capacity, cycle 1 discharge');
    expect(html).toMatch(/<h2>Design differences<\/h2>[\s\S]*<th>Example 3<\/th>/);
    // Example 1 has two cells: its replicate row says n = 2.
    expect(html).toMatch(/<tr><td>Example 1<\/td><td class="num">2<\/td>/);
    // Each build keeps the colour the Compare area gives it, in the order chosen: blue, orange, green.
    expect([...html.matchAll(/<span style="color:(#[0-9a-f]{6})">■<\/span>/g)].slice(0, 3).map((m) => m[1])).toEqual(['#1f77b4', '#ff7f0e', '#2ca02c']);
  });

  it("gives each build's standard capacity and retention as the mean ± sample SD of its cells' own numbers", () => {
    const names = ['Example 1', 'Example 3', 'Comparative 2'];
    const retentionAtCycle = 10;
    const { html } = comparisonReportHtml(temp.ctx, names.map(buildId), retentionAtCycle);
    const replicates = /<h3>Replicates<\/h3><table>[\s\S]*?<\/table>/.exec(html)![0];
    // Straight from the cycle table: each cell's standard capacity (cycle 1's discharge) and its
    // discharge at the chosen cycle over it, in %.
    const cells = temp.notebook.db
      .prepare(
        `SELECT b.name AS build,
           (SELECT discharge_mah FROM cycle_summaries WHERE test_id = t.id AND cycle = 1) AS standard,
           (SELECT discharge_mah FROM cycle_summaries WHERE test_id = t.id AND cycle = ?) AS atCycle
         FROM cycling_tests t JOIN cells c ON c.id = t.cell_id JOIN builds b ON b.id = c.build_id
         WHERE t.archived_at IS NULL AND b.name = ?`,
      );
    const meanSd = (values: number[], unit: string) => {
      const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
      if (values.length < 2) return `${formatQuantity(mean, unit)} (n = ${values.length})`;
      const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
      return `${formatQuantity(mean, unit)} ± ${formatQuantity(sd, unit)} (n = ${values.length})`;
    };
    let withSpread = 0;
    for (const name of names) {
      const rows = cells.all(retentionAtCycle, name) as Array<{ standard: number; atCycle: number | null }>;
      const row = new RegExp(`<tr><td>${name}</td><td class="num">${rows.length}</td><td>[^<]*</td><td>([^<]*)</td><td>([^<]*)</td>`).exec(replicates);
      expect(row, name).not.toBeNull();
      expect(row![1]).toBe(meanSd(rows.map((r) => r.standard), 'mAh'));
      const retained = rows.filter((r) => r.atCycle !== null).map((r) => (r.atCycle! / r.standard) * 100);
      expect(row![2]).toBe(retained.length ? meanSd(retained, '%') : '—');
      if (rows.length > 1) withSpread += 1;
    }
    // Example 1's two cells: a spread is shown, not only a mean.
    expect(withSpread).toBeGreaterThan(0);
    expect(replicates).toMatch(/<tr><td>Example 1<\/td><td class="num">2<\/td><td>[^<]*<\/td><td>[\d.]+ mAh ± [\d.]+ mAh \(n = 2\)<\/td>/);
  });
});

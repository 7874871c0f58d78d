// The comparison report of three demo builds: Table 1 rows as the cycle table holds them (read here
// straight from it), replicate statistics, both overlays drawn and the design differences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { createDemoNotebookWithCycling } from '../demo/demo-notebook';
import { comparisonReportHtml } from './comparison-report';

let temp: TempNotebook;
const buildId = (name: string) => (temp.notebook.db.prepare('SELECT id FROM builds WHERE name = ?').get(name) as { id: number }).id;

beforeAll(async () => {
  temp = await openTempNotebook();
  await createDemoNotebookWithCycling(temp.ctx);
}, 120_000);
afterAll(() => temp.dispose());

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
  });
});

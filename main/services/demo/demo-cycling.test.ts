// The demo's synthetic cycling tests reproduce Table 1 of the patent: each build's lifespan grade
// and whether it shorted (DOMAIN.md sections 5 and 6), through the real importer and notebook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BUILDS } from '../../../shared/demo/demo-builds';
import { openDemoNotebook } from '../../testing/demo-notebook';
import type { TempNotebook } from '../../testing/temp-notebook';
import { listCyclingTests } from '../cycling/cycling-tests';

describe('the demo notebook with its cycling tests', () => {
  let temp: TempNotebook;
  beforeAll(async () => {
    temp = await openDemoNotebook();
  }, 60_000);
  afterAll(() => temp.dispose());

  it('has one synthetic test per cell, each from a real Arbin export kept in the notebook', () => {
    const tests = listCyclingTests(temp.ctx, { includeArchived: false, unassignedOnly: false });
    const cells = (temp.notebook.db.prepare('SELECT count(*) AS n FROM cells').get() as { n: number }).n;
    expect(tests).toHaveLength(cells);
    expect(tests.every((test) => test.synthetic && test.name.endsWith('(synthetic)'))).toBe(true);
    const formats = temp.notebook.db.prepare('SELECT DISTINCT format_id FROM cycling_files').all() as Array<{ format_id: string }>;
    expect(formats).toEqual([{ format_id: 'arbin' }]);
  });

  it.each(DEMO_BUILDS.map((build) => [build.name, build.table1] as const))('%s grades as Table 1 says (%o)', (name, table1) => {
    const tests = listCyclingTests(temp.ctx, { includeArchived: false, unassignedOnly: false }).filter((test) => test.buildName === name);
    expect(tests.length).toBeGreaterThan(0);
    for (const test of tests) {
      expect(test.grade).toBe(table1.lifespan);
      // "—" in Table 1: no short circuit; "short": the heuristics flag one, in the cycle the patent says.
      if (table1.shortCircuit === '—') expect(test.shortCircuitCycle).toBeNull();
      else expect(test.shortCircuitCycle).not.toBeNull();
      if (name === 'Comparative 3' || name === 'Comparative 4') expect(test.shortCircuitCycle).toBe(1);
      if (name === 'Comparative 2') expect(test.shortCircuitCycle).toBeLessThan(5);
    }
  });
});

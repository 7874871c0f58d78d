// `cellbook compare`: the patent's Table 1 from the notebook's cycling tests, one row per cell and
// per build the replicates' mean ± sample SD (n), as a table or JSON.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import type { ReplicateStat, TableOne } from '../../../shared/schemas/plots';
import { formatSignificant } from '../../../shared/format/quantity';
import { getTableOne } from '../../services/compare/table-one';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { findBuild } from '../../services/builds/find-build';
import { emitResult, runCommand } from '../output';

interface CompareOptions extends NotebookCommandOptions {
  build?: string[];
  retentionAt?: string;
}

/** Table 1 as scripts read it: snake_case keys with units. */
export function tableOneJson(table: TableOne) {
  return {
    retention_at_cycle: table.retentionAtCycle,
    rows: table.rows.map((row) => ({
      build: row.buildName,
      cell: row.cellLabel,
      test: row.testName,
      short_circuit: row.shortCircuit,
      short_circuit_cycle: row.shortCircuitCycle,
      standard_capacity_mAh: row.standardCapacityMAh,
      lifespan_cycle: row.lifespanCycle,
      lifespan_label: row.lifespanLabel,
      grade: row.grade,
      retention_pct: row.retentionPct,
      first_cycle_ce_pct: row.firstCycleCePct,
      synthetic: row.synthetic,
    })),
    builds: table.builds.map((build) => ({
      build: build.buildName,
      n: build.n,
      lifespan_mean: build.lifespan.mean,
      lifespan_sd: build.lifespan.sd,
      lifespan_n: build.lifespan.n,
      lifespan_censored: build.lifespanCensored,
      standard_capacity_mean_mAh: build.standardCapacityMAh.mean,
      standard_capacity_sd_mAh: build.standardCapacityMAh.sd,
      retention_mean_pct: build.retentionPct.mean,
      retention_sd_pct: build.retentionPct.sd,
      first_cycle_ce_mean_pct: build.firstCycleCePct.mean,
      short_circuits: build.shortCircuits,
      grade: build.grade,
      synthetic: build.synthetic,
    })),
  };
}

const num = (value: number | null, digits = 4) => (value === null ? '—' : formatSignificant(value, digits));
const stat = (value: ReplicateStat, unit: string) => (value.mean === null ? '—' : `${num(value.mean)}${value.sd === null ? '' : ` ± ${num(value.sd, 2)}`}${unit} (n = ${value.n})`);

function tableOneText(table: TableOne): string {
  const header = ['build'.padEnd(16), 'cell'.padEnd(5), 'short circuit'.padEnd(14), 'std cap. mAh'.padStart(12), 'lifespan (cycle)'.padEnd(36), 'grade', `ret. @${table.retentionAtCycle} %`.padStart(10), '1st CE %'.padStart(9)].join('  ');
  const rows = table.rows.map((row) =>
    [
      row.buildName.padEnd(16),
      row.cellLabel.padEnd(5),
      (row.shortCircuit ? `yes (cycle ${row.shortCircuitCycle})` : 'no').padEnd(14),
      num(row.standardCapacityMAh).padStart(12),
      row.lifespanLabel.padEnd(36),
      (row.grade ?? '—').padEnd(5),
      num(row.retentionPct).padStart(10),
      num(row.firstCycleCePct).padStart(9),
    ].join('  ') + (row.synthetic ? '  synthetic' : ''),
  );
  const above = (count: number) => `${count} still above ${formatSignificant(table.thresholdPct, 3)} %`;
  const lifespan = (build: TableOne['builds'][number]) =>
    build.lifespan.n === 0 && build.lifespanCensored > 0 ? `not reached (${above(build.lifespanCensored)})` : `${stat(build.lifespan, ' cycles')}${build.lifespanCensored ? `, ${above(build.lifespanCensored)}` : ''}`;
  const builds = table.builds.map((build) => `${build.buildName}: n = ${build.n}; lifespan ${lifespan(build)}; standard capacity ${stat(build.standardCapacityMAh, ' mAh')}; grade ${build.grade ?? '—'}`);
  return [header, ...rows, '', 'per build (mean ± sample SD):', ...builds].join('\n');
}


export function registerCompare(program: Command): void {
  notebookCommand(program, 'compare', "the patent's Table 1 from the cycling tests: short circuit, standard capacity, lifespan, grade, retention, first-cycle CE; replicate mean ± SD per build")
    .option('--build <name...>', 'only these builds (default: every active build with a test)')
    .option('--retention-at <cycle>', 'the cycle whose retention is listed (default 100)')
    .action((options: CompareOptions) =>
      runCommand(() => {
        const retentionText = options.retentionAt ?? '100';
        const retentionAtCycle = Number(retentionText);
        if (!/^\d+$/.test(retentionText.trim()) || retentionAtCycle < 1) throw new CellbookError('validation', `--retention-at: "${retentionText}" is not a cycle number (1 or more)`);
        return withNotebook(options, (ctx) => {
          const table = getTableOne(ctx, { buildIds: (options.build ?? []).map((name) => findBuild(ctx, name)), retentionAtCycle });
          emitResult(options, tableOneJson(table), () => (table.rows.length === 0 ? 'no cycling tests on the cells of active builds' : tableOneText(table)));
          return 0;
        });
      }),
    );
}

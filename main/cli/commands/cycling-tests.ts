// `cellbook cycling-tests`: the notebook's cycling tests with their lifespan grade and short
// circuits, as a table or JSON.
import type { Command } from 'commander';
import { formatSignificant } from '../../../shared/units';
import { listCyclingTests } from '../../services/cycling/cycling-tests';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

interface TestsOptions extends NotebookCommandOptions {
  archived?: boolean;
}

export function registerCyclingTests(program: Command): void {
  notebookCommand(program, 'cycling-tests', 'list cycling tests: cell, cycles, standard capacity, lifespan, grade, short circuits')
    .option('--archived', 'include archived tests')
    .action((options: TestsOptions) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const tests = listCyclingTests(ctx, { includeArchived: options.archived ?? false, unassignedOnly: false });
          const json = tests.map((test) => ({
            id: test.id,
            name: test.name,
            synthetic: test.synthetic,
            build: test.buildName,
            cell: test.cellLabel,
            cycles: test.cycleCount,
            points: test.pointCount,
            standard_capacity_mAh: test.standardCapacityMAh,
            lifespan_cycle: test.lifespanCycle,
            lifespan_label: test.lifespanLabel,
            grade: test.grade,
            short_circuit_cycle: test.shortCircuitCycle,
          }));
          emitResult(options, json, (rows) =>
            rows
              .map((row) =>
                [
                  `${row.id}`.padStart(4),
                  row.name.padEnd(44),
                  `${row.cycles} cycles`.padStart(11),
                  row.standard_capacity_mAh === null ? '—'.padStart(10) : `${formatSignificant(row.standard_capacity_mAh, 4)} mAh`.padStart(10),
                  `lifespan ${row.lifespan_label}`.padEnd(36),
                  `grade ${row.grade ?? '—'}`,
                  row.short_circuit_cycle === null ? '' : `  short circuit flagged in cycle ${row.short_circuit_cycle}`,
                ].join('  '),
              )
              .join('\n') || 'no cycling tests',
          );
          return 0;
        }),
      ),
    );
}

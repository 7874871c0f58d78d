// `cellbook cycling-tests`: the notebook's cycling tests with their lifespan grade and short
// circuits, as a table or JSON.
import type { Command } from 'commander';
import { GRADE_MEANING } from '../../../shared/cycling/grade-meaning';
import { formatNumber, MISSING } from '../../../shared/format/quantity';
import { listCyclingTests } from '../../services/cycling/cycling-tests';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';
import { textTable } from './text-table';

/** Headers with their units; numbers right-aligned. */
const HEADERS = ['ID', 'Test', 'Build / cell', 'Cycles', 'Standard capacity (mAh)', 'Lifespan (cycles)', 'Grade (Table 1)', 'Short circuit (first cycle)'];
const NUMBER_COLUMNS = [0, 3, 4];

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
            rows.length === 0
              ? 'no cycling tests'
              : textTable(
                  HEADERS,
                  rows.map((row) => [
                    String(row.id),
                    row.name,
                    row.build === null ? 'no build' : `${row.build} ${row.cell ?? ''}`.trim(),
                    String(row.cycles),
                    formatNumber(row.standard_capacity_mAh),
                    row.lifespan_label,
                    row.grade ?? MISSING,
                    row.short_circuit_cycle === null ? MISSING : `cycle ${row.short_circuit_cycle}`,
                  ]),
                  NUMBER_COLUMNS,
                ) + `\n\nGrades (Table 1): ${Object.values(GRADE_MEANING).join('; ')}`,
          );
          return 0;
        }),
      ),
    );
}

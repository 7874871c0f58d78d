// `cellbook export --csv|--xlsx OUT --list LIST [--test ID]`: one of the notebook's lists as a
// spreadsheet, units in the headers and numbers as numbers; `cellbook export-bdf TEST --out FILE`:
// a cycling test's points as Battery Data Format CSV with its metadata beside it;
// `cellbook export --eln OUT.eln [--build NAME...]`: builds with everything they use (or the whole
// notebook) as one .eln file for other lab notebooks.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { writeFileAtomically } from '../../files/write-file-atomically';
import type { ServiceContext } from '../../services/context';
import { findBuild } from '../../services/builds/find-build';
import { exportEln } from '../../services/exchange/eln-export';
import { exportTestAsBdf } from '../../services/exports/bdf-export';
import { EXPORT_LISTS, listTable, type ExportList } from '../../services/exports/list-tables';
import { sheetBytes } from '../../services/exports/sheet-bytes';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

interface ExportOptions extends NotebookCommandOptions {
  csv?: string;
  xlsx?: string;
  list?: string;
  test?: string;
  eln?: string;
  build?: string[];
}

function writeEln(ctx: ServiceContext, options: ExportOptions): number {
  if (options.csv !== undefined || options.xlsx !== undefined || options.list !== undefined) throw new CellbookError('validation', '--eln writes a whole .eln file; give --csv/--xlsx with --list in a separate export');
  const buildIds = options.build && options.build.length > 0 ? [...new Set(options.build.map((name) => findBuild(ctx, name)))] : null;
  const result = exportEln(ctx, options.eln as string, buildIds);
  const d = result.datasets;
  emitResult(options, result, (r) => `${r.file}: ${d.builds} builds, ${d.pressPlans} press plans, ${d.cyclingTests} cycling tests, ${d.batches} batches, ${d.recipeVersions} recipe versions, ${d.lots} lots, ${d.materials} materials, ${r.files} files (${r.bytes.toLocaleString('en')} bytes, .eln)`);
  return 0;
}

function testIdOf(text: string | undefined, option: string): number {
  const id = Number(text);
  if (text === undefined || !Number.isInteger(id) || id < 1) throw new CellbookError('validation', `${option}: "${text ?? ''}" is not a test id (a whole number; see: cellbook cycling-tests)`);
  return id;
}

export function registerExport(program: Command): void {
  notebookCommand(program, 'export', 'write a list (materials, lots, batches, builds, cycling-tests, cycles) as CSV or XLSX, or builds as an .eln file')
    .option('--csv <file>', 'write a CSV file (UTF-8)')
    .option('--xlsx <file>', 'write an Excel workbook')
    .option('--list <list>', `the list: ${EXPORT_LISTS.join(', ')}`)
    .option('--test <id>', 'with --list cycles: the cycling test')
    .option('--eln <file>', 'write an .eln file (ELN Consortium RO-Crate) of the whole notebook or of --build')
    .option('--build <name...>', 'with --eln: the builds to export (name or id), with everything they use')
    .action((options: ExportOptions) =>
      runCommand(() =>
        withNotebook(options, async (ctx) => {
          if (options.eln !== undefined) return writeEln(ctx, options);
          if (options.build !== undefined) throw new CellbookError('validation', '--build goes with --eln FILE');
          if ((options.csv === undefined) === (options.xlsx === undefined)) throw new CellbookError('validation', 'give one of --csv FILE or --xlsx FILE');
          if (!options.list || !(EXPORT_LISTS as readonly string[]).includes(options.list)) throw new CellbookError('validation', `--list: give one of ${EXPORT_LISTS.join(', ')}`);
          const list = options.list as ExportList;
          const testId = list === 'cycles' ? testIdOf(options.test, '--test') : undefined;
          const format = options.csv !== undefined ? 'csv' : 'xlsx';
          const destination = (options.csv ?? options.xlsx) as string;
          const table = listTable(ctx, list, testId);
          const bytes = await sheetBytes(table, format);
          writeFileAtomically(destination, (append) => append(bytes));
          emitResult(options, { file: destination, format, list, rows: table.rows.length, columns: table.columns.length }, (r) => `${r.file}: ${r.rows} rows × ${r.columns} columns (${r.list}, ${r.format.toUpperCase()})`);
          return 0;
        }),
      ),
    );

  notebookCommand(program, 'export-bdf', "write a cycling test's points as Battery Data Format CSV (.bdf.csv) with a .metadata.json beside it")
    .argument('<test>', 'the cycling test id (see: cellbook cycling-tests)')
    .requiredOption('--out <file>', 'the .bdf.csv file to write')
    .action((test: string, options: NotebookCommandOptions & { out: string }) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const result = exportTestAsBdf(ctx, testIdOf(test, 'test'), options.out);
          emitResult(options, { file: result.csvPath, metadata: result.metadataPath, points: result.points, columns: result.columns }, (r) => `${r.file}: ${r.points.toLocaleString('en')} points (${r.columns.join(', ')})\n${r.metadata}: the test's and cell's identity`);
          return 0;
        }),
      ),
    );
}

// `cellbook labels --db PATH (--lot CODE | --batch CODE | --cell BUILD/CELL | --build NAME)... --out FILE.pdf|FILE.html [--size NAME]`:
// printable labels with each record's code, name, date and the QR code of its cellbook:// link,
// written through a temporary file.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { printedCode, type RecordCode } from '../../../shared/labels/cellbook-link';
import { LABEL_SIZES, LABEL_SIZE_IDS, type LabelSizeId } from '../../../shared/labels/label-sizes';
import { writeFileAtomically } from '../../files/write-file-atomically';
import type { ServiceContext } from '../../services/context';
import { recordsByCode, type LabelRecord } from '../../services/labels/label-records';
import { getLabelSize } from '../../services/labels/label-settings';
import { labelsBytes, labelsHtml } from '../../services/labels/labels-file';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

interface LabelsOptions extends NotebookCommandOptions {
  out: string;
  size?: string;
  lot: string[];
  batch: string[];
  cell: string[];
  build: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

function cellCode(text: string): RecordCode {
  const slash = text.lastIndexOf('/');
  if (slash <= 0 || slash === text.length - 1) throw new CellbookError('validation', `--cell: "${text}" should be BUILD/CELL, e.g. "Example 1/#2"`);
  return { kind: 'cell', build: text.slice(0, slash).trim(), cell: text.slice(slash + 1).trim() };
}

function oneRecord(ctx: ServiceContext, option: string, ref: RecordCode): LabelRecord {
  const found = recordsByCode(ctx, ref);
  const code = printedCode(ref);
  if (found.length === 0) throw new CellbookError('not_found', `${option}: there is no ${ref.kind} "${code}" in ${ctx.notebook.path}`);
  if (found.length > 1) throw new CellbookError('validation', `${option}: lot number "${code}" is on lots of several materials (${found.map((record) => record.name).join('; ')}); print these from the lot's page in the window`);
  return found[0] as LabelRecord;
}

export function registerLabels(program: Command): void {
  notebookCommand(program, 'labels', 'write printable labels (code, name, date, QR code of the cellbook:// link) for lots, batches, cells and builds')
    .option('--lot <code>', 'a lot number (repeatable)', collect, [])
    .option('--batch <code>', 'a batch code (repeatable)', collect, [])
    .option('--cell <build/cell>', 'a cell as BUILD/CELL, e.g. "Example 1/#2" (repeatable)', collect, [])
    .option('--build <name>', 'a build name (repeatable)', collect, [])
    .requiredOption('--out <file>', 'FILE.html or FILE.pdf')
    .option('--size <name>', `label stock: ${LABEL_SIZES.map((size) => `${size.id} (${size.name})`).join('; ')}; default: the notebook's label setting`)
    .action((options: LabelsOptions) =>
      runCommand(() =>
        withNotebook(options, async (ctx) => {
          const format = /\.pdf$/i.test(options.out) ? 'pdf' : /\.html?$/i.test(options.out) ? 'html' : null;
          if (!format) throw new CellbookError('validation', `--out: ${options.out} should end in .html or .pdf`);
          if (options.size !== undefined && !(LABEL_SIZE_IDS as string[]).includes(options.size)) throw new CellbookError('validation', `--size: "${options.size}" is not a label size; give one of ${LABEL_SIZE_IDS.join(', ')}`);
          const size = (options.size as LabelSizeId | undefined) ?? getLabelSize(ctx);
          const records = [
            ...options.lot.map((code) => oneRecord(ctx, '--lot', { kind: 'lot', code })),
            ...options.batch.map((code) => oneRecord(ctx, '--batch', { kind: 'batch', code })),
            ...options.cell.map((text) => oneRecord(ctx, '--cell', cellCode(text))),
            ...options.build.map((code) => oneRecord(ctx, '--build', { kind: 'build', code })),
          ];
          if (records.length === 0) throw new CellbookError('validation', 'name at least one record: --lot CODE, --batch CODE, --cell BUILD/CELL or --build NAME');
          const doc = await labelsHtml(records, size);
          const bytes = await labelsBytes(ctx, doc, format);
          writeFileAtomically(options.out, (append) => append(bytes));
          emitResult(options, { file: options.out, format, size, labels: records.length, codes: records.map((record) => printedCode(record.ref)), size_bytes: bytes.byteLength }, (r) => `${r.file}: ${r.labels} label${r.labels === 1 ? '' : 's'} on ${r.size} (${r.format.toUpperCase()}, ${r.size_bytes.toLocaleString('en')} bytes)`);
          return 0;
        }),
      ),
    );
}

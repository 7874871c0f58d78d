import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../../shared/api-error';
import { importInventory, previewInventoryImport } from '../../services/inventory/inventory-import';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, message, runCommand } from '../output';

interface ImportOptions extends NotebookCommandOptions {
  dryRun?: boolean;
  skipInvalid?: boolean;
}

function readFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CellbookError('not_found', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

export function registerImportInventory(program: Command): void {
  notebookCommand(program, 'import-inventory', 'import materials and lots from a CSV/XLSX inventory spreadsheet (all rows or none)')
    .argument('<file>', 'the spreadsheet (.csv or .xlsx; columns name, kind, formula, lot, quantity, unit, ...)')
    .option('--dry-run', 'say what would be imported, write nothing')
    .option('--skip-invalid', 'import the valid rows and list the invalid ones, instead of importing nothing')
    .action((file: string, options: ImportOptions) =>
      runCommand(() =>
        withNotebook(options, async (ctx) => {
          const bytes = readFile(file);
          const fileName = path.basename(file);
          const preview = await previewInventoryImport(ctx, fileName, bytes);
          for (const warning of preview.warnings) message(`${fileName}: ${warning}`);
          const invalid = preview.rows.filter((row) => row.status === 'invalid');
          const listInvalid = () => invalid.map((row) => `  line ${row.line}: ${row.reasons.join('; ')}`).join('\n');
          if (options.dryRun) {
            emitResult(options, preview, (p) =>
              [
                `${fileName}: ${p.counts.create} row(s) would be imported, ${p.counts.duplicate} already in the notebook, ${p.counts.invalid} invalid (nothing written: --dry-run)`,
                ...p.rows.filter((row) => row.status !== 'create').map((row) => `  line ${row.line} ${row.status}: ${row.reasons.join('; ')}`),
              ].join('\n'),
            );
            return invalid.length > 0 ? 2 : 0;
          }
          if (invalid.length > 0 && !options.skipInvalid) {
            throw new CellbookError('validation', `${fileName}: ${invalid.length} invalid row(s); nothing was imported (fix them, or use --skip-invalid to import the rest)\n${listInvalid()}`);
          }
          const result = await importInventory(ctx, fileName, bytes, {});
          if (invalid.length > 0) message(`${fileName}: skipped ${invalid.length} invalid row(s):\n${listInvalid()}`);
          emitResult(options, { ...result, duplicates: preview.counts.duplicate, invalid: invalid.map(({ line, reasons }) => ({ line, reasons })) }, (r) =>
            `${fileName}: imported ${r.createdLots} lot(s) and ${r.createdMaterials} new material(s); ${r.duplicates} row(s) already in the notebook`,
          );
          return 0;
        }),
      ),
    );
}

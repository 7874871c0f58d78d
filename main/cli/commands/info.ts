import type { Command } from 'commander';
import { getNotebookInfo } from '../../services/notebook';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

export function registerInfo(program: Command): void {
  notebookCommand(program, 'info', 'the notebook file, its size and schema, and who history is attributed to').action((options: NotebookCommandOptions) =>
    runCommand(() =>
      withNotebook(options, (ctx) => {
        const info = { path: ctx.notebook.path, ...getNotebookInfo(ctx) };
        emitResult(options, info, (value) =>
          [
            `Notebook:  ${value.path}`,
            `Size:      ${(value.fileSizeBytes / 1024).toFixed(1)} KiB`,
            `Schema:    ${value.schemaVersion} (this Cellbook: ${value.latestSchemaVersion})`,
            `Created:   ${value.createdAt ?? 'unknown'}`,
            `Operator:  ${value.operator}`,
            `Cellbook:  ${value.appVersion}, SQLite ${value.sqliteVersion}`,
          ].join('\n'),
        );
      }),
    ),
  );
}

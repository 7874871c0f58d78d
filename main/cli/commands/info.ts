import type { Command } from 'commander';
import { openNotebookSession } from '../../host/notebook-session';
import { getNotebookInfo } from '../../services/notebook';
import { emitResult, message, runCommand } from '../output';

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('the notebook file, its size and schema, and who history is attributed to')
    .option('--db <path>', 'notebook file (default: the app notebook; a new path becomes a new notebook)')
    .option('--json', 'print JSON only on stdout')
    .action((options: { db?: string; json?: boolean }) =>
      runCommand(async () => {
        const ctx = await openNotebookSession({ mode: 'cli', report: message, ...(options.db ? { dbPath: options.db } : {}) });
        try {
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
        } finally {
          ctx.notebook.close();
        }
      }),
    );
}

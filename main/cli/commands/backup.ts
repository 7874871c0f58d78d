import type { Command } from 'commander';
import type { AppEvent } from '../../../shared/events';
import { listBackups, restoreBackup, startBackup } from '../../services/backups';
import { formatBytes } from '../../../shared/format/bytes';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, message, runCommand } from '../output';

/** A percentage on one rewritten stderr line, only when stderr is a terminal. */
function terminalProgress(): { onEvent: (event: AppEvent) => void; finish: () => void } {
  let lastPercent = -1;
  return {
    onEvent: (event) => {
      if (event.type !== 'job' || !event.job.total || !process.stderr.isTTY) return;
      const percent = Math.floor((100 * event.job.done) / event.job.total);
      if (percent !== lastPercent) process.stderr.write(`\r${event.job.label}: ${percent} %`);
      lastPercent = percent;
    },
    finish: () => {
      if (lastPercent >= 0) process.stderr.write('\n');
    },
  };
}

export function registerBackup(program: Command): void {
  notebookCommand(program, 'backup', 'copy the notebook into its backups folder (<name>-backups/ beside it)').action((options: NotebookCommandOptions) =>
    runCommand(() => {
      const progress = terminalProgress();
      return withNotebook(
        options,
        async (ctx) => {
          const job = await ctx.jobs.settled(startBackup(ctx).jobId);
          progress.finish();
          if (job.state !== 'done') {
            message(`cellbook: ${job.message ?? 'backup failed'}`);
            return 1;
          }
          emitResult(options, job, (value) => value.message ?? 'Backup written');
          return 0;
        },
        { emit: progress.onEvent },
      );
    }),
  );
}

export function registerBackups(program: Command): void {
  notebookCommand(program, 'backups', "list the notebook's backups: time, size, schema, records, and whether each is verified").action((options: NotebookCommandOptions) =>
    runCommand(() =>
      withNotebook(options, (ctx) => {
        const rows = listBackups(ctx).map((entry) => ({
          path: entry.path,
          created_at: entry.createdAt,
          size_bytes: entry.sizeBytes,
          schema_version: entry.schemaVersion,
          records: entry.records,
          history_entries: entry.historyEntries,
          verified: entry.verified,
          problem: entry.problem,
        }));
        emitResult(options, rows, (list) =>
          list.length === 0
            ? 'No backups yet (cellbook backup makes one).'
            : [
                ['Created (UTC)', 'Size', 'Schema', 'Records', 'History entries', 'Verified', 'File'].join('\t'),
                ...list.map((row) => [row.created_at.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), formatBytes(row.size_bytes), row.schema_version, row.records, row.history_entries, row.verified ? 'yes' : `no: ${row.problem}`, row.path].join('\t')),
              ].join('\n'),
        );
        return 0;
      }),
    ),
  );

  notebookCommand(program, 'restore', 'replace the notebook by a backup (the notebook as it is is backed up first; the restore is recorded in history)')
    .argument('<backup>', 'a backup file (a path, or a file name in the backups folder; see: cellbook backups)')
    .action((backup: string, options: NotebookCommandOptions) =>
      runCommand(() =>
        withNotebook(options, async (ctx) => {
          const result = await restoreBackup(ctx, backup);
          emitResult(options, { restored_from: result.restoredFrom, notebook_before_restore: result.safetyBackup, history_entries: result.historyEntries }, (r) => `Restored ${r.restored_from}; the notebook as it was is kept as ${r.notebook_before_restore}`);
          return 0;
        }),
      ),
    );
}

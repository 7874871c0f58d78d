import type { Command } from 'commander';
import type { AppEvent } from '../../../shared/events';
import { startBackup } from '../../services/backups';
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

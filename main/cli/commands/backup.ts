import type { Command } from 'commander';
import { openNotebookSession } from '../../host/notebook-session';
import { startBackup } from '../../services/backups';
import { emitResult, message, runCommand } from '../output';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description("copy the notebook into its backups folder (<name>-backups/ beside it)")
    .option('--db <path>', 'notebook file (default: the app notebook)')
    .option('--json', 'print JSON only on stdout')
    .action((options: { db?: string; json?: boolean }) =>
      runCommand(async () => {
        let lastPercent = -1;
        const ctx = await openNotebookSession({
          mode: 'cli',
          report: message,
          ...(options.db ? { dbPath: options.db } : {}),
          emit: (event) => {
            if (event.type !== 'job' || !event.job.total || !process.stderr.isTTY) return;
            const percent = Math.floor((100 * event.job.done) / event.job.total);
            if (percent !== lastPercent) process.stderr.write(`\rBacking up: ${percent}%`);
            lastPercent = percent;
          },
        });
        try {
          const { jobId } = startBackup(ctx);
          const job = await ctx.jobs.settled(jobId);
          if (lastPercent >= 0) process.stderr.write('\n');
          if (job.state !== 'done') {
            message(`cellbook: ${job.message ?? 'backup failed'}`);
            return 1;
          }
          emitResult(options, job, (value) => value.message ?? 'Backup written');
          return 0;
        } finally {
          ctx.notebook.close();
        }
      }),
    );
}

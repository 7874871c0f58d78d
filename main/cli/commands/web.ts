import type { Command } from 'commander';
import { rendererDir } from '../../app-root';
import { openNotebookSession } from '../../host/notebook-session';
import { openInBrowser } from '../../host/open-browser';
import { startBackupSchedule } from '../../services/backups-automatic-schedule';
import { startWebHost } from '../../web/web-host';
import { DB_OPTION_HELP } from '../notebook-command';
import { message, parsePort, runCommand } from '../output';
import { checkpointOnClose } from '../../integrity/checkpoint-writer';

export function registerWeb(program: Command): void {
  program
    .command('web')
    .description('browser mode: serve Cellbook on 127.0.0.1 and open it in the browser')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--port <n>', 'port to listen on (default: a free one)', parsePort)
    .option('--no-open', 'print the address without opening a browser')
    .action((options: { db?: string; port?: number; open: boolean }) =>
      runCommand(async () => {
        // Listen first: a port in use must fail before any notebook file is created.
        const host = await startWebHost({ rendererDir: rendererDir(), ...(options.port ? { port: options.port } : {}) });
        let ctx;
        try {
          ctx = await openNotebookSession({
            mode: 'browser',
            report: message,
            emit: (event) => host.broadcast(event),
            ...(options.db ? { dbPath: options.db } : {}),
          });
        } catch (error) {
          await host.close();
          throw error;
        }
        host.attach(ctx);
        // Scheduled automatic backups while the window may be open (the notebook's backup settings).
        const schedule = startBackupSchedule(ctx);
        const notebook = ctx.notebook;
        process.stdout.write(`Cellbook is serving ${notebook.path}\n${host.url}\nPress Ctrl+C to stop.\n`);
        if (options.open) openInBrowser(host.url);

        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        schedule.stop();
        await host.close();
        ctx.uploads.close();
        // The head the operation throttle left unsigned is signed as the host stops.
        checkpointOnClose(ctx.notebook.db, ctx.notebook.path);
        notebook.close();
        return 0;
      }),
    );
}

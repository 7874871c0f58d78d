// The schedule of automatic backups while Cellbook is open (the desktop app and browser mode; the
// CLI's short runs take none): every few minutes it asks whether a backup is due (the notebook
// changed and the newest backup is older than the set hours) and, if so, takes one as a job, so
// the window shows it and a failure is said in the jobs area rather than lost. A check that finds
// nothing due shows nothing.
import path from 'node:path';
import { formatBytes } from '../../shared/format/bytes';
import { isScheduledBackupDue, takeAutomaticBackup } from './backups-automatic';
import type { ServiceContext } from './context';

const CHECK_EVERY_MS = 10 * 60_000;
const FIRST_CHECK_AFTER_MS = 60_000;

export interface BackupSchedule {
  stop(): void;
}

/**
 * One check: when a backup is due it runs as a job (its outcome shown like any backup's) and this
 * resolves once it settled; when none is due nothing is shown.
 */
export async function checkScheduledBackup(ctx: ServiceContext): Promise<void> {
  if (!isScheduledBackupDue(ctx)) return;
  const job = ctx.jobs.start({ kind: 'backup', label: `Automatic backup of ${path.basename(ctx.notebook.path)}`, unit: 'steps' }, async (handle) => {
    handle.progress(0, 1);
    const result = await takeAutomaticBackup(ctx, 'scheduled');
    handle.progress(1, 1);
    const pruned = result.pruned.length > 0 ? `; ${result.pruned.length} older automatic backup${result.pruned.length === 1 ? '' : 's'} pruned` : '';
    return `Automatic backup written: ${path.basename(result.path)} (${formatBytes(result.bytes)}), verified${pruned}`;
  });
  await ctx.jobs.settled(job.id);
}

export function startBackupSchedule(ctx: ServiceContext, options: { checkEveryMs?: number; firstCheckAfterMs?: number } = {}): BackupSchedule {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    // A failed check (the notebook closed under it, say) is tried again at the next tick.
    checkScheduledBackup(ctx)
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(tick, options.firstCheckAfterMs ?? FIRST_CHECK_AFTER_MS);
  const every = setInterval(tick, options.checkEveryMs ?? CHECK_EVERY_MS);
  // The schedule never keeps a closing process alive.
  first.unref();
  every.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}

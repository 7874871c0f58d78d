// What every notebook command shares: the --db and --json options, and opening the notebook for
// the command's body and closing it afterwards, whatever happens.
import { openNotebookSession, type NotebookSessionOptions } from '../host/notebook-session';
import { checkpointIfMoved, noteStartingHead } from '../integrity/checkpoint-writer';
import type { ServiceContext } from '../services/context';
import type { NotebookCommandOptions } from './notebook-options';
import { message } from './output';

export { DB_OPTION_HELP, notebookCommand, type NotebookCommandOptions } from './notebook-options';

export async function withNotebook<T>(
  options: NotebookCommandOptions,
  body: (ctx: ServiceContext) => Promise<T> | T,
  session: Partial<NotebookSessionOptions> = {},
): Promise<T> {
  const ctx = await openNotebookSession({ mode: 'cli', report: message, ...session, ...(options.db ? { dbPath: options.db } : {}) });
  // A notebook made by this command is signed as it closes (its first checkpoint tells it from one that was at its path before).
  if (ctx.notebook.migration?.fromVersion !== 0) noteStartingHead(ctx.notebook.db);
  try {
    return await body(ctx);
  } finally {
    signChangedHistory(ctx);
    ctx.notebook.close();
  }
}

/** A command that changed history leaves a signed checkpoint in the user's log; failing to write one is said, never fatal. */
function signChangedHistory(ctx: ServiceContext): void {
  try {
    checkpointIfMoved({ db: ctx.notebook.db, notebookPath: ctx.notebook.path, now: ctx.writer.now() });
  } catch (error) {
    message(`cellbook: the history's checkpoint was not written (${(error as Error).message}); the notebook itself is saved`);
  }
}

// A restore closes the notebook, puts the backup's copy in its place and opens it again. A call
// that arrived in between would meet a closed database ("The database connection is not open"), so
// while the file is being replaced every call waits at the door (dispatch) and is answered from
// the reopened notebook.
import type { ServiceContext } from './context';

const held = new WeakMap<ServiceContext, Promise<unknown>>();

/** Runs `replace` with every other call through dispatch waiting until it has finished, whether it succeeded or not. */
export function holdingCalls<T>(ctx: ServiceContext, replace: () => Promise<T>): Promise<T> {
  const running = replace();
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  held.set(ctx, settled);
  void settled.then(() => {
    if (held.get(ctx) === settled) held.delete(ctx);
  });
  return running;
}

/** Resolves once no replacement of the notebook is under way. */
export async function untilNotebookOpen(ctx: ServiceContext): Promise<void> {
  for (let waiting = held.get(ctx); waiting; waiting = held.get(ctx)) await waiting;
}

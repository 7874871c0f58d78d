// A restore closes the notebook, puts the backup's copy in its place and opens it again. A call
// that arrived in between would meet a closed database ("The database connection is not open"), so
// from the close until the reopened notebook is behind the context, every call waits at the door
// (dispatch) and is then answered from the reopened notebook. Only that swap is held: while the
// backup is still being verified and copied, calls (a cancel among them) are answered at once.
import type { ServiceContext } from './context';

const held = new WeakMap<ServiceContext, Promise<unknown>>();
/** The calls being answered now, per context: a swap waits for them, so none loses its notebook midway. */
const answering = new WeakMap<ServiceContext, Set<Promise<unknown>>>();

/**
 * Runs `replace` once the calls already being answered have finished, with every later call
 * through dispatch waiting until it has finished, whether it succeeded or not. Never from inside a
 * dispatched call (it would wait for itself): a restore runs it from its job.
 */
export function holdingCalls<T>(ctx: ServiceContext, replace: () => Promise<T>): Promise<T> {
  const earlier = held.get(ctx);
  const running = (async () => {
    if (earlier) await earlier;
    await Promise.allSettled([...(answering.get(ctx) ?? [])]);
    return replace();
  })();
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

/** Answers one call: after any swap under way, and counted as being answered until it settles. */
export async function answerCall<T>(ctx: ServiceContext, call: () => Promise<T>): Promise<T> {
  // The check and the count happen in one synchronous step, so a swap starting meanwhile sees the call.
  for (let waiting = held.get(ctx); waiting; waiting = held.get(ctx)) await waiting;
  let calls = answering.get(ctx);
  if (!calls) answering.set(ctx, (calls = new Set()));
  const running = call();
  calls.add(running);
  try {
    return await running;
  } finally {
    calls.delete(running);
  }
}

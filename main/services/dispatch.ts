// The single door every call goes through, whichever host received it (IPC, HTTP, CLI, tests):
// name checked, input validated before anything is touched, errors turned into an envelope.
import { api, isApiName } from '../../shared/api';
import { CellbookError, type ApiEnvelope } from '../../shared/api-error';
import { parseOrThrow } from '../../shared/validation';
import { explainFailure } from '../logging/explain-failure';
import { CHECKPOINT_INTERVAL_MS, checkpointIfMoved, noteStartingHead } from '../integrity/checkpoint-writer';
import type { ServiceContext } from './context';
import { handlers } from './handlers';
import { answerCall } from './notebook-hold';

export type ErrorLogger = (operation: string, error: unknown) => void;

export async function dispatch(
  ctx: ServiceContext,
  name: string,
  rawInput: unknown,
  logError: ErrorLogger = logOneLine,
): Promise<ApiEnvelope<unknown>> {
  try {
    if (!isApiName(name)) throw new CellbookError('not_found', `there is no operation named ${JSON.stringify(name)}`);
    // Messages are for the researcher: fields in words, never the operation's name (the log has it).
    const input = parseOrThrow(api[name].input, rawInput ?? {});
    const handler = handlers[name] as (ctx: ServiceContext, input: unknown) => unknown;
    // While a restore swaps the notebook file, the call waits and is answered from the reopened one.
    const output = await answerCall(ctx, async () => {
      noteStartingHead(ctx.notebook.db);
      const answer = await handler(ctx, input);
      signChangedHistory(ctx, logError);
      return answer;
    });
    // Outputs are checked too: a handler returning the wrong shape is a bug to catch here, not in the UI.
    const checked = api[name].output.safeParse(output);
    if (!checked.success) throw new Error(`${name} returned output that does not match its contract: ${checked.error.message}`);
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof CellbookError) return { ok: false, error: error.toBody() };
    logError(name, error);
    // A full disk, a permission, a held lock … in a sentence; the stack goes to Cellbook's log file.
    return { ok: false, error: explainFailure(error, { notebookPath: ctx.notebook.path }).toBody() };
  }
}

/**
 * The host's console gets one line per unexpected failure, never a stack: the stack goes to
 * Cellbook's log file (explainFailure), which the answer's sentence names.
 */
function logOneLine(operation: string, error: unknown): void {
  console.error(`cellbook: ${operation} failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** After an operation that changed history: a signed checkpoint in the user's log, at most one per interval. */
function signChangedHistory(ctx: ServiceContext, logError: ErrorLogger): void {
  try {
    checkpointIfMoved({ db: ctx.notebook.db, notebookPath: ctx.notebook.path, now: new Date(), throttleMs: CHECKPOINT_INTERVAL_MS });
  } catch (error) {
    logError('checkpoint', error);
  }
}

// A cancel that always ends the wait. A reader stuck inside a library (a damaged workbook whose
// stream never ends) cannot be stopped from outside; the import stops waiting for it instead, so
// the job ends with "cancelled" and its transaction never starts.
import { CellbookError } from '../../../shared/api-error';

export function untilCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined, message: string): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new CellbookError('cancelled', message));
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new CellbookError('cancelled', message));
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

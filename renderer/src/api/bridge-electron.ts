import type { ApiName } from '../../../shared/api-names';
import type { ApiEnvelope } from '../../../shared/api-error';
import type { AppEvent } from '../../../shared/events';
import type { Bridge } from './bridge';

/** What Electron's preload exposes (main/electron/preload-api.ts). */
interface PreloadedApi {
  onEvent(listener: (event: AppEvent) => void): () => void;
  chooseNotebookPath(create: boolean): Promise<string | null>;
  [operation: string]: unknown;
}

export function electronBridge(): Bridge | null {
  const exposed = (window as unknown as { cellbook?: PreloadedApi }).cellbook;
  if (!exposed) return null;
  return {
    kind: 'electron',
    call: (name: ApiName, input) => (exposed[name] as (input: unknown) => Promise<ApiEnvelope<unknown>>)(input),
    subscribe: (listener) => exposed.onEvent(listener),
    chooseNotebookPath: (create) => exposed.chooseNotebookPath(create),
  };
}

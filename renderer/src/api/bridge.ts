// The platform seam: how the renderer reaches main. One declared shape, two implementations
// (Electron's preload, browser mode's HTTP), chosen once at start-up.
import type { ApiName } from '../../../shared/api-names';
import type { ApiEnvelope } from '../../../shared/api-error';
import type { AppEvent } from '../../../shared/events';

export interface Bridge {
  kind: 'electron' | 'browser';
  call(name: ApiName, input: unknown): Promise<ApiEnvelope<unknown>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** The desktop app's native Open / Save dialog for a notebook file (null when cancelled); browser mode has none and types the path. */
  chooseNotebookPath?: (create: boolean) => Promise<string | null>;
}

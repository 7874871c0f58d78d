// The API contract: every operation the renderer (or any client) can ask of main, with its input
// and output schemas and a one-line description. Each area keeps its part beside its schemas
// (shared/api/<area>.ts, names in shared/api/names/<area>.ts); this file assembles them into the
// one table. Electron's IPC handlers and preload, the browser mode's HTTP routes and the
// renderer's client are all derived from it; adding an operation to an area's part is the only
// way to add one.
import type { z } from 'zod';
import type { ApiName } from './api-names';
import { buildsApi } from './api/builds';
import { compareApi } from './api/compare';
import { cyclingApi } from './api/cycling';
import { materialsApi } from './api/materials';
import { notebookApi } from './api/notebook';
import { pressingApi } from './api/pressing';
import type { Operation } from './api/operation';
import { recipesApi } from './api/recipes';
import { reportsApi } from './api/reports';
import { exchangeApi } from './api/exchange';
import { labelsApi } from './api/labels';
import { automaticBackupsApi } from './api/backups-automatic';

export const api = {
  ...notebookApi,
  ...materialsApi,
  ...recipesApi,
  ...buildsApi,
  ...cyclingApi,
  ...compareApi,
  ...pressingApi,
  ...reportsApi,
  ...exchangeApi,
  ...labelsApi,
  ...automaticBackupsApi,
  // `satisfies` makes a missing operation, or one not in api-names.ts, a compile error.
} as const satisfies Record<ApiName, Operation>;

export type { Operation } from './api/operation';
export type Api = typeof api;
/** What a caller passes (defaults may be omitted). */
export type ApiInput<N extends ApiName> = z.input<Api[N]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ApiParsedInput<N extends ApiName> = z.output<Api[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<Api[N]['output']>;

export { apiNames, isApiName, ipcChannel, IPC_EVENT_CHANNEL, type ApiName } from './api-names';

// Every operation of the contract (shared/api.ts) mapped to the service function that does it.
// The type makes a missing or mistyped handler a compile error.
import type { ApiName, ApiOutput, ApiParsedInput } from '../../shared/api';
import { startBackup } from './backups';
import type { ServiceContext } from './context';
import { listHistory } from './history';
import { checkNotebook, getNotebookInfo } from './notebook';
import { getSettings, updateSettings } from './settings';

export type Handlers = {
  [N in ApiName]: (ctx: ServiceContext, input: ApiParsedInput<N>) => ApiOutput<N> | Promise<ApiOutput<N>>;
};

export const handlers: Handlers = {
  getNotebookInfo: (ctx) => getNotebookInfo(ctx),
  checkNotebook: (ctx) => checkNotebook(ctx),
  getSettings: (ctx) => getSettings(ctx),
  updateSettings: (ctx, input) => updateSettings(ctx, input),
  listHistory: (ctx, input) => listHistory(ctx, input),
  startBackup: (ctx) => startBackup(ctx),
  listJobs: (ctx) => ctx.jobs.list(),
  cancelJob: (ctx, input) => ctx.jobs.cancel(input.jobId),
};

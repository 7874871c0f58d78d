// Every operation of the contract (shared/api.ts) mapped to the service function that does it,
// assembled from one handler map per area (main/services/handlers/<area>.ts). The type makes a
// missing or mistyped handler a compile error.
import type { ApiName, ApiOutput, ApiParsedInput } from '../../shared/api';
import type { ServiceContext } from './context';
import { buildsHandlers } from './handlers/builds';
import { compareHandlers } from './handlers/compare';
import { cyclingHandlers } from './handlers/cycling';
import { materialsHandlers } from './handlers/materials';
import { notebookHandlers } from './handlers/notebook';
import { pressingHandlers } from './handlers/pressing';
import { recipesHandlers } from './handlers/recipes';
import { reportsHandlers } from './handlers/reports';
import { exchangeHandlers } from './handlers/exchange';
import { labelsHandlers } from './handlers/labels';
import { automaticBackupsHandlers } from './handlers/backups-automatic';

export type Handlers = {
  [N in ApiName]: (ctx: ServiceContext, input: ApiParsedInput<N>) => ApiOutput<N> | Promise<ApiOutput<N>>;
};

export const handlers: Handlers = {
  ...notebookHandlers,
  ...materialsHandlers,
  ...recipesHandlers,
  ...buildsHandlers,
  ...cyclingHandlers,
  ...compareHandlers,
  ...pressingHandlers,
  ...reportsHandlers,
  ...exchangeHandlers,
  ...labelsHandlers,
  ...automaticBackupsHandlers,
};

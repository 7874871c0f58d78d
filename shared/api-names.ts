// The names of the contract's operations, without their schemas, for the one place that must not
// carry zod: Electron's sandboxed preload. Each area lists its names beside its operations
// (shared/api/names/<area>.ts); shared/api.ts fails to compile unless the assembled table has
// exactly these keys, so this list cannot drift from the contract.
import { buildsApiNames } from './api/names/builds';
import { compareApiNames } from './api/names/compare';
import { cyclingApiNames } from './api/names/cycling';
import { materialsApiNames } from './api/names/materials';
import { notebookApiNames } from './api/names/notebook';
import { pressingApiNames } from './api/names/pressing';
import { recipesApiNames } from './api/names/recipes';
import { reportsApiNames } from './api/names/reports';
import { exchangeApiNames } from './api/names/exchange';
import { labelsApiNames } from './api/names/labels';
import { automaticBackupsApiNames } from './api/names/backups-automatic';

export const apiNames = [...notebookApiNames, ...materialsApiNames, ...recipesApiNames, ...buildsApiNames, ...cyclingApiNames, ...compareApiNames, ...pressingApiNames, ...reportsApiNames, ...exchangeApiNames, ...labelsApiNames, ...automaticBackupsApiNames] as const;

export type ApiName = (typeof apiNames)[number];

export function isApiName(name: string): name is ApiName {
  return (apiNames as readonly string[]).includes(name);
}

/** The IPC channel of an operation; the HTTP route is `/api/<name>`. */
export function ipcChannel(name: ApiName): string {
  return `cellbook:${name}`;
}

export const IPC_EVENT_CHANNEL = 'cellbook:event';

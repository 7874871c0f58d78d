// Electron preload (sandboxed): exposes the contract's functions and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi, PRELOAD_GLOBAL } from './preload-api';

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, buildPreloadApi(ipcRenderer));

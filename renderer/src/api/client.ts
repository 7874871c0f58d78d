// The renderer's typed client: `callApi('getSettings', {})` resolves with the contract's output
// type or throws a CellbookError whose message is fit to show.
import type { ApiInput, ApiName, ApiOutput } from '../../../shared/api';
import { CellbookError } from '../../../shared/api-error';
import type { Bridge } from './bridge';

let activeBridge: Bridge | null = null;

export function setBridge(bridge: Bridge): void {
  activeBridge = bridge;
}

export function getBridge(): Bridge {
  if (!activeBridge) throw new CellbookError('unavailable', 'Cellbook is not connected to its notebook');
  return activeBridge;
}

export async function callApi<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const envelope = await getBridge().call(name, input);
  if (!envelope.ok) throw CellbookError.fromBody(envelope.error);
  return envelope.value as ApiOutput<N>;
}

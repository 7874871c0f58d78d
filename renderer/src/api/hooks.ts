// Data fetching through TanStack Query: one cache keyed by operation and input, refreshed when
// main says the notebook changed.
import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiInput, ApiName, ApiOutput } from '../../../shared/api';
import type { CellbookError } from '../../../shared/api-error';
import { callApi } from './client';

export function apiQueryKey<N extends ApiName>(name: N, input?: ApiInput<N>): readonly unknown[] {
  return input === undefined ? [name] : [name, input];
}

export function useApiQuery<N extends ApiName>(
  name: N,
  input: ApiInput<N>,
  options: Omit<UseQueryOptions<ApiOutput<N>, CellbookError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ApiOutput<N>, CellbookError>({ queryKey: apiQueryKey(name, input), queryFn: () => callApi(name, input), ...options });
}

export function useApiMutation<N extends ApiName>(name: N) {
  return useMutation<ApiOutput<N>, CellbookError, ApiInput<N>>({ mutationFn: (input) => callApi(name, input) });
}

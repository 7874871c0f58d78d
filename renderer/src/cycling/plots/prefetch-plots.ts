// A test page asks main for its test and, at the same moment, for the plot drawn first (capacity
// and CE by cycle, in mAh as the page opens): otherwise the plots would only ask once the test's
// details had arrived and been laid out, one round trip later.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callApi } from '../../api/client';
import { apiQueryKey } from '../../api/hooks';

export function usePrefetchTestPlots(testId: number): void {
  const client = useQueryClient();
  useEffect(() => {
    const input = { testId, basis: 'cell' as const };
    // Errors are not shown here: the plot's own query asks again and says what went wrong.
    void client.prefetchQuery({ queryKey: apiQueryKey('getCapacityPlot', input), queryFn: () => callApi('getCapacityPlot', input) });
  }, [client, testId]);
}

// A USB scanner types the label's link (or a person types a code) into the search box and presses
// Enter: an exact match on one record opens it at once, as a scanned label should.
import { useLocation } from 'wouter';
import type { CodeMatch } from '../../../shared/labels/labels-schemas';
import { callApi } from '../api/client';

export function routeOfCodeMatch(match: CodeMatch): string {
  if (match.kind === 'lot') return `/lots/${match.id}`;
  if (match.kind === 'batch') return `/batches/${match.id}`;
  return `/builds/${match.buildId ?? match.id}`;
}

/** Resolves to true when the text named exactly one record and it was opened. */
export function useOpenScannedCode(): (text: string) => Promise<boolean> {
  const [, navigate] = useLocation();
  return async (text) => {
    if (text.trim() === '') return false;
    // A text the lookup refuses (too long to be a code) is simply not a code: the search results stay.
    const matches = await callApi('findRecordByCode', { text }).catch(() => []);
    if (matches.length !== 1) return false;
    navigate(routeOfCodeMatch(matches[0] as CodeMatch));
    return true;
  };
}

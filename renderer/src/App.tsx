import { useEffect } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useApiQuery } from './api/hooks';
import { useAppEvents } from './api/use-app-events';
import { AppLayout } from './shell/AppLayout';

/** Tells end-to-end tests (and nothing else) that the first notebook data arrived. */
function useReadySignal(ready: boolean): void {
  useEffect(() => {
    if (ready) document.documentElement.dataset.cellbookReady = 'true';
  }, [ready]);
}

export function App() {
  useAppEvents();
  const info = useApiQuery('getNotebookInfo', {});
  useReadySignal(info.isSuccess);
  // Hash routing: the app is one document, served from app:// or from the browser-mode host.
  return (
    <Router hook={useHashLocation}>
      <AppLayout />
    </Router>
  );
}

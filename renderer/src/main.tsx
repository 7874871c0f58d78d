import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { browserBridge, takeTokenFromUrl } from './api/bridge-browser';
import { electronBridge } from './api/bridge-electron';
import { setBridge } from './api/client';
import { NotConnected } from './shell/NotConnected';
import { theme } from './theme';
import { NOTICE_PLACEMENT } from './components/notify';

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no retries that would hide an error, no refetch storms on focus.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

function connect(): boolean {
  const electron = electronBridge();
  if (electron) {
    setBridge(electron);
    return true;
  }
  const token = takeTokenFromUrl();
  if (!token) return false;
  setBridge(browserBridge(token));
  return true;
}

const connected = connect();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications {...NOTICE_PLACEMENT} limit={5} />
      <QueryClientProvider client={queryClient}>{connected ? <App /> : <NotConnected />}</QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AuthProvider, meQuery } from './app/auth.tsx';
import { signOutPending } from './app/pending-signout.ts';
import { Root } from './app/Root.tsx';
import { startBundle } from './app/start-bundle.ts';
import { i18nReady } from './i18n/index.ts';
import { registerServiceWorker } from './register-sw.ts';

// "Tháng này" opened directly (a station's page, the app's start on its phone): its data is asked
// for now, beside /api/me, not once Root knows who signed in and the page has run. On a later
// visit the service worker answers both from its caches.
if (window.location.pathname === '/activities' && !signOutPending()) startBundle();

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
// Who is signed in, asked for now rather than once the first render asks (after the translations).
void queryClient.prefetchQuery(meQuery);

void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AuthProvider>
            <Root />
          </AuthProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  ),
);

registerServiceWorker({
  // The worker showed a kept answer and has since fetched a different one: read again.
  onApiUpdated: () => void queryClient.invalidateQueries(),
  // Everything this visit read (the form's lists too, closed or not), now through the worker.
  onControlled: () => void queryClient.refetchQueries({ type: 'all' }),
});

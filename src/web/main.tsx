import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { AuthProvider } from './app/auth.tsx';
import { signOutPending } from './app/pending-signout.ts';
import { startBundle } from './app/start-bundle.ts';
import { i18nReady } from './i18n/index.ts';
import { registerServiceWorker } from './register-sw.ts';

// "Tháng này" opened directly (a station's page, the app's start on its phone): its code and its
// data are asked for now, beside the shell's and /api/me, not once they have run. On a later visit
// the service worker answers all of them from its caches, so they no longer wait on each other.
if (window.location.pathname === '/activities' && !signOutPending()) {
  startBundle();
  void import('./features/activities/MonthPage.tsx');
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AuthProvider>
            <App />
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

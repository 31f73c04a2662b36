import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { AuthProvider } from './app/auth.tsx';
import './i18n/index.ts';
import { registerServiceWorker } from './register-sw.ts';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

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
);

registerServiceWorker({
  // The worker showed a kept answer and has since fetched a different one: read again.
  onApiUpdated: () => void queryClient.invalidateQueries(),
  // Everything this visit read (the form's lists too, closed or not), now through the worker.
  onControlled: () => void queryClient.refetchQueries({ type: 'all' }),
});

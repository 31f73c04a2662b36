import { API_UPDATED, cachesApi } from './sw-caches.ts';

/**
 * Registers the offline app (sw.ts) once the page has loaded and settled, so that its install (the shell's
 * files, mostly already in the HTTP cache) never competes with the first visit's own downloads.
 * The dev server has no sw.js: registering there fails quietly.
 */
export function registerServiceWorker(handlers: { onApiUpdated(): void; onControlled(): void }): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (e) => {
    if (e.data?.type === API_UPDATED) handlers.onApiUpdated();
  });
  // The first visit's reads went past the worker (it was not installed yet): once it takes over
  // they are read again through it, so that the next visit, online or not, has them at once.
  navigator.serviceWorker.addEventListener('controllerchange', () => handlers.onControlled());
  // A few seconds after the load: the page's own data requests (plan, records, the form's lists)
  // go first on a slow link; the install then finds the shell's files in the HTTP cache.
  const register = () =>
    window.setTimeout(() => void navigator.serviceWorker.register('/sw.js').catch(() => {}), 4000);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Drops the API answers the service worker keeps (sign-out, a session that ended). */
export async function dropOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await cachesApi(caches)
    .dropData()
    .catch(() => false);
}

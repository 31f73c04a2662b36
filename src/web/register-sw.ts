import { API_UPDATED, cachesApi } from './sw-caches.ts';

/**
 * Registers the offline app (sw.ts) once the page has loaded, so that its install (the shell's
 * files, mostly already in the HTTP cache) never competes with the first visit's own downloads.
 * The dev server has no sw.js: registering there fails quietly.
 */
export function registerServiceWorker(onApiUpdated: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (e) => {
    if (e.data?.type === API_UPDATED) onApiUpdated();
  });
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => {});
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

// Names of the service worker's own caches, shared by the worker (sw.ts) and the page, which drops
// the data cache on sign-out even when the connection is down and the worker never sees the request.

/** API answers kept for reading offline: one user's data, dropped on sign-out and after writes. */
export const API_CACHE = 'canbang-api';
/** Fingerprinted chunks fetched after install (pages outside the precached shell). */
export const ASSET_CACHE = 'canbang-assets';

/** The worker's message to the pages: a kept API answer was replaced by a different one. */
export const API_UPDATED = 'canbang:api-updated';

export function cachesApi(storage: CacheStorage) {
  return {
    dropData: () => storage.delete(API_CACHE),
    /**
     * Drops every kept answer but who is signed in (/api/me): after a record or a report was saved
     * the data reads are stale, the user is not — and without it the app would not open offline.
     */
    async dropReads(): Promise<void> {
      const cache = await storage.open(API_CACHE);
      for (const req of await cache.keys())
        if (new URL(req.url).pathname !== '/api/me') await cache.delete(req);
    },
  };
}

/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { API_CACHE, API_UPDATED, ASSET_CACHE, cachesApi } from './sw-caches.ts';

// The service worker that lets a commune station open Cân Bằng with a weak or no connection.
// - The shell (index.html and the station's pages: home, "Tháng này", the monthly births, records)
//   is precached at install; a later visit needs no network to start.
// - Any other fingerprinted chunk is kept the first time it is fetched (its name changes with it).
// - API reads answer from the last copy at once and refresh it behind (stale-while-revalidate): the
//   station's plan, records, villages, clubs, facilities and the month's births open offline.
//   Only JSON answers of 200 are kept; files (exports, attachments) never.
// - A write that succeeds (a record, a report) drops every kept API read but who is signed in, so no
//   read after it can show what was there before; a sign-in or sign-out drops them all, so nothing
//   of one user outlives their session.

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin && url.pathname.startsWith('/assets/') && request.method === 'GET',
  new CacheFirst({ cacheName: ASSET_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] }),
);

const jsonOnly = {
  cacheWillUpdate: async ({ response }: { response: Response }) =>
    response.status === 200 && response.headers.get('content-type')?.includes('application/json')
      ? response
      : null,
};

// A kept answer is shown first; when the fresh one turns out different the pages are told, and they
// read again (main.tsx) — now from the fresh copy — so a changed status shows within a round trip.
const announceChanges = {
  cacheDidUpdate: async ({
    request,
    oldResponse,
    newResponse,
  }: {
    request: Request;
    oldResponse?: Response | null;
    newResponse: Response;
  }) => {
    if (!oldResponse) return;
    const [before, after] = await Promise.all([oldResponse.clone().text(), newResponse.clone().text()]);
    if (before === after) return;
    for (const client of await self.clients.matchAll({ type: 'window' }))
      client.postMessage({ type: API_UPDATED, url: request.url });
  },
};

// What a station's pages read: who is signed in, their deadlines and "Tháng này"'s start (bundle), plans and their progress,
// activity records, the units (villages) and organisations, clubs, facilities, the monthly births,
// the reports (a draft is written offline too).
// Nothing else is kept (exports, maps, estimates, admin lists): those always ask the server.
const STATION_READS =
  /^\/api\/(me(\/(deadlines|bundle))?|plans(\/[^/]+(\/(progress|reports))?)?|reports(\/[^/]+)?|activity-records(\/[^/]+)?|admin-units(\/[^/]+)?|organisations|clubs|facilities|births\/monthly)$/;

registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin && STATION_READS.test(url.pathname) && request.method === 'GET',
  // Network first: a reviewer online must see a report's status as it is now, not as it was at the
  // last visit (a kept answer shown first let a province officer see "Bị trả lại" after the station
  // had resubmitted). With no connection, or none within 4 s on a weak link, the kept copy answers.
  new NetworkFirst({ cacheName: API_CACHE, networkTimeoutSeconds: 4, plugins: [jsonOnly, announceChanges] }),
);

// Writes go to the network as they are; once one has been accepted the kept reads are dropped.
for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const)
  registerRoute(
    ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/'),
    async ({ request, url }) => {
      const response = await fetch(request);
      // Signing in or out changes who reads: nothing is kept. Any other write: who is signed in stays.
      if (response.status === 401 || (response.ok && url.pathname.startsWith('/api/auth/')))
        await cachesApi(self.caches).dropData();
      else if (response.ok) await cachesApi(self.caches).dropReads();
      return response;
    },
    method,
  );

import type { MeBundleDto } from '../../shared/contracts/me-bundle.ts';
import { get } from './api.ts';

// "Tháng này" reads its start in one answer, GET /api/me/bundle (asked for by index.html together
// with the page, see server/http/web-app.ts), instead of a chain of requests each waiting for the
// one before. Each query of the page still has its own key and reader; its reader first looks in
// the bundle for its own piece — the exact plan, month and commune it asks for — and only goes to
// its route when the bundle lacks it. A piece serves once: a later read (after a save) asks afresh.

let bundle: Promise<MeBundleDto | null> | null = null;
const used = new Set<string>();

/** Asks for the bundle (once per page load): "Tháng này" calls it as it opens. */
export function startBundle(): void {
  bundle ??= get<MeBundleDto>('/api/me/bundle').catch(() => null);
}

/** Forgets the bundle: another user signs in on this page. */
export function forgetBundle(): void {
  bundle = null;
  used.clear();
}

/**
 * The piece `key` of the bundle when the page asked for one and `pick` finds in it what the query
 * wants (undefined: not in it), else `read()` — the query's own route.
 */
export async function fromBundle<T>(
  key: string,
  pick: (b: MeBundleDto) => T | undefined,
  read: () => Promise<T>,
): Promise<T> {
  if (bundle && !used.has(key)) {
    const b = await bundle;
    const piece = b ? pick(b) : undefined;
    if (piece !== undefined) {
      used.add(key);
      return piece;
    }
  }
  return read();
}

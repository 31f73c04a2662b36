import { get, post, setCsrfToken } from './api.ts';

// Signing out with no connection cannot reach the server: the session cookie (httpOnly, out of the
// page's reach) would still open the app for whoever picks up the phone once the line returns. So
// the sign-out is remembered here and the app treats the user as signed out until it has ended
// the session on the server: at the next start and when the connection comes back.

const KEY = 'canbang.signOutPending';

export function rememberSignOut(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // storage blocked: the sign-out is tried again only while this page stays open
  }
  pendingHere = true;
}

let pendingHere = false;
export function signOutPending(): boolean {
  try {
    return pendingHere || localStorage.getItem(KEY) === '1';
  } catch {
    return pendingHere;
  }
}

function forget() {
  pendingHere = false;
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}

/**
 * Ends on the server the session a sign-out left open (the CSRF token comes from /api/me). True
 * once done — or when there was no session left to end (401) — false while the server is out of reach.
 */
export async function finishSignOut(): Promise<boolean> {
  try {
    const me = await get<{ csrfToken: string }>('/api/me');
    setCsrfToken(me.csrfToken);
    await post('/api/auth/logout');
    setCsrfToken('');
  } catch (err) {
    if ((err as { status?: number }).status !== 401) return false;
  }
  forget();
  return true;
}

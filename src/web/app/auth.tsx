import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import type { MeDto } from '../../shared/contracts/auth.ts';
import { DASHBOARD_ROLES } from '../../shared/contracts/dashboard.ts';
import { dropUserOutbox } from '../features/activities/outbox-db.ts';
import { dropOfflineData } from '../register-sw.ts';
import { ApiError, get, onSessionLost, post, setCsrfToken } from './api.ts';
import { finishSignOut, rememberSignOut, signOutPending } from './pending-signout.ts';
import { forgetBundle } from './start-bundle.ts';

interface AuthState {
  me: MeDto | null;
  loading: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Who is signed in (null: nobody): read by AuthProvider, and asked for by main.tsx before React starts. */
export const meQuery = {
  queryKey: ['me'],
  queryFn: async () => {
    // A sign-out made offline: signed out here, whatever the session cookie still opens.
    if (signOutPending()) {
      await finishSignOut();
      return null;
    }
    try {
      const me = await get<MeDto>('/api/me');
      setCsrfToken(me.csrfToken);
      return me;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  staleTime: 5 * 60_000,
};

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { data, isLoading } = useQuery(meQuery);
  // A session that ends while a page is open (expiry, password reset) brings back the sign-in page.
  useEffect(() => {
    onSessionLost(() => {
      setCsrfToken('');
      void dropOfflineData();
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      client.setQueryData(['me'], null);
    });
    // The connection is back: end the session a sign-out made offline left open on the server — on
    // the `online` event and, as a line can return without one (or the first try meet it half up),
    // every few seconds while one is pending.
    const finish = () => void (navigator.onLine && signOutPending() && finishSignOut());
    window.addEventListener('online', finish);
    const timer = window.setInterval(finish, 10_000);
    return () => {
      window.removeEventListener('online', finish);
      window.clearInterval(timer);
    };
  }, [client]);
  const state: AuthState = {
    me: data ?? null,
    loading: isLoading,
    async signIn(username, password) {
      if (signOutPending()) await finishSignOut();
      const me = await post<MeDto>('/api/auth/login', { username, password });
      setCsrfToken(me.csrfToken);
      // Nothing cached for a previous user may show to this one.
      forgetBundle();
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      client.setQueryData(['me'], me);
    },
    async signOut() {
      // Out of reach (offline, server down): remembered, and ended as soon as the server answers.
      const ended = await post('/api/auth/logout').then(
        () => true,
        (err) => err instanceof ApiError && err.status === 401,
      );
      if (!ended) rememberSignOut();
      setCsrfToken('');
      forgetBundle();
      // The service worker's copies of this user's data go too, even when the sign-out request
      // could not reach the server (offline): the next person on this phone must not read them.
      // So do the records they queued and never got onto the server (Shell asks first).
      await Promise.all([dropOfflineData(), data && dropUserOutbox(data.id).catch(() => {})]);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      client.setQueryData(['me'], null);
    },
  };
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export function useMe(): MeDto {
  const { me } = useAuth();
  if (!me) throw new Error('useMe on a signed-out page');
  return me;
}

/** A Trạm Y tế: its pages open on its own forms, phone-first. */
export const isStation = (me: MeDto) => me.unitLevel === 'commune';
export const isManager = (me: MeDto) => me.role === 'admin' || me.role === 'province_officer';
/** Cục Dân số and the system administrator: the national page over every province. */
export const seesNational = (me: MeDto) => me.role === 'admin' || me.role === 'national_reader';
export const seesDashboard = (me: MeDto) => (DASHBOARD_ROLES as readonly string[]).includes(me.role);

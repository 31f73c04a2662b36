import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import type { MeDto } from '../../shared/contracts/auth.ts';
import { DASHBOARD_ROLES } from '../../shared/contracts/dashboard.ts';
import { dropUserOutbox } from '../features/activities/outbox-db.ts';
import { dropOfflineData } from '../register-sw.ts';
import { ApiError, get, onSessionLost, post, setCsrfToken } from './api.ts';

interface AuthState {
  me: MeDto | null;
  loading: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { data, isLoading } = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
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
  });
  // A session that ends while a page is open (expiry, password reset) brings back the sign-in page.
  useEffect(() => {
    onSessionLost(() => {
      setCsrfToken('');
      void dropOfflineData();
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      client.setQueryData(['me'], null);
    });
  }, [client]);
  const state: AuthState = {
    me: data ?? null,
    loading: isLoading,
    async signIn(username, password) {
      const me = await post<MeDto>('/api/auth/login', { username, password });
      setCsrfToken(me.csrfToken);
      // Nothing cached for a previous user may show to this one.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      client.setQueryData(['me'], me);
    },
    async signOut() {
      await post('/api/auth/logout').catch(() => {});
      setCsrfToken('');
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
export const seesDashboard = (me: MeDto) => (DASHBOARD_ROLES as readonly string[]).includes(me.role);

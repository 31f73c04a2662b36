import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import type { MeDto } from '../../shared/contracts/auth.ts';
// Part of the entry, not a chunk of its own: index.html names all of it, so a phone fetches the
// station's page in one wave with React (its own lazy chunk waited for the entry to run, then its
// imports for it: three waves, 0.4 s on a later visit). Everyone else downloads ~25 KB more.
import MonthPage from '../features/activities/MonthPage.tsx';
import { useAuth } from './auth.tsx';
import { StationShell } from './StationShell.tsx';

// Everything but the station's own page: antd, the Shell, the routes (App.tsx), loaded after this.
const App = lazy(() => import('./App.tsx').then((m) => ({ default: m.App })));

/** A commune's own staff: they record for their commune (the record form chooses it for them). */
export const isStation = (me: MeDto) => me.role === 'reporter' && !!me.unitId;

/** The page shown while the user is being read: the app's colour, nothing to download. */
function Splash() {
  return <div style={{ height: 64, background: '#0b6e4f' }} />;
}

/**
 * What the app shows first. A commune station on "Tháng này", the page it opens on its phone in the
 * field, gets it drawn with plain elements (StationShell, MonthPage, the record form): a first
 * visit over weak 3G then loads React and the page, not antd's 150 KB (issue 16). Anyone else, and
 * every other page, gets the whole app.
 */
export function Root() {
  const { me, loading } = useAuth();
  const { pathname } = useLocation();
  if (pathname === '/activities') {
    if (loading) return <Splash />;
    if (me && !me.mustChangePassword && isStation(me))
      return (
        <StationShell>
          <MonthPage />
        </StationShell>
      );
  }
  return (
    <Suspense fallback={<Splash />}>
      <App />
    </Suspense>
  );
}

import { lazy } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { isStation, useMe } from '../../app/auth.tsx';

const SrbOverviewPage = lazy(() => import('./SrbOverviewPage.tsx'));

/**
 * "Sinh – Tỷ số giới tính" opens where each user works: a commune station on its monthly births
 * form (its main job here, and no map or charts to download on a phone), everyone else on the
 * map. The station still reaches the map through its tab (`?view=map`).
 */
export default function SrbHome() {
  const me = useMe();
  const [params] = useSearchParams();
  if (isStation(me) && params.get('view') !== 'map') return <Navigate to="/births-srb/monthly" replace />;
  return <SrbOverviewPage />;
}

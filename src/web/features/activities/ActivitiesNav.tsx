import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LiteButton } from '../../components/lite.tsx';

const PAGES = [
  ['month', '/activities'],
  ['progress', '/activities/progress'],
  ['records', '/activities/records'],
  ['denominators', '/activities/denominators'],
] as const;

/** The four pages of the activities feature, as buttons that wrap onto two lines on a phone. */
export function ActivitiesNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = [...PAGES].reverse().find(([, path]) => pathname.startsWith(path))?.[1] ?? '/activities';
  return (
    <nav style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 12 }}>
      {PAGES.map(([key, path]) => (
        <LiteButton
          key={key}
          small
          kind={path === current ? 'primary' : 'default'}
          onClick={() => navigate(path)}
          data-testid={`activities-nav-${key}`}
        >
          {t(`activities.nav.${key}`)}
        </LiteButton>
      ))}
    </nav>
  );
}

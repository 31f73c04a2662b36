import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';

const TITLE_KEYS = {
  activities: 'nav.activities',
  'births-srb': 'nav.birthsSrb',
  facilities: 'nav.facilities',
  reports: 'nav.reports',
} as const;

/** The navigation is ready for these features; each page says plainly that it is not built yet. */
export default function PlaceholderPage({ feature }: { feature: keyof typeof TITLE_KEYS }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(TITLE_KEYS[feature])} />
      <Empty description={t('placeholder.building')} style={{ marginTop: 64 }} />
    </>
  );
}

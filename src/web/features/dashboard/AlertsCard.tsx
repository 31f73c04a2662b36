import { ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardAlert } from '../../../shared/contracts/dashboard.ts';
import { ItemList, ItemRow } from '../../components/ItemList.tsx';
import { localText } from '../../i18n/format.ts';

const SHOWN = 6;
const ICON = {
  error: <ExclamationCircleFilled style={{ color: '#cf1322' }} />,
  warning: <WarningFilled style={{ color: '#d48806' }} />,
};

/** The alerts, the ones to act on now first; a long list opens on demand. */
export function AlertsCard({ alerts }: { alerts: DashboardAlert[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const sorted = [...alerts].sort((a, b) => Number(a.level === 'warning') - Number(b.level === 'warning'));
  const shown = all ? sorted : sorted.slice(0, SHOWN);
  return (
    <Card size="small" title={t('dashboard.alerts.title')} data-testid="dashboard-alerts">
      <ItemList
        items={shown}
        rowKey={(a) => `${a.kind}:${a.text}`}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.alerts.none')} />}
        renderItem={(a) => (
          <ItemRow
            title={
              <span style={{ display: 'flex', gap: 8, alignItems: 'baseline', fontWeight: 'normal' }}>
                {ICON[a.level]}
                <span data-kind={a.kind}>{localText(a)}</span>
              </span>
            }
            extra={a.link && <Link to={a.link}>{t('dashboard.alerts.open')}</Link>}
          />
        )}
      />
      {sorted.length > SHOWN && (
        <Button type="link" onClick={() => setAll(!all)} style={{ paddingInline: 0 }}>
          {all ? t('dashboard.alerts.less') : t('dashboard.alerts.more', { count: sorted.length - SHOWN })}
        </Button>
      )}
    </Card>
  );
}

import { Card, Empty, Spin, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { LeadersDashboardDto } from '../../../shared/contracts/dashboard.ts';
import { formatNumber } from '../../i18n/format.ts';
import { areaPath, useSrbEstimates } from '../births-srb/api.ts';
import { MapPanel } from '../births-srb/map/MapPanel.tsx';
import { SimulatedBanner } from '../births-srb/SrbHeader.tsx';
import { fmtPeriod, fmtSrb } from '../births-srb/srb-format.ts';

/** The communes' map for the dashboard's window and year: the SRB overview's view, one click away. */
export function SrbMapCard({ d }: { d: LeadersDashboardDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const s = d.srb;
  const view = useMemo(
    () => ({ level: 'commune' as const, window: s?.window ?? 3, year: s?.endYear }),
    [s?.window, s?.endYear],
  );
  const estimates = useSrbEstimates(view);
  const areas = useMemo(
    () => estimates.data?.areas.filter((a) => a.level === 'area') ?? [],
    [estimates.data],
  );
  const open = useCallback((code: string) => navigate(areaPath(code, view.window)), [navigate, view.window]);
  if (!s)
    return (
      <Card size="small" title={t('dashboard.srb.title', { period: '' })}>
        <Empty description={t('dashboard.srb.noData')} />
      </Card>
    );
  return (
    <Card
      size="small"
      title={t('dashboard.srb.title', { period: fmtPeriod(s.period) })}
      extra={<Link to={`/births-srb?window=${s.window}&year=${s.endYear}`}>{t('dashboard.srb.open')}</Link>}
      data-testid="dashboard-srb"
    >
      <SimulatedBanner simulated={s.simulated} />
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Text strong>
          {t('dashboard.srb.province', {
            est: fmtSrb(s.estimate),
            lo: fmtSrb(s.lo),
            hi: fmtSrb(s.hi),
            births: formatNumber(s.births),
          })}
        </Typography.Text>
        <br />
        <Typography.Text type={s.imbalancedCommunes ? 'danger' : 'secondary'}>
          {t('dashboard.srb.flagged', { imbalanced: s.imbalancedCommunes, watch: s.watchCommunes })}
        </Typography.Text>
      </Typography.Paragraph>
      {estimates.data ? (
        <MapPanel e={estimates.data} areas={areas} colorBy="est" onOpen={open} />
      ) : (
        <Spin style={{ display: 'block', margin: 48 }} />
      )}
    </Card>
  );
}

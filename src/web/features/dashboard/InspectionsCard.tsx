import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadersDashboardDto } from '../../../shared/contracts/dashboard.ts';
import { formatMoney, formatNumber } from '../../i18n/format.ts';
import { DashboardCard } from './DashboardCard.tsx';
import { RateFigure } from './RateFigure.tsx';

export function InspectionsCard({ d }: { d: LeadersDashboardDto }) {
  const { t } = useTranslation();
  const i = d.inspections;
  return (
    <DashboardCard
      title={t('dashboard.inspections.title', { year: d.plan.year })}
      link={{ to: '/facilities?tab=figures', text: t('dashboard.inspections.link') }}
      testId="dashboard-inspections"
    >
      <div style={{ display: 'flex', justifyContent: 'space-around', flexWrap: 'wrap', gap: 8 }}>
        <RateFigure
          label={t('dashboard.inspections.rate')}
          rate={i.rate}
          caption={t('dashboard.inspections.done', { done: i.done, planned: i.planned })}
        />
        <RateFigure
          label={t('dashboard.inspections.commitments')}
          rate={i.commitmentRate}
          caption={t('dashboard.inspections.gaps', { count: i.commitmentGaps })}
        />
      </div>
      <Row gutter={8} style={{ marginTop: 12 }}>
        <Col span={8}>
          <Statistic
            title={t('dashboard.inspections.violations')}
            value={i.violations}
            formatter={(v) => formatNumber(Number(v))}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('dashboard.inspections.open')}
            value={i.openViolations}
            formatter={(v) => formatNumber(Number(v))}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('dashboard.inspections.fines')}
            value={i.fines}
            formatter={(v) => formatMoney(Number(v))}
            styles={{ content: { fontSize: 16 } }}
          />
        </Col>
      </Row>
    </DashboardCard>
  );
}

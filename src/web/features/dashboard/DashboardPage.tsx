import { Alert, Col, Form, Row, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useIssuedPlans } from '../activities/api.ts';
import { planLabel } from '../activities/plan-choice.ts';
import { usePlanDuty } from '../reports/api.ts';
import { periodOptions } from '../reports/periods.ts';
import { AlertsCard } from './AlertsCard.tsx';
import { useDashboard } from './api.ts';
import { BudgetCard } from './BudgetCard.tsx';
import { InspectionsCard } from './InspectionsCard.tsx';
import './messages.ts';
import { ProgressCard } from './ProgressCard.tsx';
import { ReportsCard } from './ReportsCard.tsx';
import { SrbMapCard } from './SrbMapCard.tsx';

/**
 * /dashboard — the leaders' view of one plan (?year=&plan=&period=): what needs attention first,
 * then progress, reports, budget, inspections and the communes' sex ratio at birth. Every card
 * links to the page that holds its details.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const asked = Number(params.get('year'));
  const year = asked >= thisYear - 10 && asked <= thisYear + 1 ? asked : thisYear;
  const plans = useIssuedPlans(year);
  const planId = params.get('plan') ?? plans.data?.[0]?.id;
  const period = Number(params.get('period')) || 1;
  const duty = usePlanDuty(planId);
  const periods = periodOptions(duty.data, year);
  const dashboard = useDashboard(planId, period);
  const d = dashboard.data;
  const choose = (next: Record<string, string | number>) =>
    setParams({
      year: String(year),
      ...(planId ? { plan: planId } : {}),
      period: String(period),
      ...next,
    } as Record<string, string>);

  return (
    <div style={{ maxWidth: 1400 }} data-testid="dashboard-page">
      <PageHeader title={t('dashboard.title')} />
      <Form layout="vertical" style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <Form.Item label={t('dashboard.year')} style={{ flex: '0 0 110px', marginBottom: 8 }}>
          <Select
            value={year}
            onChange={(y) => setParams({ year: String(y) })}
            options={Array.from({ length: 8 }, (_, i) => ({
              value: thisYear + 1 - i,
              label: String(thisYear + 1 - i),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('dashboard.plan')} style={{ flex: '1 1 320px', minWidth: 0, marginBottom: 8 }}>
          <Select
            data-testid="dashboard-plan"
            value={planId}
            loading={plans.isLoading}
            onChange={(v) => choose({ plan: v, period: '1' })}
            showSearch={{ optionFilterProp: 'label' }}
            options={plans.data?.map((p) => ({ value: p.id, label: planLabel(p) }))}
          />
        </Form.Item>
        {periods.length > 1 && (
          <Form.Item label={t('dashboard.period')} style={{ flex: '0 1 200px', marginBottom: 8 }}>
            <Select value={period} onChange={(v) => choose({ period: String(v) })} options={periods} />
          </Form.Item>
        )}
      </Form>
      <ErrorAlert error={plans.error ?? dashboard.error} />
      {plans.data && plans.data.length === 0 && <Alert type="info" title={t('dashboard.noPlan', { year })} />}
      {dashboard.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {d && (
        <div style={{ opacity: dashboard.isFetching ? 0.7 : 1, transition: 'opacity 0.2s' }}>
          <Typography.Paragraph type="secondary">
            {t('dashboard.subtitle', { date: formatDate(d.asOf) })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {/* What needs attention comes first at every width, above the fold on a desktop too
                (issue 18: below the map it was out of sight at 1366×900). */}
            <Col xs={24}>
              <AlertsCard alerts={d.alerts} />
            </Col>
            <Col xs={24} md={12} xxl={6}>
              <ProgressCard d={d} />
            </Col>
            <Col xs={24} md={12} xxl={6}>
              <ReportsCard d={d} period={period} />
            </Col>
            <Col xs={24} md={12} xxl={6}>
              <BudgetCard d={d} />
            </Col>
            <Col xs={24} md={12} xxl={6}>
              <InspectionsCard d={d} />
            </Col>
            <Col xs={24}>
              <SrbMapCard d={d} />
            </Col>
          </Row>
        </div>
      )}
    </div>
  );
}

import { Alert, Form, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useIssuedPlans } from '../activities/api.ts';
import { planLabel } from '../activities/plan-choice.ts';
import { PeriodYearSelect } from '../plans/PeriodYearSelect.tsx';
import { useCompleteness, usePlanDuty } from './api.ts';
import { CompletenessView } from './CompletenessView.tsx';
import { ConsolidatedView } from './ConsolidatedView.tsx';
import './messages.ts';
import { MyReportCard } from './MyReportCard.tsx';
import { periodOptions } from './periods.ts';
import { ReportingSummaryView } from './ReportingSummaryView.tsx';

/** Who may read the province's consolidated report (its route's roles). */
const CONSOLIDATORS: string[] = ['admin', 'province_officer', 'leader'];

/**
 * The reports of a plan's period (?plan=&period=, the home page's deadline links): the unit's own
 * report to open, and for those who receive reports, who has reported and who not.
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(todayInVietnam().slice(0, 4));
  const plans = useIssuedPlans(year);
  const planId = params.get('plan') ?? plans.data?.[0]?.id;
  const period = Number(params.get('period')) || 1;
  const wantedYear = Number(params.get('year')) || undefined;
  const plan = plans.data?.find((p) => p.id === planId);
  const duty = usePlanDuty(planId);
  const completeness = useCompleteness(duty.data?.deadline ? planId : undefined, period, wantedYear);
  const data = completeness.data;
  const periods = periodOptions(duty.data, data?.period.year ?? wantedYear ?? year);
  const mine = data?.rows.find((r) => r.organisationId === me.organisationId);
  const receiver = me.role !== 'reporter' || (data?.rows.length ?? 0) > 1;

  const choose = (next: { plan?: string; period?: number; year?: number }) =>
    setParams({
      plan: next.plan ?? planId ?? '',
      period: String(next.period ?? period),
      ...(next.plan ? {} : (next.year ?? wantedYear) ? { year: String(next.year ?? wantedYear) } : {}),
    });

  return (
    <div style={{ maxWidth: 1100 }} data-testid="reports-page">
      <PageHeader title={t('reports.title')} />
      <ErrorAlert error={plans.error ?? duty.error ?? completeness.error} />
      {plans.data && plans.data.length === 0 && <Alert type="info" title={t('reports.noPlan', { year })} />}
      <Form layout="vertical" style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <Form.Item label={t('reports.plan')} style={{ flex: '1 1 320px', minWidth: 0, marginBottom: 8 }}>
          <Select
            data-testid="report-plan"
            value={planId}
            loading={plans.isLoading}
            onChange={(v) => choose({ plan: v, period: 1 })}
            showSearch={{ optionFilterProp: 'label' }}
            options={plans.data?.map((p) => ({ value: p.id, label: planLabel(p) }))}
          />
        </Form.Item>
        {(data?.years.length ?? 0) > 1 && (
          <Form.Item label={t('plans.periodYear')} style={{ flex: '0 1 160px', marginBottom: 8 }}>
            <PeriodYearSelect
              years={data?.years}
              value={data?.period.year}
              onChange={(y) => choose({ year: y })}
            />
          </Form.Item>
        )}
        {periods.length > 1 && (
          <Form.Item label={t('reports.period')} style={{ flex: '0 1 220px', marginBottom: 8 }}>
            <Select
              data-testid="report-period"
              value={period}
              onChange={(v) => choose({ period: v })}
              options={periods}
            />
          </Form.Item>
        )}
      </Form>
      {duty.data === null && <Alert type="info" showIcon title={t('reports.noDuty')} />}
      {duty.data?.deadline && (
        <Typography.Paragraph type="secondary" data-testid="report-duty">
          {t('reports.duty', {
            kind: t(`reports.dutyKinds.${duty.data.period ?? 'year'}`),
            to: duty.data.toName ?? plan?.organisationName ?? '',
            through: duty.data.throughName ? t('reports.dutyThrough', { name: duty.data.throughName }) : '',
            date: formatDate(duty.data.deadline),
          })}
        </Typography.Paragraph>
      )}
      {(duty.isLoading || completeness.isLoading) && <Skeleton active />}
      {data && mine && planId && <MyReportCard row={mine} planId={planId} period={data.period} />}
      {data && !mine && !receiver && <Alert type="info" showIcon title={t('reports.mine.notExpected')} />}
      {data && receiver && <CompletenessView data={data} />}
      {data && receiver && planId && <ReportingSummaryView planId={planId} />}
      {data && planId && plan && !plan.parentPlanId && CONSOLIDATORS.includes(me.role) && (
        <ConsolidatedView planId={planId} period={period} year={data.period.year} />
      )}
    </div>
  );
}

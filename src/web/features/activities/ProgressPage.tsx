import { Card, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { MoneyReconciliation } from '../../components/MoneyReconciliation.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../i18n/format.ts';
import { PeriodYearSelect } from '../plans/PeriodYearSelect.tsx';
import { ActivitiesNav } from './ActivitiesNav.tsx';
import { useIssuedPlans, useProgress } from './api.ts';
import './messages.ts';
import { PlanSelect } from './PlanSelect.tsx';
import { ProgressTable } from './ProgressTable.tsx';
import { plansFor } from './plan-choice.ts';
import { TargetsList } from './TargetsCard.tsx';
import { Timeline } from './Timeline.tsx';

/**
 * A plan's progress: planned against done per activity (and per unit below it), a timeline of the
 * planned windows against the recorded dates, and the targets with how they were computed. The
 * plans of the year the user can see are offered, their own first (the province plan for the province).
 */
export default function ProgressPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { planId } = useParams();
  const year = Number(todayInVietnam().slice(0, 4));
  const plans = useIssuedPlans(year);
  const offered = useMemo(() => plansFor(me, plans.data ?? []), [me, plans.data]);
  useEffect(() => {
    if (!planId && offered[0]) navigate(`/activities/progress/${offered[0].id}`, { replace: true });
  }, [planId, offered, navigate]);
  // The year picked for this plan (another plan opens on its own default year).
  const [picked, setPicked] = useState<{ plan?: string; year?: number }>({});
  const wantedYear = picked.plan === planId ? picked.year : undefined;
  const setWantedYear = (year: number) => setPicked({ plan: planId, year });
  const progress = useProgress(planId, wantedYear);
  const data = progress.data;

  return (
    <div data-testid="activities-progress">
      <ActivitiesNav />
      <PageHeader title={t('activities.progress.title')} />
      {offered.length > 1 && (
        <div style={{ marginBottom: 12 }}>
          <PlanSelect
            plans={offered}
            value={planId}
            onChange={(id) => id && navigate(`/activities/progress/${id}`)}
          />
        </div>
      )}
      <ErrorAlert error={plans.error ?? progress.error} />
      {progress.isLoading && <Skeleton active />}
      {data && (
        <>
          <Typography.Paragraph type="secondary" data-testid="progress-asof">
            {t('activities.progress.asOf', { date: formatDate(data.asOf) })}
          </Typography.Paragraph>
          <div style={{ marginBottom: 12 }}>
            <PeriodYearSelect years={data.years} value={data.year} onChange={setWantedYear} />
          </div>
          <Card
            size="small"
            title={t('activities.progress.activity')}
            style={{ marginBottom: 16 }}
            styles={{ body: { padding: 0 } }}
          >
            <ProgressTable rows={data.activities} />
          </Card>
          <Card size="small" title={t('activities.progress.moneyTitle')} style={{ marginBottom: 16 }}>
            <MoneyReconciliation
              detailed={data.detailedBudget}
              allocated={data.money.allocated}
              byVouchers={data.money.byVouchers}
              byRecords={data.money.byRecords}
            />
          </Card>
          <Card size="small" title={t('activities.progress.timeline')} style={{ marginBottom: 16 }}>
            <Timeline rows={data.activities} year={data.year} asOf={data.asOf} />
          </Card>
          <Card size="small" title={t('activities.progress.targets')} style={{ marginBottom: 16 }}>
            <TargetsList targets={data.targets} />
          </Card>
        </>
      )}
    </div>
  );
}

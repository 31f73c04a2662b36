import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isManager, useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { locale } from '../../i18n/format.ts';
import '../activities/messages.ts';
import { MoneyReconciliation } from '../../components/MoneyReconciliation.tsx';
import { PlanSelect } from '../activities/PlanSelect.tsx';
import { plansFor } from '../activities/plan-choice.ts';
import { PeriodYearSelect } from '../plans/PeriodYearSelect.tsx';
import { AllocationsCard } from './AllocationsCard.tsx';
import { useAllocations, useBudget, useBudgetPlans, useExpenditures } from './api.ts';
import { BudgetFigures } from './BudgetFigures.tsx';
import { ActivityTable, ExpenditureTable, SourceTable, UnitTable } from './BudgetTables.tsx';
import { ExpenditureDrawer } from './ExpenditureDrawer.tsx';
import './messages.ts';
import { SourceChart } from './SourceChart.tsx';

const RECORDERS = ['admin', 'province_officer', 'reporter'];
const card = { size: 'small' as const, style: { marginBottom: 16 } };
const flush = { ...card, styles: { body: { padding: 0 } } };

/**
 * A plan's budget in execution (/budget/:planId): totals with the amount spent in words, allocated
 * against spent by source (chart and table, with the legal basis), by activity and by unit with
 * their rates and what passed its allocation, the province's division of each line among units,
 * and the vouchers recorded, with a drawer to record one.
 */
export default function BudgetPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { planId } = useParams();
  const plans = useBudgetPlans();
  const offered = useMemo(() => plansFor(me, plans.data ?? []), [me, plans.data]);
  useEffect(() => {
    if (!planId && offered[0]) navigate(`/budget/${offered[0].id}`, { replace: true });
  }, [planId, offered, navigate]);
  // The year picked for this plan (another plan opens on its own default year).
  const [picked, setPicked] = useState<{ plan?: string; year?: number }>({});
  const wantedYear = picked.plan === planId ? picked.year : undefined;
  const setWantedYear = (year: number) => setPicked({ plan: planId, year });
  const budget = useBudget(planId, wantedYear);
  const allocations = useAllocations(planId);
  const expenditures = useExpenditures(planId);
  const [recording, setRecording] = useState(false);
  const b = budget.data;
  const lines = allocations.data?.lines ?? [];
  const moved = b?.bySource.some((s) => s.allocated > 0 || s.spent > 0);

  return (
    <div data-testid="budget-page" style={{ maxWidth: 1200 }}>
      <PageHeader
        title={t('budget.title')}
        extra={
          RECORDERS.includes(me.role) &&
          b &&
          allocations.data && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="expenditure-record"
            >
              {t('budget.expenditures.record')}
            </Button>
          )
        }
      />
      {offered.length > 1 && (
        <div style={{ marginBottom: 12 }}>
          <PlanSelect plans={offered} value={planId} onChange={(id) => id && navigate(`/budget/${id}`)} />
          <PeriodYearSelect years={budget.data?.years} value={budget.data?.year} onChange={setWantedYear} />
        </div>
      )}
      <ErrorAlert error={plans.error ?? budget.error ?? allocations.error ?? expenditures.error} />
      {plans.data && offered.length === 0 && <Alert type="info" showIcon title={t('budget.noPlan')} />}
      {budget.isLoading && <Skeleton active />}
      {b && (
        <>
          <BudgetFigures budget={b} />
          <Card {...card} title={t('budget.reconciliation')}>
            <MoneyReconciliation
              detailed={b.detailed}
              allocated={b.total.allocated}
              byVouchers={b.reconciliation.byVouchers}
              byRecords={b.reconciliation.byRecords}
            />
          </Card>
          {b.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="budget-warnings"
              title={t('budget.warnings')}
              description={(locale() === 'en' ? b.warningsEn : b.warnings).map((w) => <div key={w}>{w}</div>)}
              style={{ marginBottom: 16 }}
            />
          )}
          {!b.reconciles && (
            <Alert type="error" showIcon title={t('budget.notReconciled')} style={{ marginBottom: 16 }} />
          )}
          {allocations.data && lines.length === 0 && (
            <Alert type="info" showIcon title={t('budget.noLines')} style={{ marginBottom: 16 }} />
          )}
          <Card {...card} title={t('budget.bySource')}>
            {moved && <SourceChart sources={b.bySource} />}
            <SourceTable rows={b.bySource} />
          </Card>
          {moved && (
            <Card {...flush} title={t('budget.byActivity')}>
              <ActivityTable rows={b.byActivity} />
            </Card>
          )}
          <Card {...flush} title={t('budget.byUnit')}>
            <UnitTable rows={b.byUnit} />
          </Card>
          {planId && lines.length > 0 && (
            <AllocationsCard planId={planId} lines={lines} canAllocate={isManager(me)} />
          )}
          <Card {...flush} title={t('budget.expenditures.title')}>
            <ExpenditureTable items={expenditures.data ?? []} budget={b} />
          </Card>
        </>
      )}
      {recording && b && planId && (
        <ExpenditureDrawer
          planId={planId}
          year={b.year}
          budget={b}
          lines={lines}
          onClose={() => setRecording(false)}
        />
      )}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { useMe } from '../../app/auth.tsx';
import { startBundle } from '../../app/start-bundle.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Notice, SECONDARY } from '../../components/lite.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { monthLabel } from '../../i18n/format.ts';
import { ActivitiesNav } from './ActivitiesNav.tsx';
import { ActivityCard } from './ActivityCard.tsx';
import { numberedActivities, useIssuedPlans, usePlanContent, useRecords } from './api.ts';
import './messages.ts';
import { type ChosenActivity, NewRecordDrawer } from './NewRecordDrawer.tsx';
import { OutboxNotice } from './OutboxNotice.tsx';
import { PlanSelect } from './PlanSelect.tsx';
import { plansFor } from './plan-choice.ts';
import { draftStore, valuesOfInput } from './record-values.ts';
import { useOutbox } from './useOutbox.ts';

/** The month's window: first and last day. */
function monthWindow(today: string) {
  const [y, m] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    year: y,
    month: m,
    from: `${today.slice(0, 7)}-01`,
    to: `${today.slice(0, 7)}-${String(last).padStart(2, '0')}`,
  };
}

/**
 * "Tháng này": the quickest way for a commune to say what it did. The activities of its issued plan
 * for the year, each with how often it was recorded this month; a tap opens the record form for
 * that kind of activity. Records saved offline wait in the outbox, shown at the top.
 */
export default function MonthPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const today = todayInVietnam();
  const win = monthWindow(today);
  const [params, setParams] = useSearchParams();
  // Plans, the plan, the month's records and the form's lists come in one answer (GET /api/me/bundle).
  startBundle();
  const plans = useIssuedPlans(win.year);
  const offered = useMemo(() => plansFor(me, plans.data ?? []), [me, plans.data]);
  const planId = params.get('plan') ?? offered[0]?.id;
  const plan = usePlanContent(planId);
  const records = useRecords({ planId, from: win.from, to: win.to }, !!planId);
  const outbox = useOutbox();
  const [chosen, setChosen] = useState<ChosenActivity | null>(null);
  const list = useMemo(
    () => (plan.data ? numberedActivities(plan.data.content.activities) : []),
    [plan.data],
  );
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    // A commune's record counts under its own activity and under the province activity it inherits from.
    for (const r of records.data ?? [])
      for (const key of new Set([r.activityId, r.rootActivityId])) c.set(key, (c.get(key) ?? 0) + 1);
    return c;
  }, [records.data]);
  const monthName =
    i18n.language === 'en'
      ? `${String(win.month).padStart(2, '0')}/${win.year}`
      : monthLabel(win.year, win.month);

  return (
    <div style={{ maxWidth: 900 }} data-testid="activities-month">
      <ActivitiesNav />
      <PageHeader title={t('activities.month.title', { month: monthName })} />
      <OutboxNotice
        outbox={outbox}
        onOpenReturned={(e) => {
          const input = e.input as Parameters<typeof valuesOfInput>[0];
          draftStore(window.localStorage, me.id).write(input.planId, input.activityId, {
            values: valuesOfInput(input),
            clientKey: e.clientKey,
            message: e.message,
            issues: e.issues,
          });
          outbox.dismiss(e.clientKey);
          if (input.planId !== planId) setParams({ plan: input.planId });
          const found = list.find((a) => a.activity.id === input.activityId);
          if (found) setChosen(found);
        }}
      />
      <ErrorAlert error={plans.error ?? plan.error} />
      {offered.length > 1 && (
        <div style={{ marginBottom: 12 }}>
          <PlanSelect plans={offered} value={planId} onChange={(id) => id && setParams({ plan: id })} />
        </div>
      )}
      {plans.isSuccess && !offered.length && (
        <Notice type="info" title={t('activities.noPlan', { year: win.year })} />
      )}
      {plan.isLoading && <p style={{ color: SECONDARY }}>{t('common.loading')}</p>}
      {plan.data && (
        <>
          <p style={{ color: SECONDARY }}>{t('activities.month.hint')}</p>
          {!list.length && <p style={{ color: SECONDARY, textAlign: 'center' }}>{t('common.empty')}</p>}
          {list.map(({ number, activity: a, depth }) => (
            <ActivityCard
              key={a.id}
              number={number}
              activity={a}
              depth={depth}
              count={counts.get(a.id) ?? 0}
              onOpen={() => setChosen({ number, activity: a })}
            />
          ))}
          {chosen && (
            <NewRecordDrawer
              plan={plan.data}
              chosen={chosen}
              outbox={outbox}
              onClose={() => setChosen(null)}
            />
          )}
        </>
      )}
    </div>
  );
}

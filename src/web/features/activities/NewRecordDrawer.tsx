import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanActivity, PlanDto } from '../../../shared/contracts/plans.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { ApiError } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LiteButton, Notice } from '../../components/lite.tsx';
import { SidePanel } from '../../components/SidePanel.tsx';
import { toast } from '../../components/toast.ts';
import { RecordForm } from './RecordForm.tsx';
import {
  blankValues,
  bodyOf,
  draftStore,
  isActivityKind,
  newClientKey,
  type RecordValues,
} from './record-values.ts';
import type { useOutbox } from './useOutbox.ts';

export interface ChosenActivity {
  number: string;
  activity: PlanActivity;
}

/**
 * Recording what was done under one activity, in a side panel (the whole screen on a phone). What is
 * typed is kept on this device as a draft; Save gives the draft a clientKey and sends it, or, with
 * no connection, leaves it in the outbox to be sent later — the same key, so stored once.
 */
export function NewRecordDrawer({
  plan,
  chosen,
  outbox,
  onClose,
}: {
  plan: PlanDto;
  chosen: ChosenActivity;
  outbox: ReturnType<typeof useOutbox>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const drafts = useMemo(() => draftStore(window.localStorage, me.id), [me.id]);
  const { activity, number } = chosen;
  const [formKey, setFormKey] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a cleared draft (formKey) is read again
  const saved = useMemo(() => drafts.read(plan.id, activity.id), [drafts, plan.id, activity.id, formKey]);
  const communeLocked = me.role === 'reporter' && !!me.unitId;
  const kind = isActivityKind(activity.kind) ? activity.kind : 'other';
  const initial: RecordValues =
    saved?.values ??
    blankValues(kind, clampToPeriod(todayInVietnam(), plan.content.period), communeLocked ? me.unitId : null);
  const [error, setError] = useState<unknown>(
    saved?.issues?.length ? new ApiError(400, 'VALIDATION', saved.message ?? '', saved.issues) : null,
  );
  const [busy, setBusy] = useState(false);
  const label = `${number}. ${activity.title}`;

  async function submit(values: RecordValues) {
    const clientKey = drafts.read(plan.id, activity.id)?.clientKey ?? newClientKey();
    drafts.write(plan.id, activity.id, { values, clientKey });
    setBusy(true);
    setError(null);
    try {
      const r = await outbox.submit(
        { ...bodyOf(values), planId: plan.id, activityId: activity.id, clientKey },
        label,
      );
      drafts.clear(plan.id, activity.id);
      if (r.status === 'sent') {
        toast(t('activities.form.saved'));
        await client.invalidateQueries({ queryKey: ['activities'] });
      } else toast(t('activities.outbox.queuedSaved'), 'warning');
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <SidePanel
      onClose={onClose}
      closeLabel={t('common.close')}
      title={t('activities.form.title', { activity: label })}
      testId="record-drawer"
    >
      <RecordForm
        key={formKey}
        plan={plan}
        activityKind={activity.kind}
        initial={initial}
        error={error}
        communeLocked={communeLocked}
        busy={busy}
        top={
          <>
            <ErrorAlert error={error} testId="record-error" />
            {saved && !error && <Notice type="info" title={t('activities.form.draftKept')} />}
          </>
        }
        onChange={(values) =>
          drafts.write(plan.id, activity.id, { ...drafts.read(plan.id, activity.id), values })
        }
        onSubmit={(v) => void submit(v)}
        actions={
          <>
            <LiteButton large onClick={onClose}>
              {t('activities.form.cancel')}
            </LiteButton>
            <LiteButton
              large
              kind="danger"
              onClick={() => {
                drafts.clear(plan.id, activity.id);
                setError(null);
                setFormKey((k) => k + 1);
              }}
            >
              {t('activities.form.clearDraft')}
            </LiteButton>
          </>
        }
      />
    </SidePanel>
  );
}

/** Today, or the period's last (first) day when recording for a plan that has ended (not begun): records fall in its period. */
function clampToPeriod(today: string, period: { start: number; end: number }) {
  const y = Number(today.slice(0, 4));
  return y > period.end ? `${period.end}-12-31` : y < period.start ? `${period.start}-01-01` : today;
}

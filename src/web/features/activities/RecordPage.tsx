import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ActivityRecordDto } from '../../../shared/contracts/activity-records.ts';
import { get, patch } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useVersionedSave } from '../facilities/common/useVersionedSave.tsx';
import '../facilities/messages.ts';
import { ActivitiesNav } from './ActivitiesNav.tsx';
import { numberedActivities, usePlanContent, useRecord } from './api.ts';
import './messages.ts';
import { RecordForm } from './RecordForm.tsx';
import { bodyOf, type RecordValues, valuesOf } from './record-values.ts';

const RECORDERS = ['admin', 'province_officer', 'reporter'];

/**
 * One record, to read or correct. A save names the version it was based on; if someone saved
 * meanwhile (409) what was typed stays, and the latest version can be loaded and saved over.
 */
export default function RecordPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const record = useRecord(id);
  const plan = usePlanContent(record.data?.planId);
  return (
    <div style={{ maxWidth: 900 }} data-testid="activity-record">
      <ActivitiesNav />
      <ErrorAlert error={record.error ?? plan.error} />
      {(record.isLoading || plan.isLoading) && <Skeleton active />}
      {record.isError && !record.data && <Alert type="warning" title={t('activities.records.notFound')} />}
      {record.data && plan.data && <Editor record={record.data} plan={plan.data} />}
    </div>
  );
}

function Editor({
  record,
  plan,
}: {
  record: ActivityRecordDto;
  plan: NonNullable<ReturnType<typeof usePlanContent>['data']>;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const save = useVersionedSave<ActivityRecordDto>(record, (r) =>
    get<ActivityRecordDto>(`/api/activity-records/${r.id}`),
  );
  const found = numberedActivities(plan.content.activities).find((a) => a.activity.id === record.activityId);
  const readOnly = !RECORDERS.includes(me.role);

  async function submit(values: RecordValues) {
    const saved = await save.run((base) =>
      patch<ActivityRecordDto>(`/api/activity-records/${record.id}`, {
        ...bodyOf(values),
        version: base!.version,
      }),
    );
    if (saved) {
      save.setBase(saved);
      message.success(t('activities.form.saved'));
      await client.invalidateQueries({ queryKey: ['activities'] });
    }
  }

  return (
    <>
      <PageHeader
        title={found ? `${found.number}. ${found.activity.title}` : t(`activities.kinds.${record.kind}`)}
        extra={<Button onClick={() => navigate(-1)}>{t('facilities.back')}</Button>}
      />
      {readOnly && (
        <Alert type="info" showIcon title={t('activities.records.readOnly')} style={{ marginBottom: 12 }} />
      )}
      <RecordForm
        plan={plan}
        activityKind={found?.activity.kind ?? record.kind}
        initial={valuesOf(record)}
        error={save.error}
        communeLocked={me.role === 'reporter'}
        busy={save.busy}
        readOnly={readOnly}
        top={save.alert}
        onSubmit={(v) => void submit(v)}
      />
    </>
  );
}

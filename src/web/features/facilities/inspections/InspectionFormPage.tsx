import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { InspectionDto } from '../../../../shared/contracts/facilities.ts';
import { todayInVietnam } from '../../../../shared/format/index.ts';
import { post } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { ErrorAlert, fieldErrors } from '../../../components/ErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { facilityAccess } from '../access.ts';
import { useChecklist, useFacilities, useInspectionPlans, useWorkers } from '../api.ts';
import { type Attachment, AttachmentUpload } from '../common/AttachmentUpload.tsx';
import { DateField } from '../common/DateField.tsx';
import { FacilitySelect, WorkerSelect } from '../common/EntrySelect.tsx';
import '../messages.ts';
import { ChecklistField } from './ChecklistField.tsx';
import { inspectionPath } from './InspectionList.tsx';
import { ViolationsField } from './ViolationsField.tsx';

type SubjectKind = 'facility' | 'worker';
interface Values {
  facilityId?: string | null;
  workerId?: string | null;
  inspectedOn: string;
  team: string;
  checklist?: Record<string, { result: 'pass' | 'fail' | 'na'; note?: string }>;
  findings?: string;
  evidence?: Attachment[];
  violations?: {
    legalProvisionId: string | null;
    description: string;
    offenderKind: 'individual' | 'organisation';
    offenderName?: string;
  }[];
}

/**
 * Recording an inspection, made to be filled in on a phone at the facility: whom (an inspector
 * picks from their assignments), when, the team, the checklist for the facility's kind, findings,
 * photos, and the violations under the catalogue's articles. Sanctions follow on the record's page.
 */
export default function InspectionFormPage() {
  const { t } = useTranslation();
  const me = useMe();
  const access = facilityAccess(me);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<SubjectKind>(params.get('workerId') ? 'worker' : 'facility');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const today = todayInVietnam();

  const plans = useInspectionPlans();
  const facilities = useFacilities();
  const workers = useWorkers();
  const facilityId = Form.useWatch('facilityId', form);
  const workerId = Form.useWatch('workerId', form);
  const inspectedOn = Form.useWatch('inspectedOn', form) ?? today;
  const facility = kind === 'facility' ? facilities.data?.find((f) => f.id === facilityId) : undefined;
  const worker = kind === 'worker' ? workers.data?.find((w) => w.id === workerId) : undefined;
  const subject = facility ?? worker;
  const subjectId = kind === 'facility' ? facilityId : workerId;

  // An inspector picks among the targets of the plans they are on (and the one they came from:
  // a facility they inspected before stays theirs to inspect again).
  const came = (key: 'facilityId' | 'workerId') => (params.get(key) ? [params.get(key)!] : []);
  const assigned =
    me.role === 'inspector'
      ? {
          facility: [...(plans.data ?? []).flatMap((p) => p.facilityIds), ...came('facilityId')],
          worker: [...(plans.data ?? []).flatMap((p) => p.workerIds), ...came('workerId')],
        }
      : undefined;
  const plan = (plans.data ?? []).find(
    (p) =>
      !!subjectId &&
      (kind === 'facility' ? p.facilityIds : p.workerIds).includes(subjectId) &&
      p.periodStart <= inspectedOn &&
      inspectedOn <= p.periodEnd,
  );

  // A person is checked against the items for health facilities, where ultrasound and abortion are done.
  const checklistKind = facility?.kind ?? (worker ? 'health_facility' : undefined);
  const checklist = useChecklist(me.role === 'admin' ? subject?.provinceCode : undefined, !!subject);
  const items = (checklist.data ?? []).filter(
    (i) => i.active && checklistKind && i.appliesTo.includes(checklistKind),
  );

  useEffect(() => {
    if (plan && !form.isFieldTouched('team')) form.setFieldValue('team', plan.teamNames.join(', '));
  }, [plan, form]);
  useEffect(() => {
    form.setFields(fieldErrors(error) as Parameters<typeof form.setFields>[0]);
  }, [form, error]);

  if (!access.inspect)
    return (
      <>
        <PageHeader title={t('facilities.inspections.record')} />
        <Alert type="info" showIcon title={t('facilities.inspections.notAllowed')} />
      </>
    );

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const saved = await post<InspectionDto>('/api/inspections', {
        planId: plan?.id ?? null,
        facilityId: kind === 'facility' ? v.facilityId : null,
        workerId: kind === 'worker' ? v.workerId : null,
        inspectedOn: v.inspectedOn,
        team: v.team.trim(),
        checklist: items.map((i) => ({
          itemId: i.id,
          result: v.checklist?.[i.id]?.result,
          note: v.checklist?.[i.id]?.note?.trim() || null,
        })),
        findings: v.findings?.trim() || null,
        evidenceAttachmentIds: (v.evidence ?? []).map((a) => a.id),
        violations: (v.violations ?? []).map((x) => ({
          legalProvisionId: x.legalProvisionId ?? null,
          description: x.description.trim(),
          offenderKind: x.offenderKind,
          offenderName: x.offenderName?.trim() || null,
        })),
      });
      await client.invalidateQueries({ queryKey: ['facilities'] });
      navigate(inspectionPath(saved.id), { state: { saved: true } });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const section = { size: 'small' as const, style: { marginBottom: 12 }, styles: { body: { padding: 12 } } };
  const noAssignment = assigned && plans.isSuccess && !assigned.facility.length && !assigned.worker.length;
  return (
    <div style={{ maxWidth: 760 }} data-testid="inspection-form">
      <PageHeader title={t('facilities.inspections.record')} />
      {noAssignment && (
        <Alert
          type="info"
          showIcon
          title={t('facilities.inspections.noAssigned')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          facilityId: params.get('facilityId'),
          workerId: params.get('workerId'),
          inspectedOn: today,
          team: me.displayName,
          evidence: [],
          violations: [],
        }}
        scrollToFirstError
      >
        <Card {...section}>
          {(!assigned || assigned.worker.length > 0) && (
            <Form.Item label={t('facilities.inspections.subjectKind')}>
              <Segmented<SubjectKind>
                block
                value={kind}
                onChange={setKind}
                options={[
                  { value: 'facility', label: t('facilities.inspections.facility') },
                  { value: 'worker', label: t('facilities.inspections.worker') },
                ]}
              />
            </Form.Item>
          )}
          {kind === 'facility' ? (
            <Form.Item
              name="facilityId"
              label={t('facilities.inspections.facility')}
              rules={[{ required: true }]}
            >
              <FacilitySelect<string | null>
                only={assigned?.facility}
                placeholder={t('facilities.inspections.pickFacility')}
                testId="inspection-facility"
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="workerId"
              label={t('facilities.inspections.worker')}
              rules={[{ required: true }]}
            >
              <WorkerSelect<string | null>
                only={assigned?.worker}
                placeholder={t('facilities.inspections.pickWorker')}
                testId="inspection-worker"
              />
            </Form.Item>
          )}
          {plan && (
            <Typography.Text
              type="secondary"
              style={{ display: 'block', marginTop: -12, marginBottom: 12, fontSize: 13 }}
            >
              {t('facilities.inspections.inPlan', { title: plan.title })}
            </Typography.Text>
          )}
          <Form.Item name="inspectedOn" label={t('facilities.inspections.date')} rules={[{ required: true }]}>
            <DateField disabledAfter={today} testId="inspection-date" />
          </Form.Item>
          <Form.Item
            name="team"
            label={t('facilities.inspections.team')}
            rules={[{ required: true, whitespace: true, max: 1000 }]}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Card>
        <Card {...section} title={t('facilities.inspections.checklist')}>
          {!subject ? (
            <Typography.Text type="secondary">{t('facilities.inspections.checklistPick')}</Typography.Text>
          ) : items.length ? (
            <ChecklistField key={subject.id} items={items} form={form} />
          ) : (
            !checklist.isLoading && (
              <Typography.Text type="secondary">{t('facilities.inspections.noChecklist')}</Typography.Text>
            )
          )}
          <ErrorAlert error={checklist.error} />
        </Card>
        <Card {...section} title={t('facilities.inspections.findings')}>
          <Form.Item name="findings" rules={[{ max: 5000 }]} style={{ marginBottom: 0 }}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              aria-label={t('facilities.inspections.findings')}
            />
          </Form.Item>
        </Card>
        <Card {...section} title={t('facilities.inspections.evidence')}>
          <Form.Item name="evidence" style={{ marginBottom: 0 }}>
            <AttachmentUpload adminUnitId={subject?.adminUnitId} testId="inspection-evidence" />
          </Form.Item>
        </Card>
        <Card {...section} title={t('facilities.inspections.violations')}>
          <ViolationsField defaultOffender={facility?.headName ?? worker?.fullName ?? null} />
        </Card>
        <ErrorAlert error={error} testId="inspection-error" />
        <Space wrap>
          <Button
            type="primary"
            size="large"
            loading={busy}
            onClick={() => void submit()}
            data-testid="inspection-save"
          >
            {t('facilities.inspections.save')}
          </Button>
          <Button size="large" onClick={() => navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}

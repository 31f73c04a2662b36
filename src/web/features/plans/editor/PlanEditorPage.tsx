import { SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Collapse, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PlanContent, PlanDto } from '../../../../shared/contracts/plans.ts';
import { ApiError, api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { usePlan, usePlanChecks } from '../api.ts';
import '../messages.ts';
import { localText } from '../../../i18n/format.ts';
import { ActivitiesEditor } from './ActivitiesEditor.tsx';
import {
  FundingEditor,
  GeneralEditor,
  LegalBasesEditor,
  ObjectivesEditor,
  PurposesEditor,
  ReportingEditor,
  ResponsibilitiesEditor,
  SignatureEditor,
} from './SectionsEditors.tsx';
import { AnnexesEditor, HeadingsEditor, IssuerEditor } from './StructureEditors.tsx';

/**
 * The plan editor keeps the whole content in the page and saves it in one request naming the
 * version it started from: if someone saved in between, the server refuses (409) and the
 * page keeps everything typed here.
 */
export default function PlanEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const plan = usePlan(id);
  const checks = usePlanChecks(id);
  const [content, setContent] = useState<PlanContent | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (plan.data && !content) {
      setContent(plan.data.content);
      setVersion(plan.data.version);
    }
  }, [plan.data, content]);

  if (plan.error) return <ErrorAlert error={plan.error} />;
  if (!plan.data || !content) return null;
  const p = plan.data;
  const change = (patch: Partial<PlanContent>) => setContent({ ...content, ...patch });

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = await api<PlanDto>('PUT', `/api/plans/${p.id}`, { version, content });
      setVersion(saved.version);
      setConflict(false);
      client.setQueryData(['plans', 'one', p.id], saved);
      await client.invalidateQueries({ queryKey: ['plans', 'checks', p.id] });
      message.success(t('plans.saved'));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') setConflict(true);
      else setError(err);
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    const fresh = await plan.refetch();
    if (fresh.data) {
      setContent(fresh.data.content);
      setVersion(fresh.data.version);
      setConflict(false);
    }
  }

  const readOnly = p.status !== 'draft';
  const issues = checks.data?.issues ?? [];
  const section = (key: string, label: string, children: React.ReactNode) => ({ key, label, children });
  return (
    <>
      <PageHeader
        title={<Link to={`/plans/${p.id}`}>{content.subject || t('plans.title')}</Link>}
        extra={
          !readOnly && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              onClick={save}
              data-testid="plan-save"
            >
              {t('plans.save')}
            </Button>
          )
        }
      />
      {readOnly && <Alert type="info" showIcon message={t('plans.readOnly')} style={{ marginBottom: 12 }} />}
      {conflict && (
        <Alert
          data-testid="plan-conflict"
          type="error"
          showIcon
          message={t('plans.conflict')}
          action={<Button onClick={reload}>{t('plans.reload')}</Button>}
          style={{ marginBottom: 12 }}
        />
      )}
      <ErrorAlert error={error} />
      {issues.length > 0 && (
        <Alert
          data-testid="plan-checks"
          type="warning"
          showIcon
          message={t('plans.checks')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {issues.map((i) => (
                <li key={i.path.join('.') + i.message}>
                  {localText({ text: i.message, textEn: i.messageEn })}
                </li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <Typography.Paragraph type="secondary">{p.organisationName}</Typography.Paragraph>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Collapse
          defaultActiveKey={['activities']}
          items={[
            section(
              'general',
              t('plans.sections.general'),
              <GeneralEditor content={content} onChange={change} />,
            ),
            section(
              'issuer',
              t('plans.sections.issuer'),
              <IssuerEditor content={content} onChange={change} />,
            ),
            section(
              'headings',
              t('plans.sections.headings'),
              <HeadingsEditor content={content} onChange={change} />,
            ),
            section(
              'bases',
              t('plans.sections.bases'),
              <LegalBasesEditor content={content} onChange={change} />,
            ),
            section(
              'purposes',
              t('plans.sections.purposes'),
              <PurposesEditor content={content} onChange={change} />,
            ),
            section(
              'objectives',
              t('plans.sections.objectives'),
              <ObjectivesEditor content={content} onChange={change} />,
            ),
            section(
              'activities',
              t('plans.sections.activities'),
              <ActivitiesEditor
                content={content}
                provinceCode={p.provinceCode}
                onChange={(activities) => change({ activities })}
              />,
            ),
            section(
              'funding',
              t('plans.sections.funding'),
              <FundingEditor content={content} onChange={change} />,
            ),
            section(
              'responsibilities',
              t('plans.sections.responsibilities'),
              <ResponsibilitiesEditor content={content} onChange={change} />,
            ),
            section(
              'reporting',
              t('plans.sections.reporting'),
              <ReportingEditor content={content} onChange={change} />,
            ),
            section(
              'recipients',
              t('plans.sections.recipients'),
              <SignatureEditor content={content} onChange={change} />,
            ),
            section(
              'annexes',
              t('plans.sections.annexes'),
              <AnnexesEditor content={content} onChange={change} />,
            ),
          ]}
        />
      </fieldset>
      {!readOnly && (
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save}>
            {t('plans.save')}
          </Button>
        </Space>
      )}
    </>
  );
}

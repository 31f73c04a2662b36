import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Dropdown, List, Modal, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrganisationDto } from '../../../shared/contracts/org-units.ts';
import type { PlanDto } from '../../../shared/contracts/plans.ts';
import { documentNumber } from '../../../shared/format/index.ts';
import { get, post, qs } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { downloadFile } from '../../app/download.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OrganisationPicker } from '../../components/OrganisationPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../i18n/format.ts';
import { usePlan, usePlanChecks, usePlanChildren, usePlanHistory } from './api.ts';
import { STATUS_COLORS } from './PlansPage.tsx';
import { PlanView } from './PlanView.tsx';
import './messages.ts';

/** Names of the organisations of the plan's province, for showing leads. */
export function useOrganisationNames(provinceCode: string | undefined) {
  const q = useQuery({
    queryKey: ['organisations', 'province', provinceCode],
    queryFn: () =>
      get<{ items: OrganisationDto[] }>(
        `/api/organisations${qs({ province: provinceCode, includeInactive: true })}`,
      ),
    enabled: !!provinceCode,
  });
  const map = new Map((q.data?.items ?? []).map((o) => [o.id, o.name]));
  return (id: string) => map.get(id);
}

export default function PlanPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const plan = usePlan(id);
  const checks = usePlanChecks(plan.data?.status === 'draft' ? id : undefined);
  const children = usePlanChildren(id);
  const history = usePlanHistory(id);
  const names = useOrganisationNames(plan.data?.provinceCode);
  const [error, setError] = useState<unknown>(null);
  const [childModal, setChildModal] = useState(false);
  if (plan.error) return <ErrorAlert error={plan.error} />;
  if (!plan.data) return null;
  const p: PlanDto = plan.data;
  const canWrite =
    me.role === 'admin' ||
    me.role === 'province_officer' ||
    // A unit reporter and Cục Dân số's national reader write only their own body's plans.
    ((me.role === 'reporter' || me.role === 'national_reader') && me.organisationId === p.organisationId);

  async function act(fn: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await fn();
      await client.invalidateQueries({ queryKey: ['plans'] });
      message.success(done);
    } catch (err) {
      setError(err);
    }
  }

  const issues = checks.data?.issues ?? [];
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {p.content.number ? `${p.content.number}/${p.content.symbol ?? 'KH'}` : t('plans.title')}
            <Tag color={STATUS_COLORS[p.status]}>{t(`plans.statuses.${p.status}`)}</Tag>
            {p.revision > 1 && <Tag>{t('plans.revision', { n: p.revision })}</Tag>}
          </Space>
        }
        extra={
          <>
            {canWrite && p.status === 'draft' && (
              <Button
                icon={<EditOutlined />}
                type="primary"
                onClick={() => navigate(`/plans/${p.id}/edit`)}
                data-testid="plan-edit"
              >
                {t('plans.edit')}
              </Button>
            )}
            {canWrite && p.status === 'draft' && (
              <Button
                data-testid="plan-issue"
                disabled={!checks.data || issues.length > 0}
                onClick={() =>
                  // Issuing cannot be undone: say so, with the number, date and signer it will carry.
                  modal.confirm({
                    title: t('plans.issueConfirmTitle'),
                    content: t('plans.issueConfirm', {
                      number: documentNumber(p.content.number, p.content.symbol) ?? '',
                      date: p.content.issuedDate ? formatDate(p.content.issuedDate) : '',
                      signer: p.content.signature.signerName,
                    }),
                    okText: t('plans.issueOk'),
                    cancelText: t('plans.cancel'),
                    okButtonProps: { 'data-testid': 'plan-issue-confirm' } as Record<string, string>,
                    onOk: () =>
                      act(() => post(`/api/plans/${p.id}/issue`, { version: p.version }), t('plans.issued')),
                  })
                }
              >
                {t('plans.issue')}
              </Button>
            )}
            {canWrite && p.status === 'issued' && (
              <Button
                onClick={() =>
                  act(async () => {
                    const draft = await post<PlanDto>(`/api/plans/${p.id}/revise`);
                    navigate(`/plans/${draft.id}/edit`);
                  }, t('plans.saved'))
                }
              >
                {t('plans.revise')}
              </Button>
            )}
            {canWrite && p.status === 'issued' && (
              <Button onClick={() => setChildModal(true)}>{t('plans.createChild')}</Button>
            )}
            <Dropdown
              menu={{
                // PDF only when the server can make it; otherwise the item says why. Downloads are
                // fetched so that an error shows on this page, never as a raw JSON page.
                items: ['docx', 'pdf', 'xlsx'].map((f) => ({
                  key: f,
                  disabled: f === 'pdf' && !me.pdf,
                  label:
                    f === 'pdf' && !me.pdf ? (
                      <span data-testid="plan-export-pdf-unavailable">{t('plans.pdfUnavailable')}</span>
                    ) : (
                      <span data-testid={`plan-export-${f}`}>{f.toUpperCase()}</span>
                    ),
                })),
                onClick: ({ key }) => {
                  setError(null);
                  downloadFile(`/api/plans/${p.id}/export?format=${key}`).catch(setError);
                },
              }}
            >
              <Button icon={<DownloadOutlined />} data-testid="plan-export">
                {t('plans.export')}
              </Button>
            </Dropdown>
          </>
        }
      />
      <Typography.Paragraph type="secondary">
        {p.organisationName}
        {p.content.issuedDate ? ` · ${formatDate(p.content.issuedDate)}` : ''}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      {p.status === 'draft' && checks.data && (
        <Alert
          style={{ marginBottom: 16 }}
          type={issues.length ? 'warning' : 'success'}
          showIcon
          message={issues.length ? t('plans.checks') : t('plans.noIssues')}
          description={
            issues.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {issues.map((i) => (
                  <li key={i.path.join('.') + i.message}>{i.message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Tabs
        items={[
          {
            key: 'content',
            label: t('plans.content'),
            children: (
              <Card size="small">
                <PlanView content={p.content} organisationName={names} />
              </Card>
            ),
          },
          {
            key: 'children',
            label: `${t('plans.children')} (${children.data?.children.length ?? 0})`,
            children: (
              <Card size="small">
                <List
                  size="small"
                  dataSource={children.data?.children ?? []}
                  renderItem={(c) => (
                    <List.Item>
                      <Link to={`/plans/${c.id}`}>{c.organisationName}</Link>
                      <Tag color={STATUS_COLORS[c.status]}>{t(`plans.statuses.${c.status}`)}</Tag>
                    </List.Item>
                  )}
                />
                {(children.data?.withoutPlan.length ?? 0) > 0 && (
                  <>
                    <Typography.Title level={5}>
                      {t('plans.withoutPlan', { count: children.data!.withoutPlan.length })}
                    </Typography.Title>
                    <Typography.Paragraph type="secondary">
                      {children.data!.withoutPlan.map((u) => u.name).join(', ')}
                    </Typography.Paragraph>
                  </>
                )}
              </Card>
            ),
          },
          {
            key: 'history',
            label: t('plans.history'),
            children: (
              <List
                size="small"
                dataSource={history.data?.items ?? []}
                renderItem={(h) => (
                  <List.Item>
                    <Link to={`/plans/${h.id}`}>{t('plans.revision', { n: h.revision })}</Link>
                    <span>
                      {h.numberSymbol ?? ''} {h.issuedDate ? formatDate(h.issuedDate) : ''}{' '}
                      <Tag color={STATUS_COLORS[h.status]}>{t(`plans.statuses.${h.status}`)}</Tag>
                    </span>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
      {childModal && <ChildPlanModal planId={p.id} onClose={() => setChildModal(false)} />}
    </>
  );
}

function ChildPlanModal({ planId, onClose }: { planId: string; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal
      open
      title={t('plans.createChild')}
      onCancel={onClose}
      okButtonProps={{ disabled: !organisationId }}
      onOk={async () => {
        try {
          const child = await post<PlanDto>(`/api/plans/${planId}/children`, { organisationId });
          navigate(`/plans/${child.id}/edit`);
        } catch (err) {
          setError(err);
        }
      }}
    >
      <ErrorAlert error={error} />
      <Typography.Paragraph>{t('plans.childFor')}</Typography.Paragraph>
      <OrganisationPicker value={organisationId} onChange={setOrganisationId} />
    </Modal>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganisationDto } from '../../../shared/contracts/org-units.ts';
import type { PlanContent, PlanDto, PlanStatus, PlanSummaryDto } from '../../../shared/contracts/plans.ts';
import { defaultSignature, issuerKindOf } from '../../../shared/plans/issuer-defaults.ts';
import { get, post } from '../../app/api.ts';
import { isManager, useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OrganisationPicker } from '../../components/OrganisationPicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { usePlans } from './api.ts';
import './messages.ts';
import { nextPlanContent } from '../../../shared/plans/next-plan.ts';
import { periodText, periodYears } from '../../../shared/plans/period.ts';

export const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gold',
  issued: 'green',
  superseded: 'default',
};

export default function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const [year, setYear] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const plans = usePlans({ year });
  // A year offers every plan running in it (a 2022–2025 plan in 2024), not only those starting then.
  const years = [
    ...new Set((plans.data?.items ?? []).flatMap((p) => periodYears({ start: p.startYear, end: p.endYear }))),
  ].sort((a, b) => b - a);
  const canWrite = ['admin', 'province_officer', 'reporter', 'national_reader'].includes(me.role);
  return (
    <>
      <PageHeader
        title={t('plans.title')}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="plan-new"
            >
              {t('plans.new')}
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('plans.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: y }))}
          style={{ width: 120 }}
        />
      </Space>
      <ErrorAlert error={plans.error} />
      <Table
        rowKey="id"
        size="small"
        loading={plans.isLoading}
        dataSource={plans.data?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(p) =>
          ({
            onClick: () => navigate(`/plans/${p.id}`),
            style: { cursor: 'pointer' },
            'data-testid': `plan-row-${p.id}`,
          }) as object
        }
        columns={[
          {
            title: t('plans.periodCol'),
            key: 'period',
            width: 90,
            render: (_, p) => periodText({ start: p.startYear, end: p.endYear }),
          },
          {
            title: t('plans.number'),
            dataIndex: 'numberSymbol',
            width: 130,
            render: (v, p) => (v ? `${v}${p.issuedDate ? ` (${formatDate(p.issuedDate)})` : ''}` : '—'),
          },
          { title: t('plans.organisation'), dataIndex: 'organisationName' },
          { title: t('plans.subject'), dataIndex: 'subject' },
          {
            title: t('plans.status'),
            dataIndex: 'status',
            width: 130,
            render: (s: PlanStatus, p) => (
              <Space size={2} wrap>
                <Tag color={STATUS_COLORS[s]}>{t(`plans.statuses.${s}`)}</Tag>
                {p.revision > 1 && <Tag>{t('plans.revision', { n: p.revision })}</Tag>}
                {p.isDemo && <Tag>DEMO</Tag>}
              </Space>
            ),
          },
          { title: t('plans.activities'), dataIndex: 'activityCount', width: 90, align: 'right' },
          {
            title: t('plans.budget'),
            dataIndex: 'budgetTotal',
            width: 140,
            align: 'right',
            render: (v: number) => (v ? formatMoney(v) : '—'),
          },
        ]}
      />
      {creating && (
        <NewPlanModal
          plans={plans.data?.items ?? []}
          manager={isManager(me)}
          defaultOrganisation={me.organisationId}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}

/** The place a document is dated at (Nghị định 30): the unit's name without its type, "Tỉnh Sơn La" → "Sơn La". */
const placeName = (unitName: string) =>
  unitName.replace(/^(Tỉnh|Thành phố|Thị xã|Thị trấn|Huyện|Quận|Phường|Xã|Đặc khu)\s+(?!\d)/u, '');

function blankContent(year: number, issuerName: string, place: string): PlanContent {
  return {
    period: { start: year, end: year },
    issuerName,
    parentBodyName: null,
    place,
    title: 'KẾ HOẠCH',
    subject: `Triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh năm ${year}`,
    legalBases: [],
    purposes: [],
    requirements: [],
    generalObjective: [],
    targets: [],
    activities: [],
    funding: { sources: [], total: null },
    responsibilities: [],
    recipients: [],
    archive: 'Lưu: VT.',
    // The signature block this kind of body uses; the signer is typed before issuing.
    signature: { ...defaultSignature(issuerKindOf({ issuerName })), signerName: '' },
    annexes: [],
  };
}

function NewPlanModal(props: {
  plans: PlanSummaryDto[];
  manager: boolean;
  defaultOrganisation: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [mode, setMode] = useState<'copy' | 'blank'>('copy');
  const sources = props.plans.filter((p) => p.status === 'issued');

  async function submit() {
    const v = await form.validateFields();
    setError(null);
    try {
      const organisationId = v.organisationId ?? props.defaultOrganisation;
      // A blank plan is headed by the body chosen (the officer enters the People's Committee's
      // plan), not by the officer's own office.
      const issuer = async () =>
        organisationId && organisationId !== me.organisationId
          ? await get<OrganisationDto>(`/api/organisations/${organisationId}`)
          : { name: me.organisationName ?? '', adminUnitName: me.unitName ?? '' };
      const content =
        mode === 'copy' && v.sourceId
          ? nextPlanContent((await get<PlanDto>(`/api/plans/${v.sourceId}`)).content)
          : await issuer().then((o) =>
              blankContent(
                new Date().getFullYear(),
                o.name.toLocaleUpperCase('vi'),
                placeName(o.adminUnitName),
              ),
            );
      const created = await post<PlanDto>('/api/plans', {
        organisationId,
        content: { ...content, issuerOrganisationId: organisationId },
      });
      message.success(t('plans.saved'));
      navigate(`/plans/${created.id}/edit`);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Modal
      open
      title={t('plans.new')}
      onOk={submit}
      onCancel={props.onClose}
      okText={t('plans.new')}
      cancelText={t('common.cancel')}
    >
      <ErrorAlert error={error} />
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} style={{ marginBottom: 16 }}>
        <Radio value="copy">{t('plans.fromLastYear')}</Radio>
        <Radio value="blank">{t('plans.blank')}</Radio>
      </Radio.Group>
      <Form form={form} layout="vertical" initialValues={{ organisationId: props.defaultOrganisation }}>
        {props.manager && (
          <Form.Item name="organisationId" label={t('plans.organisation')} rules={[{ required: true }]}>
            <OrganisationPicker />
          </Form.Item>
        )}
        {mode === 'copy' && (
          <Form.Item name="sourceId" label={t('plans.fromLastYear')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={sources.map((p) => ({
                value: p.id,
                label: `${periodText({ start: p.startYear, end: p.endYear })} — ${p.numberSymbol ?? ''} ${p.organisationName}: ${p.subject}`,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

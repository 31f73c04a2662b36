import { Button, Col, Row, Select, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ActivityRecordDto } from '../../../shared/contracts/activity-records.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format.ts';
import { DateField } from '../facilities/common/DateField.tsx';
import { ActivitiesNav } from './ActivitiesNav.tsx';
import { numberedActivities, useIssuedPlans, usePlanContent, useRecords } from './api.ts';
import './messages.ts';
import { PlanSelect } from './PlanSelect.tsx';
import { plansFor } from './plan-choice.ts';
import { RecordsTransfer } from './RecordsTransfer.tsx';

export const recordPath = (id: string) => `/activities/records/${id}`;
const dates = (r: Pick<ActivityRecordDto, 'startDate' | 'endDate'>) =>
  r.startDate === r.endDate
    ? formatDate(r.startDate)
    : `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`;

/** What was recorded, filtered by plan, activity and dates (kept in the address); a row opens the record. */
export default function RecordsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(todayInVietnam().slice(0, 4));
  const plans = useIssuedPlans(year);
  const offered = useMemo(() => plansFor(me, plans.data ?? []), [me, plans.data]);
  const filter = {
    planId: params.get('planId') ?? undefined,
    activityId: params.get('activityId') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const set = (patch: Record<string, string | undefined | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
    setParams(next, { replace: true });
  };
  const plan = usePlanContent(filter.planId);
  const activities = useMemo(
    () => (plan.data ? numberedActivities(plan.data.content.activities) : []),
    [plan.data],
  );
  const titles = new Map(activities.map((a) => [a.activity.id, `${a.number}. ${a.activity.title}`]));
  const records = useRecords(filter);

  return (
    <div data-testid="activities-records">
      <ActivitiesNav />
      <PageHeader title={t('activities.records.title')} extra={<RecordsTransfer planId={filter.planId} />} />
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12}>
          <PlanSelect
            plans={offered}
            value={filter.planId}
            allowClear
            onChange={(id) => set({ planId: id, activityId: null })}
          />
        </Col>
        <Col xs={24} md={12}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            placeholder={t('activities.records.activity')}
            disabled={!filter.planId}
            value={filter.activityId}
            options={activities.map((a) => ({
              value: a.activity.id,
              label: `${a.number}. ${a.activity.title}`,
            }))}
            onChange={(v: string | undefined) => set({ activityId: v })}
            data-testid="records-activity"
          />
        </Col>
        <Col xs={12} md={6}>
          <DateField
            allowClear
            value={filter.from}
            placeholder={t('activities.records.from')}
            onChange={(v) => set({ from: v })}
          />
        </Col>
        <Col xs={12} md={6}>
          <DateField
            allowClear
            value={filter.to}
            placeholder={t('activities.records.to')}
            onChange={(v) => set({ to: v })}
          />
        </Col>
      </Row>
      <ErrorAlert error={records.error} />
      <Typography.Text type="secondary">
        {t('activities.records.count', { count: records.data?.length ?? 0 })}
      </Typography.Text>
      <ResponsiveTable<ActivityRecordDto>
        data-testid="records-table"
        rowKey="id"
        size="small"
        loading={records.isFetching}
        dataSource={records.data ?? []}
        locale={{ emptyText: t('activities.records.empty') }}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('activities.records.date'), key: 'date', width: 130, render: (_, r) => dates(r) },
          {
            title: t('activities.records.activity'),
            key: 'activity',
            render: (_, r) => (
              <div>
                <div>{titles.get(r.activityId) ?? t(`activities.kinds.${r.kind}`)}</div>
                {titles.has(r.activityId) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`activities.kinds.${r.kind}`)}
                  </Typography.Text>
                )}
                {r.isDemo && <Tag style={{ marginInlineStart: 4 }}>{t('activities.demo')}</Tag>}
              </div>
            ),
          },
          { title: t('activities.records.unit'), dataIndex: 'organisationName', width: 180 },
          {
            title: t('activities.records.people'),
            key: 'people',
            align: 'right',
            width: 80,
            render: (_, r) => formatNumber(r.participants.total),
          },
          {
            title: t('activities.records.cost'),
            key: 'cost',
            align: 'right',
            width: 140,
            render: (_, r) => (r.cost ? formatMoney(r.cost) : '—'),
          },
          {
            key: 'open',
            width: 70,
            render: (_, r) => (
              <Link to={recordPath(r.id)} data-testid={`record-open-${r.id}`}>
                <Button size="small">{t('activities.records.open')}</Button>
              </Link>
            ),
          },
        ]}
      />
    </div>
  );
}

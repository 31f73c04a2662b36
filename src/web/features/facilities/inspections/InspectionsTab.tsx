import { PlusOutlined } from '@ant-design/icons';
import { Button, Progress, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionPlanDto } from '../../../../shared/contracts/facilities.ts';
import { useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { facilityAccess } from '../access.ts';
import { useInspectionPlans, useInspections } from '../api.ts';
import { EditButton } from '../common/EditButton.tsx';
import { rateColor } from '../common/format.ts';
import { QueryTable } from '../common/QueryTable.tsx';
import { Section } from '../common/Section.tsx';
import { thisYear, YearSelect } from '../common/YearSelect.tsx';
import { InspectionList } from './InspectionList.tsx';
import { PlanDrawer } from './PlanDrawer.tsx';
import { RecordButton } from './RecordButton.tsx';

/** The "Kiểm tra" tab: inspection plans with their progress, then the records of a year or a plan. */
export function InspectionsTab() {
  const { t } = useTranslation();
  const access = facilityAccess(useMe());
  const [year, setYear] = useState(thisYear());
  const [planId, setPlanId] = useState<string | undefined>();
  const [editing, setEditing] = useState<InspectionPlanDto | 'new' | null>(null);
  const plans = useInspectionPlans();
  const inspections = useInspections(planId ? { planId } : { year });
  return (
    <>
      {access.inspect && (
        <div style={{ marginBottom: 16 }}>
          <RecordButton primary testId="inspection-new" />
        </div>
      )}
      {access.plans && (
        <Section
          title={t('facilities.plans.title')}
          actions={
            access.plan && (
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="plan-add"
              >
                {t('facilities.plans.add')}
              </Button>
            )
          }
        >
          <QueryTable<InspectionPlanDto>
            testId="plan-list"
            query={plans}
            minWidth={760}
            empty={t('facilities.plans.empty')}
            columns={[
              {
                title: t('facilities.plans.name'),
                key: 'title',
                render: (_, p) => (
                  <>
                    {p.title}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                      {p.teamNames.join(', ')}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('facilities.plans.period'),
                key: 'period',
                width: 190,
                render: (_, p) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`,
              },
              {
                title: t('facilities.plans.progress'),
                key: 'progress',
                width: 200,
                render: (_, p) => (
                  <div data-testid={`plan-progress-${p.id}`}>
                    <Progress
                      percent={p.planned ? Math.round((p.done / p.planned) * 100) : 0}
                      strokeColor={rateColor(p.planned ? p.done / p.planned : null)}
                      size="small"
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t('facilities.plans.progressText', { done: p.done, planned: p.planned })}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: '',
                key: 'actions',
                width: 190,
                render: (_, p) => (
                  <Space size={4} wrap>
                    <Button
                      size="small"
                      type={planId === p.id ? 'primary' : 'default'}
                      onClick={() => setPlanId(planId === p.id ? undefined : p.id)}
                    >
                      {t('facilities.plans.showInspections')}
                    </Button>
                    {access.plan && (
                      <EditButton label={t('facilities.plans.edit')} onClick={() => setEditing(p)} />
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Section>
      )}
      <Section
        title={t('facilities.inspections.title')}
        actions={
          <Space wrap size={4}>
            {access.plans && (
              <Select
                aria-label={t('facilities.plans.title')}
                value={planId ?? ''}
                onChange={(v) => setPlanId(v || undefined)}
                options={[
                  { value: '', label: t('facilities.plans.all') },
                  ...(plans.data ?? []).map((p) => ({ value: p.id, label: p.title })),
                ]}
                style={{ width: 200 }}
              />
            )}
            {!planId && (
              <YearSelect value={year} onChange={setYear} label={t('facilities.inspections.year')} />
            )}
          </Space>
        }
      >
        <ErrorAlert error={inspections.error} />
        <InspectionList items={inspections.data} loading={inspections.isLoading} testId="inspection-list" />
      </Section>
      {editing && <PlanDrawer plan={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionPlanDto } from '../../../../shared/contracts/facilities.ts';
import { todayInVietnam } from '../../../../shared/format/index.ts';
import { useInspectors } from '../api.ts';
import { DateField } from '../common/DateField.tsx';
import { EditDrawer } from '../common/EditDrawer.tsx';
import { FacilitySelect, WorkerSelect } from '../common/EntrySelect.tsx';

/** Draw up an inspection plan (plan = null) or change one: title, period, team, targets. */
export function PlanDrawer({ plan, onClose }: { plan: InspectionPlanDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const inspectors = useInspectors(true);
  const year = todayInVietnam().slice(0, 4);
  const initialValues = plan
    ? {
        title: plan.title,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        teamUserIds: plan.teamUserIds,
        teamNotes: plan.teamNotes,
        facilityIds: plan.facilityIds,
        workerIds: plan.workerIds,
      }
    : {
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        teamUserIds: [],
        facilityIds: [],
        workerIds: [],
      };
  return (
    <EditDrawer<InspectionPlanDto>
      title={plan ? t('facilities.plans.edit') : t('facilities.plans.add')}
      entry={plan}
      url="/api/inspection-plans"
      update="put"
      initialValues={initialValues}
      onClose={onClose}
      testId="plan-drawer"
    >
      {() => (
        <>
          <Form.Item name="title" label={t('facilities.plans.name')} rules={[{ required: true, max: 300 }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px' }}>
            <Form.Item name="periodStart" label={t('facilities.plans.start')} rules={[{ required: true }]}>
              <DateField />
            </Form.Item>
            <Form.Item name="periodEnd" label={t('facilities.plans.end')} rules={[{ required: true }]}>
              <DateField />
            </Form.Item>
          </div>
          <Form.Item name="teamUserIds" label={t('facilities.plans.team')}>
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={inspectors.isLoading}
              options={(inspectors.data ?? [])
                .filter((u) => u.active)
                .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
            />
          </Form.Item>
          <Form.Item name="teamNotes" label={t('facilities.plans.teamNotes')} rules={[{ max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item name="facilityIds" label={t('facilities.plans.facilities')}>
            <FacilitySelect<string[]> multiple />
          </Form.Item>
          <Form.Item name="workerIds" label={t('facilities.plans.workers')}>
            <WorkerSelect<string[]> multiple />
          </Form.Item>
        </>
      )}
    </EditDrawer>
  );
}

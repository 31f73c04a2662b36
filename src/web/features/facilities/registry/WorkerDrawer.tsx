import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkerDto } from '../../../../shared/contracts/facilities.ts';
import { useMe } from '../../../app/auth.tsx';
import { useFacilities } from '../api.ts';
import { EditDrawer } from '../common/EditDrawer.tsx';
import { FacilitySelect } from '../common/EntrySelect.tsx';
import { CommuneField, ServicesField, StatusField } from './fields.tsx';

/** Add a person who performs ultrasound or abortion (worker = null) or edit one. */
export function WorkerDrawer({ worker, onClose }: { worker: WorkerDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const facilities = useFacilities();
  const initialValues = worker
    ? {
        fullName: worker.fullName,
        certificateNumber: worker.certificateNumber,
        facilityId: worker.facilityId,
        workplace: worker.workplace,
        adminUnitId: worker.adminUnitId,
        services: worker.services,
        status: worker.status,
      }
    : { services: [], status: 'active', adminUnitId: me.role === 'reporter' ? me.unitId : undefined };
  return (
    <EditDrawer<WorkerDto>
      title={worker ? `${t('facilities.worker.edit')}: ${worker.fullName}` : t('facilities.worker.add')}
      entry={worker}
      url="/api/health-workers"
      initialValues={initialValues}
      onClose={onClose}
      testId="worker-drawer"
    >
      {(form) => (
        <>
          <Form.Item
            name="fullName"
            label={t('facilities.f.fullName')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="certificateNumber" label={t('facilities.f.certificate')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="facilityId" label={t('facilities.f.facility')}>
            <FacilitySelect<string | null>
              onChange={(id) => {
                // The person works where the facility is: its commune, unless one was chosen.
                const f = facilities.data?.find((x) => x.id === id);
                if (f && !form.getFieldValue('adminUnitId')) form.setFieldValue('adminUnitId', f.adminUnitId);
                if (f && !form.getFieldValue('workplace')) form.setFieldValue('workplace', f.name);
              }}
            />
          </Form.Item>
          <Form.Item name="workplace" label={t('facilities.f.workplace')} rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
          <CommuneField />
          <ServicesField />
          <StatusField />
        </>
      )}
    </EditDrawer>
  );
}

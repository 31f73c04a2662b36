import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FACILITY_KINDS, type FacilityDto, OWNERSHIPS } from '../../../../shared/contracts/facilities.ts';
import { useMe } from '../../../app/auth.tsx';
import { useVillages } from '../api.ts';
import { EditDrawer } from '../common/EditDrawer.tsx';
import { CommuneField, ServicesField, StatusField } from './fields.tsx';

/** Add a facility (facility = null) or edit one. */
export function FacilityDrawer({
  facility,
  onClose,
  onSaved,
}: {
  facility: FacilityDto | null;
  onClose(): void;
  onSaved?(f: FacilityDto): void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const initialValues = facility
    ? {
        kind: facility.kind,
        name: facility.name,
        ownership: facility.ownership,
        licenceNumber: facility.licenceNumber,
        services: facility.services,
        adminUnitId: facility.adminUnitId,
        villageUnitId: facility.villageUnitId,
        address: facility.address,
        headName: facility.headName,
        phone: facility.phone,
        status: facility.status,
      }
    : {
        kind: 'health_facility',
        ownership: 'private',
        services: [],
        status: 'active',
        adminUnitId: me.role === 'reporter' ? me.unitId : undefined,
      };
  return (
    <EditDrawer<FacilityDto>
      title={facility ? `${t('facilities.facility.edit')}: ${facility.name}` : t('facilities.facility.add')}
      entry={facility}
      url="/api/facilities"
      initialValues={initialValues}
      onClose={onClose}
      onSaved={onSaved}
      testId="facility-drawer"
    >
      {() => (
        <>
          <Form.Item name="kind" label={t('facilities.f.kind')} rules={[{ required: true }]}>
            <Select options={FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilities.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('facilities.f.name')} rules={[{ required: true, max: 300 }]}>
            <Input data-testid="facility-name" />
          </Form.Item>
          <Form.Item name="ownership" label={t('facilities.f.ownership')}>
            <Radio.Group
              options={OWNERSHIPS.map((o) => ({ value: o, label: t(`facilities.ownership.${o}`) }))}
            />
          </Form.Item>
          <Form.Item name="licenceNumber" label={t('facilities.f.licence')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <ServicesField />
          <CommuneField />
          <Form.Item noStyle dependencies={['adminUnitId']}>
            {({ getFieldValue }) => <VillageField communeId={getFieldValue('adminUnitId')} />}
          </Form.Item>
          <Form.Item name="address" label={t('facilities.f.address')} rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="headName" label={t('facilities.f.head')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('facilities.f.phone')} rules={[{ max: 50 }]}>
            <Input inputMode="tel" />
          </Form.Item>
          <StatusField />
        </>
      )}
    </EditDrawer>
  );
}

/** The village within the chosen commune, when the unit tree holds its villages. */
function VillageField({ communeId }: { communeId: number | undefined }) {
  const { t } = useTranslation();
  const villages = useVillages(communeId);
  if (!villages.data?.length) return null;
  return (
    <Form.Item name="villageUnitId" label={t('facilities.f.village')}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={villages.data.map((v) => ({ value: v.id, label: v.name }))}
      />
    </Form.Item>
  );
}

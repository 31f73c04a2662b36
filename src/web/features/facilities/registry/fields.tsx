import { Checkbox, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FACILITY_SERVICES, FACILITY_STATUSES } from '../../../../shared/contracts/facilities.ts';
import { useMe } from '../../../app/auth.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';

// Form fields the facility and the person forms share.

export function ServicesField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="services" label={t('facilities.f.services')} extra={t('facilities.servicesHint')}>
      <Checkbox.Group
        data-testid="services-field"
        options={FACILITY_SERVICES.map((s) => ({ value: s, label: t(`facilities.services.${s}`) }))}
      />
    </Form.Item>
  );
}

export function StatusField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="status" label={t('facilities.f.status')}>
      <Select options={FACILITY_STATUSES.map((s) => ({ value: s, label: t(`facilities.statuses.${s}`) }))} />
    </Form.Item>
  );
}

/** The commune: a Trạm Y tế registers in its own commune only, others pick one. */
export function CommuneField() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.role === 'reporter')
    return (
      <Form.Item name="adminUnitId" label={t('facilities.f.commune')} rules={[{ required: true }]}>
        <FixedUnit name={me.unitName} />
      </Form.Item>
    );
  return (
    <Form.Item name="adminUnitId" label={t('facilities.f.commune')} rules={[{ required: true }]}>
      <UnitPicker level="commune" />
    </Form.Item>
  );
}

function FixedUnit({ name }: { name: string | null; value?: number }) {
  return <Typography.Text strong>{name}</Typography.Text>;
}

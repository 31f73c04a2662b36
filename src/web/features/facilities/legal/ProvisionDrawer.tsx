import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LegalProvisionDto } from '../../../../shared/contracts/facilities.ts';
import { currency, formatNumber } from '../../../i18n/format.ts';
import { CheckField, EditDrawer } from '../common/EditDrawer.tsx';

/** An administrator corrects a provision against the official text and marks it verified. */
export function ProvisionDrawer({ provision, onClose }: { provision: LegalProvisionDto; onClose(): void }) {
  const { t } = useTranslation();
  const money = (
    <InputNumber<number>
      min={0}
      precision={0}
      controls={false}
      formatter={(n) => (n === undefined || n === null || String(n) === '' ? '' : formatNumber(Number(n)))}
      parser={(s) => Number((s ?? '').replace(/\D/g, ''))}
      suffix={currency()}
      style={{ width: '100%', maxWidth: 260 }}
    />
  );
  return (
    <EditDrawer<LegalProvisionDto>
      title={t('facilities.legal.editProvision', { code: provision.code })}
      entry={provision}
      url="/api/legal-provisions"
      initialValues={{
        title: provision.title,
        acts: provision.acts,
        fineMin: provision.fineMin,
        fineMax: provision.fineMax,
        verified: provision.verified,
        source: provision.source,
        active: provision.active,
      }}
      onClose={onClose}
      testId="provision-drawer"
    >
      {() => (
        <>
          <Form.Item name="title" label={t('facilities.legal.title')} rules={[{ required: true, max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item name="acts" label={t('facilities.legal.acts')} rules={[{ required: true, max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="fineMin" label={t('facilities.legal.fineMin')}>
            {money}
          </Form.Item>
          <Form.Item name="fineMax" label={t('facilities.legal.fineMax')}>
            {money}
          </Form.Item>
          <Form.Item name="source" label={t('facilities.legal.source')} rules={[{ max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <CheckField name="verified" label={t('facilities.legal.verified')} />
          <CheckField name="active" label={t('facilities.legal.active')} />
        </>
      )}
    </EditDrawer>
  );
}

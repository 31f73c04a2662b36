import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OFFENDER_KINDS } from '../../../../shared/contracts/facilities.ts';
import type { OffenderKind } from '../common/format.ts';
import { FineRangeText, ProvisionSelect, useProvision } from './provisions.tsx';

/**
 * The violations found, each under an article of the catalogue whose fine range shows for the
 * offender's kind (doubled for an organisation), with what was done and by whom.
 */
export function ViolationsField({ defaultOffender }: { defaultOffender: string | null }) {
  const { t } = useTranslation();
  return (
    <Form.List name="violations">
      {(fields, { add, remove }) => (
        <div data-testid="violations">
          {fields.map((field, n) => (
            <Card
              key={field.key}
              size="small"
              data-testid={`violation-${n}`}
              title={t('facilities.inspections.violation', { n: n + 1 })}
              extra={
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('facilities.remove')}
                  onClick={() => remove(field.name)}
                />
              }
              style={{ marginBottom: 12 }}
            >
              <Form.Item
                name={[field.name, 'legalProvisionId']}
                label={t('facilities.inspections.provision')}
              >
                <ProvisionSelect testId={`violation-${n}-provision`} />
              </Form.Item>
              <Form.Item name={[field.name, 'offenderKind']} label={t('facilities.inspections.offenderKind')}>
                <Radio.Group
                  options={OFFENDER_KINDS.map((k) => ({
                    value: k,
                    label: t(`facilities.inspections.offender.${k}`),
                  }))}
                />
              </Form.Item>
              <Range name={field.name} />
              <Form.Item
                name={[field.name, 'offenderName']}
                label={t('facilities.inspections.offenderName')}
                rules={[{ max: 300 }]}
              >
                <Input placeholder={defaultOffender ?? undefined} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'description']}
                label={t('facilities.inspections.description')}
                rules={[{ required: true, max: 2000 }]}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  data-testid={`violation-${n}-description`}
                />
              </Form.Item>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ offenderKind: 'individual', legalProvisionId: null })}
            data-testid="violation-add"
          >
            {t('facilities.inspections.addViolation')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** The chosen article's fine range for the chosen offender kind, as they change. */
function Range({ name }: { name: number }) {
  const form = Form.useFormInstance();
  const id = Form.useWatch(['violations', name, 'legalProvisionId'], form) as string | null;
  const offender = Form.useWatch(['violations', name, 'offenderKind'], form) as OffenderKind | undefined;
  const provision = useProvision(id);
  if (!provision) return null;
  return (
    <div style={{ marginTop: -12, marginBottom: 16 }}>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {provision.acts}
      </Typography.Text>
      <FineRangeText provision={provision} offender={offender ?? 'individual'} />
    </div>
  );
}

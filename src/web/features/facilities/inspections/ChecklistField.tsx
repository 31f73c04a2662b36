import type { FormInstance } from 'antd';
import { Button, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECK_RESULTS, type ChecklistItemDto } from '../../../../shared/contracts/facilities.ts';

/**
 * The checklist items for the inspected kind, each answered pass / fail / not applicable with an
 * optional note; the three answers share a row even on a phone. Values live under
 * `checklist.<itemId>` in the form.
 */
export function ChecklistField({ items, form }: { items: ChecklistItemDto[]; form: FormInstance }) {
  const { t } = useTranslation();
  return (
    <div data-testid="checklist">
      <Button
        size="small"
        onClick={() => {
          for (const i of items) form.setFieldValue(['checklist', i.id, 'result'], 'pass');
        }}
        style={{ marginBottom: 12 }}
        data-testid="checklist-all-pass"
      >
        {t('facilities.inspections.allPass')}
      </Button>
      {items.map((item, n) => (
        <div
          key={item.id}
          data-testid={`check-${n}`}
          style={{ borderTop: n ? '1px solid #f0f0f0' : undefined, paddingTop: n ? 12 : 0, marginBottom: 12 }}
        >
          <Typography.Text style={{ display: 'block', marginBottom: 6 }}>
            {n + 1}. {item.label}
          </Typography.Text>
          <Form.Item
            name={['checklist', item.id, 'result']}
            rules={[{ required: true, message: t('facilities.inspections.answerAll') }]}
            style={{ marginBottom: 6 }}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={CHECK_RESULTS.map((r) => ({
                value: r,
                label: t(`facilities.inspections.results.${r}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name={['checklist', item.id, 'note']}
            rules={[{ max: 1000 }]}
            style={{ marginBottom: 0 }}
          >
            <Input size="small" placeholder={t('facilities.inspections.note')} />
          </Form.Item>
        </div>
      ))}
    </div>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionDto, ViolationDto } from '../../../../shared/contracts/facilities.ts';
import { amountInWords } from '../../../../shared/format/index.ts';
import { get, patch } from '../../../app/api.ts';
import { fieldErrors } from '../../../components/ErrorAlert.tsx';
import { currency, formatMoney, formatNumber, locale } from '../../../i18n/format.ts';
import { DateField } from '../common/DateField.tsx';
import { blanksToNull } from '../common/EditDrawer.tsx';
import { useVersionedSave } from '../common/useVersionedSave.tsx';

const STATUSES = ['open', 'sanctioned', 'closed'] as const;

/** The fine in words under the box ("Mười hai triệu đồng chẵn"), as decisions write it. */
function FineInWords({ amount }: { amount: number | null | undefined }) {
  const { t } = useTranslation();
  if (amount == null || !Number.isInteger(amount) || amount <= 0) return null;
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }} data-testid="fine-words">
      {formatMoney(amount)} — {t('facilities.sanction.inWords')}{' '}
      <span lang="vi">{amountInWords(amount)}</span>
    </Typography.Text>
  );
}

/** The server's warnings about a fine outside the article's range: said loudly, yet the fine is saved. */
export function FineWarnings({
  violation,
}: {
  violation?: { warnings: string[]; warningsEn: string[] } | null;
}) {
  const { t } = useTranslation();
  const warnings = (locale() === 'en' ? violation?.warningsEn : violation?.warnings) ?? [];
  if (!warnings.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="sanction-warnings"
      title={t('facilities.sanction.warnings')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 12, fontWeight: 500 }}
    />
  );
}

/** A violation's sanction decision and follow-up; a stale save keeps what was typed (409). */
export function SanctionForm({ violation, inspectionId }: { violation: ViolationDto; inspectionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const save = useVersionedSave<ViolationDto>(violation, async (current) => {
    const fresh = await get<InspectionDto>(`/api/inspections/${inspectionId}`);
    return fresh.violations.find((v) => v.id === current.id) ?? current;
  });
  const fine = Form.useWatch('fineAmount', form) as number | null | undefined;

  useEffect(() => {
    form.setFields(fieldErrors(save.error));
  }, [form, save.error]);

  async function submit() {
    const v = await form.validateFields();
    const saved = await save.run((base) =>
      patch<ViolationDto>(`/api/violations/${base!.id}`, {
        ...blanksToNull(v),
        fineAmount: v.fineAmount ?? null,
        version: base!.version,
      }),
    );
    if (!saved) return;
    save.setBase(saved);
    message.success(t('facilities.sanction.saved'));
    await client.invalidateQueries({ queryKey: ['facilities'] });
  }

  return (
    <div data-testid={`sanction-${violation.id}`}>
      <FineWarnings violation={save.base} />
      {save.alert}
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed, all) => {
          // A decision number or a fine typed on an open violation: it has been sanctioned.
          if (('decisionNumber' in changed || 'fineAmount' in changed) && all.status === 'open')
            form.setFieldValue('status', 'sanctioned');
        }}
        initialValues={{
          decisionNumber: violation.decisionNumber,
          decisionDate: violation.decisionDate,
          fineAmount: violation.fineAmount,
          followUp: violation.followUp,
          status: violation.status,
        }}
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px' }}>
          <Form.Item
            name="decisionNumber"
            label={t('facilities.sanction.decisionNumber')}
            rules={[{ max: 100 }]}
            style={{ flex: '1 1 200px', minWidth: 0 }}
          >
            <Input placeholder="12/QĐ-XPHC" data-testid="sanction-decision" />
          </Form.Item>
          <Form.Item
            name="decisionDate"
            label={t('facilities.sanction.decisionDate')}
            style={{ flex: '0 1 200px' }}
          >
            <DateField allowClear />
          </Form.Item>
        </div>
        <Form.Item
          name="fineAmount"
          label={t('facilities.sanction.fine')}
          extra={<FineInWords amount={fine} />}
        >
          <InputNumber<number>
            min={0}
            max={10_000_000_000}
            precision={0}
            step={500_000}
            controls={false}
            inputMode="numeric"
            formatter={(n) =>
              n === undefined || n === null || String(n) === '' ? '' : formatNumber(Number(n))
            }
            parser={(s) => Number((s ?? '').replace(/\D/g, '')) || 0}
            suffix={currency()}
            style={{ width: '100%', maxWidth: 280 }}
            data-testid="sanction-fine"
          />
        </Form.Item>
        <Form.Item name="followUp" label={t('facilities.sanction.followUp')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="status" label={t('facilities.sanction.status')}>
          <Select
            options={STATUSES.map((s) => ({ value: s, label: t(`facilities.sanction.statuses.${s}`) }))}
            style={{ maxWidth: 280 }}
            data-testid="sanction-status"
          />
        </Form.Item>
        <Button type="primary" loading={save.busy} onClick={() => void submit()} data-testid="sanction-save">
          {t('facilities.sanction.save')}
        </Button>
      </Form>
    </div>
  );
}

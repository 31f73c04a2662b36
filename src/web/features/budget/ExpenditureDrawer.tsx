import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BudgetAllocationLineDto,
  BudgetDto,
  ExpenditureInput,
} from '../../../shared/contracts/budget.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { SideDrawer } from '../../components/SideDrawer.tsx';
import { formatMoney, locale } from '../../i18n/format.ts';
import { DateField } from '../facilities/common/DateField.tsx';
import { recordExpenditure } from './api.ts';
import { MoneyInput } from './MoneyInput.tsx';

type Values = Omit<ExpenditureInput, 'planId'>;

/**
 * Recording one expenditure by its voucher: activity, source, date (dd/mm/yyyy), amount, voucher
 * number, what it paid for. Full-width on a phone. Spending past an allocation is recorded and warned.
 */
export function ExpenditureDrawer({
  planId,
  year,
  budget,
  lines,
  onClose,
}: {
  planId: string;
  year: number;
  budget: BudgetDto;
  lines: BudgetAllocationLineDto[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const today = todayInVietnam();
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordExpenditure({ ...v, planId, description: v.description?.trim() || null }),
    onSuccess: async ({ expenditure, warnings: vi, warningsEn }) => {
      const warnings = locale() === 'en' ? warningsEn : vi;
      await client.invalidateQueries({ queryKey: ['budget'] });
      if (warnings.length)
        modal.warning({
          title: t('budget.expenditures.warned'),
          content: warnings.map((w) => <p key={w}>{w}</p>),
        });
      else message.success(t('budget.expenditures.saved', { amount: formatMoney(expenditure.amount) }));
      onClose();
    },
  });
  useEffect(() => {
    form.setFields(fieldErrors(save.error) as Parameters<typeof form.setFields>[0]);
  }, [form, save.error]);
  const required = [{ required: true, message: t('budget.expenditures.required') }];
  const withMoney = new Set(lines.map((l) => l.activityId));

  return (
    <SideDrawer
      title={t('budget.expenditures.drawer')}
      onClose={onClose}
      testId="expenditure-drawer"
      footer={
        <Space>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => void form.validateFields().then((v) => save.mutate(v))}
            data-testid="expenditure-save"
          >
            {t('budget.expenditures.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      }
    >
      <ErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ spentOn: today.startsWith(String(year)) ? today : undefined }}
        onValuesChange={(changed: Partial<Values>) => {
          // An activity with money from one source only: that source.
          if (!changed.activityId) return;
          const from = lines.filter((l) => l.activityId === changed.activityId);
          if (from.length === 1) form.setFieldValue('sourceKey', from[0].sourceKey);
        }}
      >
        <Form.Item name="activityId" label={t('budget.expenditures.activity')} rules={required}>
          <Select
            data-testid="expenditure-activity"
            showSearch={{ optionFilterProp: 'label' }}
            // Activities with money first: spending is mostly against them.
            options={[...budget.byActivity]
              .sort((a, b) => Number(withMoney.has(b.activityId)) - Number(withMoney.has(a.activityId)))
              .map((a) => ({ value: a.activityId, label: `${a.numberLabel}. ${a.title}` }))}
          />
        </Form.Item>
        <Form.Item name="sourceKey" label={t('budget.expenditures.source')} rules={required}>
          <Select
            data-testid="expenditure-source"
            options={budget.bySource.map((s) => ({ value: s.key, label: s.name }))}
          />
        </Form.Item>
        <Row gutter={8}>
          <Col xs={12}>
            <Form.Item name="spentOn" label={t('budget.expenditures.date')} rules={required}>
              <DateField testId="expenditure-date" disabledAfter={today} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="voucherNumber" label={t('budget.expenditures.voucher')} rules={required}>
              <Input data-testid="expenditure-voucher" maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="amount" label={t('budget.expenditures.amount')} rules={required}>
          <MoneyInput testId="expenditure-amount" />
        </Form.Item>
        <Form.Item name="description" label={t('budget.expenditures.description')}>
          <Input.TextArea data-testid="expenditure-description" rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </SideDrawer>
  );
}

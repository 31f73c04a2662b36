import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NATIONAL_INDICATORS,
  NATIONAL_TARGET_COMPARATOR_LABELS,
  NATIONAL_TARGET_COMPARATORS,
  type NationalIndicator,
  type NationalTargetDto,
  type NationalTargetInput,
} from '../../../shared/contracts/national.ts';
import { formatNumberVi } from '../../../shared/format/index.ts';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { createNationalTarget, updateNationalTarget, useNationalTargets } from './api.ts';

const lang = (l: string) => (l === 'en' ? 'en' : 'vi');

/** "dưới 109 bé trai/100 bé gái": a target as one phrase. */
export function targetPhrase(t: NationalTargetDto, language: string): string {
  return `${NATIONAL_TARGET_COMPARATOR_LABELS[t.comparator][lang(language)]} ${formatNumberVi(t.value, Number.isInteger(t.value) ? 0 : 1)} ${t.unit}`;
}

/** Cục Dân số's yearly targets: everyone reads them; the national reader and the admin add them. */
export function NationalTargetsCard({ canWrite }: { canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const targets = useNationalTargets();
  // The form: closed, a new target ('new'), or the target being edited (saved with its version,
  // so an edit made meanwhile by someone else is refused, not overwritten).
  const [editing, setEditing] = useState<'new' | NationalTargetDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<NationalTargetInput>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const indicatorName = (code: string) =>
    (NATIONAL_INDICATORS as Record<string, { vi: string; en: string }>)[code]?.[lang(i18n.language)] ?? code;

  async function save(v: NationalTargetInput) {
    setError(null);
    try {
      const input = { ...v, note: v.note || null };
      if (editing && editing !== 'new')
        await updateNationalTarget(editing.id, { ...input, version: editing.version });
      else await createNationalTarget(input);
      await client.invalidateQueries({ queryKey: ['national'] });
      message.success(t('national.targets.saved'));
      form.resetFields();
      setEditing(null);
    } catch (err) {
      setError(err);
      form.setFields(fieldErrors(err) as Parameters<typeof form.setFields>[0]);
    }
  }

  return (
    <Card
      title={t('national.targets.title')}
      size="small"
      data-testid="national-targets"
      extra={
        canWrite && !editing ? (
          <Button size="small" onClick={() => setEditing('new')} data-testid="national-target-add">
            {t('national.targets.add')}
          </Button>
        ) : null
      }
    >
      {editing && (
        <Form
          form={form}
          layout="inline"
          onFinish={save}
          initialValues={{ indicator: 'srb', comparator: 'below', unit: NATIONAL_INDICATORS.srb.unit }}
          style={{ marginBottom: 12, rowGap: 8 }}
        >
          <Form.Item
            name="year"
            label={t('national.targets.year')}
            rules={[{ required: true, message: t('national.targets.required') }]}
          >
            <InputNumber min={2000} max={2100} style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="indicator" label={t('national.targets.indicator')}>
            <Select
              style={{ width: 240 }}
              options={(Object.keys(NATIONAL_INDICATORS) as NationalIndicator[]).map((k) => ({
                value: k,
                label: indicatorName(k),
              }))}
              onChange={(k: NationalIndicator) => form.setFieldValue('unit', NATIONAL_INDICATORS[k].unit)}
            />
          </Form.Item>
          <Form.Item name="comparator" label={t('national.targets.comparator')}>
            <Select
              style={{ width: 120 }}
              options={NATIONAL_TARGET_COMPARATORS.map((c) => ({
                value: c,
                label: NATIONAL_TARGET_COMPARATOR_LABELS[c][lang(i18n.language)],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="value"
            label={t('national.targets.value')}
            rules={[{ required: true, message: t('national.targets.required') }]}
          >
            <InputNumber min={0} max={1000} step={0.1} decimalSeparator="," style={{ width: 100 }} />
          </Form.Item>
          <Form.Item
            name="unit"
            label={t('national.targets.unit')}
            rules={[{ required: true, message: t('national.targets.required') }]}
          >
            <Input style={{ width: 170 }} />
          </Form.Item>
          <Form.Item
            name="sourceDocument"
            label={t('national.targets.source')}
            rules={[{ required: true, message: t('national.targets.required') }]}
          >
            <Input style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="note" label={t('national.targets.note')}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="national-target-save">
              {t('national.targets.save')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setEditing(null);
              }}
            >
              {t('national.targets.cancel')}
            </Button>
          </Space>
        </Form>
      )}
      {!!error && <ErrorAlert error={error} />}
      <Table<NationalTargetDto>
        rowKey="id"
        size="small"
        pagination={false}
        loading={targets.isLoading}
        dataSource={targets.data?.items ?? []}
        columns={[
          { title: t('national.targets.year'), dataIndex: 'year', width: 80 },
          { title: t('national.targets.indicator'), dataIndex: 'indicator', render: indicatorName },
          {
            title: t('national.targets.target'),
            render: (_, r) => (
              <>
                {targetPhrase(r, i18n.language)}{' '}
                {!r.verified && <Tag>{t('national.targets.unverified')}</Tag>}
              </>
            ),
          },
          { title: t('national.targets.source'), dataIndex: 'sourceDocument' },
          ...(canWrite
            ? [
                {
                  key: 'edit',
                  width: 80,
                  render: (_: unknown, r: NationalTargetDto) => (
                    <Button
                      size="small"
                      type="link"
                      data-testid={`national-target-edit-${r.year}-${r.indicator}`}
                      onClick={() => {
                        setError(null);
                        setEditing(r);
                        form.setFieldsValue({
                          ...r,
                          indicator: r.indicator as NationalIndicator,
                          note: r.note ?? undefined,
                        });
                      }}
                    >
                      {t('national.targets.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  PARTICIPANT_GROUPS,
} from '../../../shared/contracts/activity-kinds.ts';
import type { PlanDto } from '../../../shared/contracts/plans.ts';
import { ApiError } from '../../app/api.ts';
import { fieldErrors } from '../../components/ErrorAlert.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { DateField } from '../facilities/common/DateField.tsx';
import { useUnitDetail, useVillages } from '../org-units/useUnits.ts';
import { MeasuresFields } from './MeasuresFields.tsx';
import { blankMeasures, isActivityKind, type RecordValues } from './record-values.ts';

const section = { size: 'small' as const, style: { marginBottom: 12 }, styles: { body: { padding: 12 } } };
const num = { style: { width: '100%' }, min: 0, inputMode: 'numeric' as const };
/** 23500000 → '23.500.000' as typed, and back. */
const dotted = (v: string | number | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const undotted = (v: string | undefined) => (v ? Number(v.replace(/\D/g, '')) : (null as unknown as number));

/**
 * One activity record, its fields following the kind of activity (channels and minutes for media,
 * days and trainees for a training…) and then what every record has: when, where, who came, what
 * came out of it, what it cost. Made for a phone: one or two fields a row, nothing wider than the screen.
 */
export function RecordForm({
  plan,
  activityKind,
  initial,
  error,
  communeLocked,
  busy,
  top,
  onChange,
  onSubmit,
  actions,
  readOnly,
}: {
  readOnly?: boolean;
  plan: PlanDto;
  /** The plan activity's kind; when it names none, the user picks one. */
  activityKind: string | null | undefined;
  initial: RecordValues;
  error: unknown;
  /** A commune's own staff record for their commune: it is chosen for them. */
  communeLocked: boolean;
  busy: boolean;
  top?: ReactNode;
  onChange?(values: RecordValues): void;
  onSubmit(values: RecordValues): void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordValues>();
  const fixedKind = isActivityKind(activityKind) ? activityKind : null;
  const kind = (Form.useWatch(['measures', 'kind'], form) ?? initial.measures.kind) as ActivityKind;
  const communeId = Form.useWatch('communeUnitId', form) ?? null;
  const villages = useVillages(communeId);
  const sources = plan.content.funding?.sources ?? [];

  useEffect(() => {
    form.setFields(fieldErrors(error) as Parameters<typeof form.setFields>[0]);
  }, [form, error]);
  const listError = (list: string) =>
    error instanceof ApiError
      ? error.issues.find((i) => i.path.length === 2 && i.path[0] === 'measures' && i.path[1] === list)
          ?.message
      : undefined;

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      disabled={busy || readOnly}
      onValuesChange={(changed, all) => {
        if (changed.measures?.kind && changed.measures.kind !== all.measures?.kind) return;
        onChange?.(form.getFieldsValue(true) as RecordValues);
      }}
      onFinish={() => onSubmit(form.getFieldsValue(true) as RecordValues)}
      data-testid="record-form"
      scrollToFirstError
    >
      {top}
      <Card {...section} title={t('activities.form.measures')}>
        {fixedKind ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }} data-testid="record-kind">
            {t(`activities.kinds.${fixedKind}`)}
          </Typography.Paragraph>
        ) : (
          <Form.Item name={['measures', 'kind']} label={t('activities.form.kind')}>
            <Select
              data-testid="record-kind-select"
              options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
              onChange={(k: ActivityKind) => {
                form.setFieldValue('measures', blankMeasures(k));
                onChange?.(form.getFieldsValue(true) as RecordValues);
              }}
            />
          </Form.Item>
        )}
        <MeasuresFields kind={kind} listError={listError} />
      </Card>

      <Card {...section} title={t('activities.form.dates')}>
        <Row gutter={8}>
          <Col xs={12}>
            <Form.Item
              name="startDate"
              label={t('activities.form.startDate')}
              rules={[{ required: true, message: t('activities.form.required') }]}
            >
              <DateField testId="record-start" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="endDate"
              label={t('activities.form.endDate')}
              rules={[{ required: true, message: t('activities.form.required') }]}
            >
              <DateField testId="record-end" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="communeUnitId" label={t('activities.form.commune')}>
              {communeLocked ? <CommuneName /> : <UnitPicker level="commune" />}
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="villageUnitIds" label={t('activities.form.villages')}>
              <Select
                mode="multiple"
                allowClear
                disabled={!communeId}
                optionFilterProp="label"
                loading={villages.isLoading}
                options={(villages.data ?? [])
                  .filter((v) => !v.validTo)
                  .map((v) => ({ value: v.id, label: v.name }))}
                data-testid="record-villages"
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card {...section} title={t('activities.form.participants')}>
        <Row gutter={8}>
          <Col xs={8}>
            <Form.Item name={['participants', 'total']} label={t('activities.form.total')}>
              <InputNumber {...num} data-testid="record-total" />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name={['participants', 'men']} label={t('activities.form.men')}>
              <InputNumber {...num} data-testid="record-men" />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name={['participants', 'women']} label={t('activities.form.women')}>
              <InputNumber {...num} data-testid="record-women" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary">{t('activities.form.byGroup')}</Typography.Text>
        <Row gutter={8} style={{ marginTop: 4 }}>
          {PARTICIPANT_GROUPS.map((g) => (
            <Col xs={24} sm={12} key={g}>
              <Form.Item
                name={['participants', 'groups', g]}
                label={t(`activities.groups.${g}`)}
                style={{ marginBottom: 8 }}
              >
                <InputNumber {...num} data-testid={`record-group-${g}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>

      <Card {...section} title={t('activities.form.outputs')}>
        <Form.List name="outputs">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key} align="bottom">
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name={[f.name, 'description']}
                      label={t('activities.form.outputDescription')}
                      rules={[{ required: true, whitespace: true, message: t('activities.form.required') }]}
                    >
                      <Input data-testid={`record-output-${f.name}-description`} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={5}>
                    <Form.Item name={[f.name, 'quantity']} label={t('activities.form.outputQuantity')}>
                      <InputNumber {...num} data-testid={`record-output-${f.name}-quantity`} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={5}>
                    <Form.Item name={[f.name, 'unit']} label={t('activities.form.outputUnit')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    <Form.Item label=" ">
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('activities.form.remove')}
                        onClick={() => remove(f.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ description: '', quantity: null, unit: null })}
                data-testid="record-output-add"
              >
                {t('activities.form.addOutput')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card {...section} title={t('activities.form.cost')}>
        <Row gutter={8}>
          <Col xs={24} sm={12}>
            <Form.Item name="cost" label={t('activities.form.cost')}>
              <InputNumber
                {...num}
                formatter={dotted}
                parser={undotted}
                suffix={t('activities.form.dong')}
                data-testid="record-cost"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="fundingSourceKey" label={t('activities.form.funding')}>
              <Select
                allowClear
                disabled={!sources.length}
                placeholder={sources.length ? undefined : t('activities.form.noFunding')}
                options={sources.map((s) => ({ value: s.key, label: s.name }))}
                data-testid="record-funding"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('activities.form.notes')} style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="record-notes" />
        </Form.Item>
      </Card>
      <div style={{ display: readOnly ? 'none' : 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="record-save" size="large">
          {busy ? t('activities.form.saving') : t('activities.form.save')}
        </Button>
        {actions}
      </div>
    </Form>
  );
}

/** The commune chosen for a commune's own staff, shown as text. */
function CommuneName({ value }: { value?: number | null }) {
  const { t } = useTranslation();
  const unit = useUnitDetail(value ?? null).data?.name;
  return <Typography.Text data-testid="record-commune">{unit ?? t('activities.none')}</Typography.Text>;
}

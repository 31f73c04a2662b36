import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SubnodeOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine, PlanActivity, PlanContent } from '../../../../shared/contracts/plans.ts';
import { formatMoney } from '../../../i18n/format.ts';
import {
  flatten,
  insertAt,
  move,
  newActivity,
  numberOf,
  removeAt,
  type TreePath,
  updateAt,
} from './activity-tree.ts';
import {
  NullableInput,
  OrganisationSelect,
  TextListEditor,
  UnitsSelect,
  useProvinceOrganisations,
} from './fields.tsx';

interface Props {
  content: PlanContent;
  provinceCode: string;
  onChange(activities: PlanActivity[]): void;
}

/** The numbered activity tree: reorder, nest, and edit each activity's fields. */
export function ActivitiesEditor({ content, provinceCode, onChange }: Props) {
  const { t } = useTranslation();
  const list = content.activities;
  const [open, setOpen] = useState<string | null>(null);
  const rows = flatten(list);
  const orgs = useProvinceOrganisations(provinceCode);
  const names = new Map((orgs.data?.items ?? []).map((o) => [o.id, o.name]));
  const set = (path: TreePath, patch: Partial<PlanActivity>) => onChange(updateAt(list, path, patch));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="activities-editor">
      {rows.map(({ activity: a, path }) => (
        <Card
          key={a.id}
          size="small"
          style={{ marginInlineStart: (path.length - 1) * 24 }}
          data-testid={`activity-${numberOf(path)}`}
          title={
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
              <Typography.Text strong data-testid="activity-number">
                {numberOf(path)}.
              </Typography.Text>
              <Input
                data-testid="activity-title"
                value={a.title}
                placeholder={t('plans.f.activityTitle')}
                onChange={(e) => set(path, { title: e.target.value })}
                style={{ flex: 1, minWidth: 0 }}
              />
              {a.inheritedFromId && <Tag>{t('plans.inherited')}</Tag>}
            </div>
          }
          extra={
            <Space size={2}>
              <Button
                size="small"
                icon={<ArrowUpOutlined />}
                aria-label={t('plans.up')}
                data-testid="activity-up"
                onClick={() => onChange(move(list, path, -1))}
              />
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                aria-label={t('plans.down')}
                onClick={() => onChange(move(list, path, 1))}
              />
              <Button
                size="small"
                icon={<SubnodeOutlined />}
                aria-label={t('plans.addChild')}
                onClick={() => onChange(insertAt(list, path, newActivity(), true))}
              />
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('plans.remove')}
                onClick={() => onChange(removeAt(list, path))}
              />
            </Space>
          }
        >
          {open === a.id ? (
            <ActivityFields
              activity={a}
              content={content}
              provinceCode={provinceCode}
              onChange={(patch) => set(path, patch)}
            />
          ) : (
            <Button type="link" size="small" onClick={() => setOpen(a.id)} data-testid="activity-open">
              {t('plans.f.lead')}:{' '}
              {(a.leadOrganisationId ? names.get(a.leadOrganisationId) : a.leadName) || '—'} ·{' '}
              {t('plans.edit')}
            </Button>
          )}
        </Card>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange(insertAt(list, null, newActivity()))}
        data-testid="activity-add"
      >
        {t('plans.add')} {t('plans.sections.activities').toLowerCase()}
      </Button>
    </Space>
  );
}

function ActivityFields({
  activity: a,
  content,
  provinceCode,
  onChange,
}: {
  activity: PlanActivity;
  content: PlanContent;
  provinceCode: string;
  onChange(p: Partial<PlanActivity>): void;
}) {
  const { t } = useTranslation();
  const date = (d?: string | null) => (d ? dayjs(d) : null);
  const setLine = (i: number, patch: Partial<BudgetLine>) =>
    onChange({
      budgetLines: a.budgetLines.map((l, j) => {
        if (j !== i) return l;
        const next = { ...l, ...patch };
        // Quantity × unit cost fills the amount; the amount can still be typed directly.
        if (
          (patch.quantity !== undefined || patch.unitCost !== undefined) &&
          next.quantity != null &&
          next.unitCost != null
        )
          next.amount = Math.round(next.quantity * next.unitCost);
        return next;
      }),
    });
  return (
    <Form layout="vertical" size="small">
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.lead')}>
            <OrganisationSelect
              testId="activity-lead"
              provinceCode={provinceCode}
              value={a.leadOrganisationId}
              onChange={(v: string | null) => onChange({ leadOrganisationId: v })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.leadName')}>
            <NullableInput
              testId="activity-lead-name"
              value={a.leadName}
              onChange={(v) => onChange({ leadName: v })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.coordinating')}>
            <OrganisationSelect
              multiple
              provinceCode={provinceCode}
              value={a.coordinatingOrganisationIds}
              onChange={(v: string[]) => onChange({ coordinatingOrganisationIds: v })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.partnerNames')}>
            {/* Partners outside the directory, as the plan writes them ("Các trường THPT"). */}
            <Select
              data-testid="activity-partner-names"
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[';']}
              value={a.coordinatingNames}
              onChange={(v: string[]) =>
                onChange({ coordinatingNames: v.map((x) => x.trim()).filter(Boolean) })
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.places')}>
            <UnitsSelect
              provinceCode={provinceCode}
              year={content.period.end}
              value={a.placeUnitIds}
              onChange={(v) => onChange({ placeUnitIds: v })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('plans.f.start')}>
            <DatePicker
              data-testid="activity-start"
              format="DD/MM/YYYY"
              value={date(a.start)}
              onChange={(d) => onChange({ start: d ? d.format('YYYY-MM-DD') : null })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('plans.f.end')}>
            <DatePicker
              data-testid="activity-end"
              format="DD/MM/YYYY"
              value={date(a.end)}
              onChange={(d) => onChange({ end: d ? d.format('YYYY-MM-DD') : null })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.timeText')}>
            <Input
              value={a.timeText ?? ''}
              placeholder="Dự kiến tháng 6, 7 năm 2020"
              onChange={(e) => onChange({ timeText: e.target.value || null })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('plans.f.contentLines')}>
        <TextListEditor value={a.content} onChange={(v) => onChange({ content: v })} />
      </Form.Item>
      <Form.Item label={t('plans.f.forms')}>
        <TextListEditor value={a.forms} onChange={(v) => onChange({ forms: v })} />
      </Form.Item>
      <Form.Item label={t('plans.f.audiences')}>
        <TextListEditor value={a.audiences} onChange={(v) => onChange({ audiences: v })} />
      </Form.Item>
      <Form.Item label={t('plans.f.outputs')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {a.outputs.map((o, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: outputs have no id of their own
            <Space.Compact key={i} style={{ width: '100%' }}>
              <InputNumber
                placeholder={t('plans.f.quantity')}
                value={o.quantity ?? null}
                onChange={(v) =>
                  onChange({ outputs: a.outputs.map((x, j) => (j === i ? { ...x, quantity: v } : x)) })
                }
                style={{ width: 110 }}
              />
              <Input
                placeholder={t('plans.f.unit')}
                value={o.unit ?? ''}
                onChange={(e) =>
                  onChange({
                    outputs: a.outputs.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)),
                  })
                }
                style={{ width: 120 }}
              />
              <Input
                value={o.description}
                onChange={(e) =>
                  onChange({
                    outputs: a.outputs.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)),
                  })
                }
              />
              {a.placeUnitIds.length > 1 && o.shareRule !== 'by_unit' && (
                // How the units' plans divide this output among them (their share, never the whole).
                <Select
                  data-testid={`output-share-rule-${i}`}
                  value={o.shareRule ?? 'equal'}
                  onChange={(v) =>
                    onChange({ outputs: a.outputs.map((x, j) => (j === i ? { ...x, shareRule: v } : x)) })
                  }
                  options={(['equal', 'population'] as const).map((r) => ({
                    value: r,
                    label: t(`plans.f.shareRules.${r}`),
                  }))}
                  style={{ width: 170 }}
                />
              )}
              <Button
                icon={<DeleteOutlined />}
                onClick={() => onChange({ outputs: a.outputs.filter((_, j) => j !== i) })}
              />
            </Space.Compact>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              onChange({ outputs: [...a.outputs, { description: '', quantity: null, unit: null }] })
            }
          >
            {t('plans.addLine')}
          </Button>
        </Space>
      </Form.Item>
      <Form.Item
        label={`${t('plans.f.budgetLines')}${a.budgetLines.length ? ` — ${formatMoney(a.budgetLines.reduce((s, l) => s + l.amount, 0))}` : ''}`}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          {a.budgetLines.map((l, i) => (
            <Space.Compact key={l.id} style={{ width: '100%' }}>
              <Input
                placeholder={t('plans.f.item')}
                value={l.item}
                onChange={(e) => setLine(i, { item: e.target.value })}
              />
              <Select
                placeholder={t('plans.f.source')}
                value={l.sourceKey || undefined}
                onChange={(v) => setLine(i, { sourceKey: v })}
                options={content.funding.sources.map((s) => ({ value: s.key, label: s.name }))}
                style={{ width: 180 }}
              />
              <InputNumber
                placeholder={t('plans.f.quantity')}
                value={l.quantity ?? null}
                onChange={(v) => setLine(i, { quantity: v })}
                style={{ width: 90 }}
              />
              <InputNumber
                placeholder={t('plans.f.unitCost')}
                value={l.unitCost ?? null}
                onChange={(v) => setLine(i, { unitCost: v })}
                style={{ width: 130 }}
              />
              <InputNumber
                placeholder={t('plans.f.amount')}
                value={l.amount}
                onChange={(v) => setLine(i, { amount: v ?? 0 })}
                style={{ width: 140 }}
              />
              <Button
                icon={<DeleteOutlined />}
                onClick={() => onChange({ budgetLines: a.budgetLines.filter((_, j) => j !== i) })}
              />
            </Space.Compact>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              onChange({
                budgetLines: [
                  ...a.budgetLines,
                  {
                    id: crypto.randomUUID(),
                    item: '',
                    sourceKey: content.funding.sources[0]?.key ?? '',
                    amount: 0,
                  },
                ],
              })
            }
          >
            {t('plans.addLine')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  COMPARATOR_SIGNS,
  type PlanContent,
  type ResponsibilityGroup,
  SIGNATURE_AUTHORITIES,
  TARGET_COMPARATORS,
} from '../../../../shared/contracts/plans.ts';
import { amountInWords } from '../../../../shared/format/index.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { NullableInput, TextListEditor } from './fields.tsx';
import { PeriodField } from './PeriodField.tsx';
import { TargetKindFields } from './TargetKindFields.tsx';

// The plan's other sections, each a small controlled form over part of the content.

export interface SectionProps {
  content: PlanContent;
  onChange(patch: Partial<PlanContent>): void;
}

const dateValue = (d?: string | null) => (d ? dayjs(d) : null);
const iso = (d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

export function GeneralEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" size="small">
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.parentBody')}>
            <NullableInput value={c.parentBodyName} onChange={(v) => onChange({ parentBodyName: v })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.issuer')}>
            <Input
              data-testid="plan-issuer-name"
              value={c.issuerName}
              onChange={(e) => onChange({ issuerName: e.target.value })}
            />
          </Form.Item>
        </Col>
        <Col xs={8} md={4}>
          <Form.Item label={t('plans.f.number')}>
            <Input
              data-testid="plan-number"
              value={c.number ?? ''}
              onChange={(e) => onChange({ number: e.target.value || null })}
            />
          </Form.Item>
        </Col>
        <Col xs={16} md={6}>
          <Form.Item label={t('plans.f.symbol')}>
            <Input
              data-testid="plan-symbol"
              value={c.symbol ?? ''}
              placeholder="KH-TYT"
              onChange={(e) => onChange({ symbol: e.target.value.toLocaleUpperCase('vi') || null })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('plans.f.place')}>
            <Input value={c.place} onChange={(e) => onChange({ place: e.target.value })} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item label={t('plans.f.date')}>
            <DatePicker
              data-testid="plan-date"
              format="DD/MM/YYYY"
              value={dateValue(c.issuedDate)}
              onChange={(d) => onChange({ issuedDate: iso(d) })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('plans.period')}>
            <PeriodField value={c.period} onChange={(period) => onChange({ period })} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('plans.f.subject')}>
        <Input.TextArea
          data-testid="plan-subject"
          autoSize
          value={c.subject}
          onChange={(e) => onChange({ subject: e.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('plans.f.preamble')}>
        <Input.TextArea
          autoSize
          value={c.preamble ?? ''}
          onChange={(e) => onChange({ preamble: e.target.value || null })}
        />
      </Form.Item>
    </Form>
  );
}

export function LegalBasesEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PlanContent['legalBases'][number]>) =>
    onChange({ legalBases: c.legalBases.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {c.legalBases.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the position orders the căn cứ
        <Row key={i} gutter={8}>
          <Col xs={8} md={3}>
            <Select
              value={b.verb}
              onChange={(v) => set(i, { verb: v })}
              options={['Căn cứ', 'Thực hiện'].map((v) => ({ value: v, label: v }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={16} md={3}>
            <Input
              placeholder={t('plans.f.kind')}
              value={b.kind}
              onChange={(e) => set(i, { kind: e.target.value })}
            />
          </Col>
          <Col xs={12} md={4}>
            <NullableInput
              placeholder={t('plans.f.docNumber')}
              value={b.number}
              onChange={(v) => set(i, { number: v })}
            />
          </Col>
          <Col xs={12} md={3}>
            <DatePicker
              format="DD/MM/YYYY"
              value={dateValue(b.date)}
              onChange={(d) => set(i, { date: iso(d) })}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} md={4}>
            <NullableInput
              placeholder={t('plans.f.docIssuer')}
              value={b.issuer}
              onChange={(v) => set(i, { issuer: v })}
            />
          </Col>
          <Col xs={20} md={6}>
            <NullableInput
              placeholder={t('plans.f.docTitle')}
              value={b.title}
              onChange={(v) => set(i, { title: v })}
            />
          </Col>
          <Col xs={4} md={1}>
            <Button
              icon={<DeleteOutlined />}
              onClick={() => onChange({ legalBases: c.legalBases.filter((_, j) => j !== i) })}
            />
          </Col>
        </Row>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => onChange({ legalBases: [...c.legalBases, { verb: 'Căn cứ', kind: 'Kế hoạch' }] })}
      >
        {t('plans.add')}
      </Button>
    </Space>
  );
}

export function PurposesEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('plans.f.purposes')}>
        <TextListEditor value={c.purposes} onChange={(v) => onChange({ purposes: v })} />
      </Form.Item>
      <Form.Item label={t('plans.f.requirements')}>
        <TextListEditor value={c.requirements} onChange={(v) => onChange({ requirements: v })} />
      </Form.Item>
    </Form>
  );
}

export function ObjectivesEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PlanContent['targets'][number]>) =>
    onChange({ targets: c.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('plans.f.generalObjective')}>
        <TextListEditor value={c.generalObjective} onChange={(v) => onChange({ generalObjective: v })} />
      </Form.Item>
      <Form.Item label={t('plans.f.targets')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {c.targets.map((x, i) => (
            // Each target its own block: its kind, years and wording sit under its indicator.
            <Row
              key={x.id}
              gutter={[8, 4]}
              data-testid="target"
              style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
            >
              <Col xs={24} md={12}>
                <Input.TextArea
                  data-testid="target-indicator"
                  autoSize
                  placeholder={t('plans.f.indicator')}
                  value={x.indicator}
                  onChange={(e) => set(i, { indicator: e.target.value })}
                />
              </Col>
              <Col xs={6} md={3}>
                <Select
                  data-testid="target-comparator"
                  value={x.comparator}
                  onChange={(v) => set(i, { comparator: v })}
                  options={TARGET_COMPARATORS.map((k) => ({
                    value: k,
                    label: k === 'range' ? 'từ … đến' : COMPARATOR_SIGNS[k],
                  }))}
                  style={{ width: '100%' }}
                />
              </Col>
              <Col xs={6} md={2}>
                <InputNumber
                  data-testid="target-value"
                  decimalSeparator=","
                  value={x.value}
                  onChange={(v) => set(i, { value: v ?? 0 })}
                  style={{ width: '100%' }}
                />
              </Col>
              <Col xs={6} md={2}>
                {x.comparator === 'range' && (
                  <InputNumber
                    decimalSeparator=","
                    placeholder={t('plans.f.valueMax')}
                    value={x.valueMax ?? null}
                    onChange={(v) => set(i, { valueMax: v })}
                    style={{ width: '100%' }}
                  />
                )}
              </Col>
              <Col xs={6} md={4}>
                <Input
                  data-testid="target-unit"
                  placeholder={t('plans.f.unit')}
                  value={x.unit}
                  onChange={(e) => set(i, { unit: e.target.value })}
                />
              </Col>
              <Col xs={24} md={1}>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => onChange({ targets: c.targets.filter((_, j) => j !== i) })}
                />
              </Col>
              <Col xs={24} md={8}>
                <NullableInput
                  placeholder={t('plans.f.population')}
                  value={x.population}
                  onChange={(v) => set(i, { population: v })}
                />
              </Col>
              <Col xs={8} md={3}>
                <InputNumber
                  decimalSeparator=","
                  placeholder={t('plans.f.baseline')}
                  value={x.baseline ?? null}
                  onChange={(v) => set(i, { baseline: v })}
                  style={{ width: '100%' }}
                />
              </Col>
              <Col xs={16} md={13}>
                <NullableInput
                  placeholder={t('plans.f.measurement')}
                  value={x.measurement}
                  onChange={(v) => set(i, { measurement: v })}
                />
              </Col>
              <TargetKindFields target={x} period={c.period} onChange={(patch) => set(i, patch)} />
            </Row>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            data-testid="target-add"
            onClick={() =>
              onChange({
                targets: [
                  ...c.targets,
                  {
                    id: crypto.randomUUID(),
                    indicator: '',
                    comparator: 'gte',
                    value: 100,
                    unit: '%',
                    unitIds: [],
                  },
                ],
              })
            }
          >
            {t('plans.add')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

export function FundingEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const f = c.funding;
  const set = (i: number, patch: Partial<PlanContent['funding']['sources'][number]>) =>
    onChange({ funding: { ...f, sources: f.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)) } });
  const total = f.total ?? f.sources.reduce((s, x) => s + (x.amount ?? 0), 0);
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('plans.f.fundingText')}>
        <Input.TextArea
          autoSize
          value={f.text ?? ''}
          onChange={(e) => onChange({ funding: { ...f, text: e.target.value || null } })}
        />
      </Form.Item>
      <Form.Item label={t('plans.f.sources')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {f.sources.map((s, i) => (
            <Space.Compact key={s.key} style={{ width: '100%' }}>
              <Input
                placeholder={t('plans.f.sourceName')}
                value={s.name}
                onChange={(e) => set(i, { name: e.target.value })}
              />
              <NullableInput
                placeholder={t('plans.f.legalBasis')}
                value={s.legalBasis}
                onChange={(v) => set(i, { legalBasis: v })}
              />
              <InputNumber
                placeholder={t('plans.f.amount')}
                value={s.amount ?? null}
                onChange={(v) => set(i, { amount: v })}
                style={{ width: 160 }}
              />
              <Button
                icon={<DeleteOutlined />}
                onClick={() => onChange({ funding: { ...f, sources: f.sources.filter((_, j) => j !== i) } })}
              />
            </Space.Compact>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              onChange({
                funding: {
                  ...f,
                  sources: [
                    ...f.sources,
                    { key: `nguon-${Date.now().toString(36)}`, name: '', amount: null },
                  ],
                },
              })
            }
          >
            {t('plans.add')}
          </Button>
        </Space>
      </Form.Item>
      <Form.Item
        label={t('plans.f.total')}
        extra={
          total ? (
            <>
              {formatMoney(total)} — <span lang="vi">{amountInWords(total)}</span>
            </>
          ) : undefined
        }
      >
        <InputNumber
          value={f.total ?? null}
          onChange={(v) => onChange({ funding: { ...f, total: v } })}
          style={{ width: 200 }}
        />
      </Form.Item>
    </Form>
  );
}

function GroupEditor({
  group,
  onChange,
  onRemove,
  number,
}: {
  group: ResponsibilityGroup;
  number: string;
  onChange(g: ResponsibilityGroup): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ borderInlineStart: '3px solid #e6f4ee', paddingInlineStart: 8, marginBottom: 8 }}>
      <Space.Compact style={{ width: '100%', marginBottom: 4 }}>
        <Input
          addonBefore={`${number}.`}
          value={group.heading}
          placeholder={t('plans.f.heading')}
          onChange={(e) => onChange({ ...group, heading: e.target.value })}
        />
        <Button icon={<DeleteOutlined />} onClick={onRemove} />
      </Space.Compact>
      <TextListEditor
        value={group.tasks}
        placeholder={t('plans.f.tasks')}
        onChange={(tasks) => onChange({ ...group, tasks })}
      />
      {group.children.map((c, i) => (
        <GroupEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: groups are ordered text
          key={i}
          number={`${number}.${i + 1}`}
          group={c}
          onChange={(g) => onChange({ ...group, children: group.children.map((x, j) => (j === i ? g : x)) })}
          onRemove={() => onChange({ ...group, children: group.children.filter((_, j) => j !== i) })}
        />
      ))}
    </div>
  );
}

export function ResponsibilitiesEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const list = c.responsibilities;
  return (
    <div>
      {list.map((g, i) => (
        <GroupEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: groups are ordered text
          key={i}
          number={String(i + 1)}
          group={g}
          onChange={(next) => onChange({ responsibilities: list.map((x, j) => (j === i ? next : x)) })}
          onRemove={() => onChange({ responsibilities: list.filter((_, j) => j !== i) })}
        />
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() =>
          onChange({
            responsibilities: [...list, { heading: '', organisationIds: [], tasks: [], children: [] }],
          })
        }
      >
        {t('plans.add')}
      </Button>
    </div>
  );
}

export function ReportingEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const r = c.reporting ?? { period: 'year' as const };
  const set = (patch: Partial<NonNullable<PlanContent['reporting']>>) =>
    onChange({ reporting: { ...r, ...patch } });
  return (
    <Form layout="vertical" size="small">
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item label={t('plans.f.deadline')}>
            <DatePicker
              format="DD/MM/YYYY"
              value={dateValue(r.deadline)}
              onChange={(d) => set({ deadline: iso(d) })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={9}>
          <Form.Item label={t('plans.f.through')}>
            <NullableInput value={r.throughName} onChange={(v) => set({ throughName: v })} />
          </Form.Item>
        </Col>
        <Col xs={12} md={9}>
          <Form.Item label={t('plans.f.to')}>
            <NullableInput value={r.toName} onChange={(v) => set({ toName: v })} />
          </Form.Item>
        </Col>
      </Row>
      {/* How completeness counts and what the consolidated report quotes (src/server/figures/reporting.ts). */}
      <Space wrap style={{ marginBottom: 12 }}>
        <Checkbox
          checked={!!r.acceptedOnly}
          onChange={(e) => set({ acceptedOnly: e.target.checked || undefined })}
        >
          {t('plans.f.acceptedOnly')}
        </Checkbox>
        <Checkbox
          checked={!!r.quoteSubmitted}
          onChange={(e) => set({ quoteSubmitted: e.target.checked || undefined })}
        >
          {t('plans.f.quoteSubmitted')}
        </Checkbox>
      </Space>
      <Form.Item label={t('plans.f.closing')}>
        <Input.TextArea
          autoSize
          value={c.closing ?? ''}
          onChange={(e) => onChange({ closing: e.target.value || null })}
        />
      </Form.Item>
    </Form>
  );
}

export function SignatureEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const s = c.signature;
  const setSig = (patch: Partial<PlanContent['signature']>) => onChange({ signature: { ...s, ...patch } });
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('plans.f.recipients')}>
        <TextListEditor
          testId="plan-recipients"
          value={c.recipients.map((r) => r.name)}
          onChange={(names) =>
            onChange({ recipients: names.map((name, i) => ({ ...(c.recipients[i] ?? {}), name })) })
          }
        />
      </Form.Item>
      <Form.Item label={t('plans.f.archive')}>
        <NullableInput value={c.archive} onChange={(v) => onChange({ archive: v })} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={8} md={4}>
          <Form.Item label={t('plans.f.authority')}>
            <Select
              allowClear
              value={s.authority ?? undefined}
              onChange={(v) => setSig({ authority: v ?? null })}
              options={SIGNATURE_AUTHORITIES.map((a) => ({ value: a, label: a }))}
            />
          </Form.Item>
        </Col>
        <Col xs={16} md={8}>
          <Form.Item label={t('plans.f.authorityOf')}>
            <NullableInput value={s.authorityOf} onChange={(v) => setSig({ authorityOf: v })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('plans.f.signer')}>
            <Input
              data-testid="plan-signer"
              value={s.signerName}
              onChange={(e) => setSig({ signerName: e.target.value })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('plans.f.positions')}>
        <TextListEditor value={s.positionLines} onChange={(v) => setSig({ positionLines: v })} />
      </Form.Item>
      {c.annexes.map((annex, i) =>
        annex.kind === 'list' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: annexes are ordered
          <Form.Item key={i} label={`${t('plans.f.annex')}: ${annex.title}`}>
            <TextListEditor
              value={annex.items}
              onChange={(items) =>
                onChange({ annexes: c.annexes.map((a, j) => (j === i ? { ...a, items } : a)) })
              }
            />
          </Form.Item>
        ) : null,
      )}
    </Form>
  );
}

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AnnexTable, ISSUER_KINDS, type PlanContent } from '../../../../shared/contracts/plans.ts';
import {
  defaultSections,
  defaultSignature,
  issuerKindOf,
  sectionsOf,
} from '../../../../shared/plans/issuer-defaults.ts';
import type { SectionProps } from './SectionsEditors.tsx';

/** Who issues the plan, and what follows from it: the headings and the signature block by default. */
export function IssuerEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const kind = issuerKindOf(c);
  return (
    <Form layout="vertical" size="small">
      <Row gutter={12} align="bottom">
        <Col xs={24} md={10}>
          <Form.Item label={t('plans.issuer.kind')}>
            <Select
              data-testid="plan-issuer-kind"
              value={kind}
              onChange={(v) => onChange({ issuerKind: v })}
              options={ISSUER_KINDS.map((k) => ({ value: k, label: t(`plans.issuer.kinds.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item>
            <Button
              data-testid="plan-issuer-defaults"
              onClick={() =>
                onChange({
                  issuerKind: kind,
                  sections: defaultSections(kind),
                  signature: { ...c.signature, ...defaultSignature(kind) },
                })
              }
            >
              {t('plans.issuer.applyDefaults')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
      <Checkbox
        checked={c.leadsAssigned !== false}
        onChange={(e) => onChange({ leadsAssigned: e.target.checked })}
      >
        {t('plans.issuer.leadsAssigned')}
      </Checkbox>
    </Form>
  );
}

/** The body's headings as printed, in order: renamed and moved per plan. */
export function HeadingsEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const sections = sectionsOf(c);
  const move = (i: number, by: number) => {
    const next = [...sections];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange({ sections: next });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('plans.headings.help')}</Typography.Text>
      {sections.map((s, i) => (
        <Space.Compact key={s.key} style={{ width: '100%' }}>
          <Input
            data-testid={`plan-heading-${s.key}`}
            addonBefore={s.key === 'review' ? t('plans.headings.reviewKey') : t(`plans.sections.${s.key}`)}
            value={s.title}
            onChange={(e) =>
              onChange({ sections: sections.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)) })
            }
          />
          <Button
            aria-label={t('plans.up')}
            icon={<ArrowUpOutlined />}
            disabled={i === 0}
            onClick={() => move(i, -1)}
          />
          <Button
            aria-label={t('plans.down')}
            icon={<ArrowDownOutlined />}
            disabled={i === sections.length - 1}
            onClick={() => move(i, 1)}
          />
        </Space.Compact>
      ))}
      <Button size="small" onClick={() => onChange({ sections: defaultSections(issuerKindOf(c)) })}>
        {t('plans.headings.reset')}
      </Button>
      <Form layout="vertical" size="small">
        <Form.Item label={t('plans.headings.review')}>
          <Input.TextArea
            data-testid="plan-review"
            autoSize={{ minRows: 3 }}
            value={c.review ?? ''}
            placeholder={t('plans.headings.reviewPlaceholder')}
            onChange={(e) => onChange({ review: e.target.value || null })}
          />
        </Form.Item>
      </Form>
    </Space>
  );
}

const emptyTable = (title: string): AnnexTable => ({
  title,
  kind: 'table',
  landscape: false,
  items: [],
  columns: ['', ''],
  rows: [['', '']],
});

interface AnnexRow {
  cells: string[];
  i: number;
}

/** One table annex: its title, its columns (renamed, added, removed) and its rows. */
function AnnexTableEditor({
  annex,
  index,
  onChange,
  onRemove,
}: {
  annex: AnnexTable;
  index: number;
  onChange(a: AnnexTable): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const columns = annex.columns ?? [];
  const rows = annex.rows ?? [];
  const setCell = (r: number, col: number, value: string) =>
    onChange({
      ...annex,
      rows: rows.map((row, i) =>
        i === r ? columns.map((_, j) => (j === col ? value : (row[j] ?? ''))) : row,
      ),
    });
  return (
    <div data-testid={`plan-annex-${index}`} style={{ marginBottom: 16 }}>
      <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
        <Input
          data-testid={`plan-annex-${index}-title`}
          addonBefore={`${t('plans.f.annex')} ${index + 1}`}
          value={annex.title}
          onChange={(e) => onChange({ ...annex, title: e.target.value })}
        />
        <Button aria-label={t('plans.remove')} icon={<DeleteOutlined />} onClick={onRemove} />
      </Space.Compact>
      <Table<AnnexRow>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={rows.map((cells, i) => ({ cells, i }))}
        columns={[
          ...columns.map((title, col) => ({
            key: String(col),
            title: (
              <Space.Compact>
                <Input
                  size="small"
                  data-testid={`plan-annex-${index}-col-${col}`}
                  placeholder={t('plans.annexes.column')}
                  value={title}
                  onChange={(e) =>
                    onChange({ ...annex, columns: columns.map((x, j) => (j === col ? e.target.value : x)) })
                  }
                />
                <Button
                  size="small"
                  aria-label={t('plans.remove')}
                  icon={<DeleteOutlined />}
                  disabled={columns.length < 2}
                  onClick={() =>
                    onChange({
                      ...annex,
                      columns: columns.filter((_, j) => j !== col),
                      rows: rows.map((r) => r.filter((_, j) => j !== col)),
                    })
                  }
                />
              </Space.Compact>
            ),
            render: (_: unknown, r: AnnexRow) => (
              <Input
                size="small"
                data-testid={`plan-annex-${index}-cell-${r.i}-${col}`}
                value={r.cells[col] ?? ''}
                onChange={(e) => setCell(r.i, col, e.target.value)}
              />
            ),
          })),
          {
            key: 'actions',
            width: 48,
            render: (_: unknown, r: AnnexRow) => (
              <Button
                size="small"
                aria-label={t('plans.remove')}
                icon={<DeleteOutlined />}
                onClick={() => onChange({ ...annex, rows: rows.filter((_, j) => j !== r.i) })}
              />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Button
          size="small"
          icon={<PlusOutlined />}
          data-testid={`plan-annex-${index}-add-row`}
          onClick={() => onChange({ ...annex, rows: [...rows, columns.map(() => '')] })}
        >
          {t('plans.annexes.addRow')}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={columns.length >= 20}
          onClick={() => onChange({ ...annex, columns: [...columns, ''], rows: rows.map((r) => [...r, '']) })}
        >
          {t('plans.annexes.addColumn')}
        </Button>
      </Space>
    </div>
  );
}

/** Table annexes typed in the editor (targets per commune, per year …); other annexes are kept as they are. */
export function AnnexesEditor({ content: c, onChange }: SectionProps) {
  const { t } = useTranslation();
  const set = (annexes: PlanContent['annexes']) => onChange({ annexes });
  return (
    <div>
      {c.annexes.map((annex, i) =>
        annex.kind === 'table' ? (
          <AnnexTableEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: annexes are ordered and have no id
            key={i}
            index={i}
            annex={annex}
            onChange={(a) => set(c.annexes.map((x, j) => (j === i ? a : x)))}
            onRemove={() => set(c.annexes.filter((_, j) => j !== i))}
          />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: annexes are ordered and have no id
          <Typography.Paragraph key={i} type="secondary">
            {t('plans.f.annex')} {i + 1}: {annex.title}
          </Typography.Paragraph>
        ),
      )}
      <Button
        icon={<PlusOutlined />}
        data-testid="plan-annex-add"
        onClick={() => set([...c.annexes, emptyTable(t('plans.annexes.newTitle'))])}
      >
        {t('plans.annexes.add')}
      </Button>
    </div>
  );
}

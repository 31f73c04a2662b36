import { useQuery } from '@tanstack/react-query';
import { DatePicker, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_KINDS,
  type AuditLang,
  auditActionLabel,
  auditEntityLabel,
  auditFieldLabel,
  formatAuditValue,
  isEmptyValue,
} from '../../../shared/audit-labels.ts';
import type { AuditEntryDto } from '../../../shared/contracts/audit.ts';
import { get, qs } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PersonName } from '../../components/PersonName.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { formatDateTime } from '../../i18n/format.ts';

// Bookkeeping columns: they say nothing a reader of the log needs (the row's time is the entry's).
const NOISE = new Set(['updated_at', 'created_at', 'version', 'sort_key', 'search_text', 'path']);
const isEmpty = isEmptyValue;
const PAGE_SIZE = 50;

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields a change touched, with their values before and after (an insert: every field set). */
function changedFields(e: AuditEntryDto): Change[] {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) =>
      !NOISE.has(k) &&
      !(isEmpty(before[k]) && isEmpty(after[k])) &&
      JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
  return keys.map((field) => ({ field, before: before[field], after: after[field] }));
}

/** A value as the product writes it (shared/audit-labels.ts): money, dates, statuses by label. */
function Value({ entity, field, v, lang }: { entity: string; field: string; v: unknown; lang: AuditLang }) {
  if (isEmpty(v)) return <span style={{ color: '#999' }}>—</span>;
  // A plan's JSON can be long: two lines, and the rest on request.
  return (
    <Typography.Paragraph
      style={{
        margin: 0,
        wordBreak: 'break-word',
        fontFamily: typeof v === 'object' ? 'monospace' : undefined,
      }}
      ellipsis={{ rows: 2, expandable: true }}
    >
      {formatAuditValue(entity, field, v, lang)}
    </Typography.Paragraph>
  );
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [user, setUser] = useState('');
  const [entity, setEntity] = useState<string | undefined>();
  const [unit, setUnit] = useState<number | null>(null);
  // Two date fields rather than a range picker: its two-month pop-up is wider than a phone.
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [to, setTo] = useState<Dayjs | null>(null);
  const [page, setPage] = useState(1);
  const params = {
    user: user.trim(),
    entity,
    unit,
    from: from?.format('YYYY-MM-DD'),
    to: to?.format('YYYY-MM-DD'),
    page,
    pageSize: PAGE_SIZE,
  };
  const audit = useQuery({
    queryKey: ['audit', params],
    queryFn: () => get<{ items: AuditEntryDto[]; total: number }>(`/api/audit${qs(params)}`),
    placeholderData: (previous) => previous,
  });
  const filtered =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const fieldName = (f: string) => auditFieldLabel(f, lang);

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(175px, 1fr))',
          gap: 8,
          marginBottom: 12,
        }}
      >
        <Input.Search
          placeholder={t('audit.user')}
          aria-label={t('audit.user')}
          allowClear
          onSearch={filtered(setUser)}
        />
        <Select
          allowClear
          placeholder={t('audit.entity')}
          aria-label={t('audit.entity')}
          value={entity}
          onChange={filtered(setEntity)}
          options={AUDIT_KINDS.map((k) => ({ value: k.value, label: k.label[lang] }))}
          showSearch
          optionFilterProp="label"
        />
        <UnitPicker placeholder={t('audit.unit')} value={unit} onChange={filtered(setUnit)} includeExpired />
        <DatePicker
          format="DD/MM/YYYY"
          value={from}
          onChange={filtered(setFrom)}
          placeholder={t('audit.from')}
          aria-label={t('audit.from')}
          disabledDate={(d) => !!to && d.isAfter(to, 'day')}
          style={{ width: '100%' }}
        />
        <DatePicker
          format="DD/MM/YYYY"
          value={to}
          onChange={filtered(setTo)}
          placeholder={t('audit.to')}
          aria-label={t('audit.to')}
          disabledDate={(d) => !!from && d.isBefore(from, 'day')}
          style={{ width: '100%' }}
        />
      </div>
      <ErrorAlert error={audit.error} />
      <Table
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={audit.data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: audit.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (total) => t('audit.total', { count: total }),
        }}
        expandable={{
          rowExpandable: (e) => changedFields(e).length > 0,
          expandedRowRender: (e) => (
            <Table<Change>
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={changedFields(e)}
              columns={[
                { title: t('audit.field'), dataIndex: 'field', width: 170, render: fieldName },
                ...(e.action === 'insert'
                  ? []
                  : [
                      {
                        title: t('audit.before'),
                        dataIndex: 'before',
                        render: (v: unknown, c: Change) => (
                          <Value entity={e.entity} field={c.field} v={v} lang={lang} />
                        ),
                      },
                    ]),
                ...(e.action === 'delete'
                  ? []
                  : [
                      {
                        title: t('audit.after'),
                        dataIndex: 'after',
                        render: (v: unknown, c: Change) => (
                          <Value entity={e.entity} field={c.field} v={v} lang={lang} />
                        ),
                      },
                    ]),
              ]}
            />
          ),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v) => formatDateTime(v), width: 150 },
          {
            title: t('audit.user'),
            dataIndex: 'actorName',
            render: (name: string | null, e) =>
              e.actorUsername ? <PersonName name={name} username={e.actorUsername} /> : t('audit.system'),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (v: string) => auditActionLabel(v, lang),
          },
          {
            title: t('audit.entity'),
            dataIndex: 'entity',
            // Downloads and refusals are filed under their route: the action already names them.
            render: (v: string) => (v.startsWith('/') ? v : auditEntityLabel(v, lang)),
          },
          { title: t('audit.unit'), dataIndex: 'adminUnitName', render: (v) => v ?? '—' },
        ]}
      />
    </>
  );
}

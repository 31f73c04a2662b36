import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyBirthsMonth } from '../../../../shared/contracts/srb.ts';
import { BIRTH_ORDERS, type BirthOrder } from '../../../../shared/contracts/srb-codes.ts';
import { ApiError } from '../../../app/api.ts';
import { ErrorAlert, fieldErrors } from '../../../components/ErrorAlert.tsx';
import type { ReturnedEntry } from '../../activities/outbox.ts';
import { useOutboxOf } from '../../activities/useOutbox.ts';
import { fmtCount } from '../srb-format.ts';
import { BIRTHS_OUTBOX, monthClientKey, type QueuedMonth } from './births-outbox.ts';

type Counts = Record<BirthOrder, { boys: number | null; girls: number | null }>;

const toCounts = (m: Pick<MonthlyBirthsMonth, 'counts'>): Counts =>
  Object.fromEntries(m.counts.map((c) => [c.birthOrder, { boys: c.boys, girls: c.girls }])) as Counts;

/** A queued form the server refused, as the error its editor shows (a 409 offers the newer figures). */
const errorOf = (e: ReturnedEntry<QueuedMonth>) =>
  new ApiError(e.status ?? 400, e.status === 409 ? 'CONFLICT' : 'VALIDATION', e.message, e.issues);
const n = (x: number | null) => x ?? 0;

/**
 * One month's births as a small grid (birth order × boys, girls, total) that fits a phone.
 * A save names the form it was loaded from; if someone else saved the month meanwhile the
 * server refuses (409), the figures typed here stay, and the newer ones can be loaded.
 */
export function MonthEditor({
  unitCode,
  year,
  month,
  label,
  canWrite,
  readOnlyText,
  returned,
  onReload,
  onClose,
}: {
  unitCode: string;
  year: number;
  month: MonthlyBirthsMonth;
  label: string;
  canWrite: boolean;
  /** Why the form is read-only, when it is not the user's role (the province counts its files). */
  readOnlyText?: string;
  /** A form saved offline that the server refused: its figures and the reason, to settle here. */
  returned?: ReturnedEntry<QueuedMonth>;
  onReload(): Promise<MonthlyBirthsMonth | undefined>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const outbox = useOutboxOf(BIRTHS_OUTBOX);
  const [counts, setCounts] = useState<Counts>(() => toCounts(returned?.input ?? month));
  const [baseBatchId, setBaseBatchId] = useState(returned ? returned.input.baseBatchId : month.batchId);
  const [error, setError] = useState<unknown>(returned ? errorOf(returned) : null);
  const [reloaded, setReloaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const conflict = error instanceof ApiError && error.code === 'CONFLICT';
  const total = BIRTH_ORDERS.reduce((s, o) => s + n(counts[o].boys) + n(counts[o].girls), 0);
  const set = (o: BirthOrder, sex: 'boys' | 'girls', v: number | null) =>
    setCounts((c) => ({ ...c, [o]: { ...c[o], [sex]: v } }));

  const monthOf = { mm: String(month.month).padStart(2, '0'), year };

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const input = {
        unitCode,
        year,
        month: month.month,
        baseBatchId,
        counts: BIRTH_ORDERS.map((o) => ({
          birthOrder: o,
          boys: n(counts[o].boys),
          girls: n(counts[o].girls),
        })),
      };
      // With no connection the form waits on this phone and is sent when the network returns.
      const sent = await outbox.submit({ ...input, clientKey: monthClientKey(input) }, label);
      if (returned) outbox.dismiss(returned.clientKey);
      if (sent.status === 'queued') {
        message.info(t('srb.monthly.queued', { month: label }));
        onClose();
        return;
      }
      await client.invalidateQueries({ queryKey: ['births'] });
      void client.invalidateQueries({ queryKey: ['srb'] });
      message.success(t('srb.monthly.saved', { month: label, n: fmtCount(total) }));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    const fresh = await onReload();
    if (fresh) {
      setBaseBatchId(fresh.batchId);
      setError(null);
      setReloaded(true);
    }
  }

  const fieldIssues = fieldErrors(error);
  const cell = (o: BirthOrder, sex: 'boys' | 'girls') => (
    <InputNumber
      aria-label={`${t(`srb.orders.${o}`)} — ${t(`srb.monthly.${sex}`)}`}
      data-testid={`month-${o}-${sex}`}
      value={counts[o][sex]}
      onChange={(v) => set(o, sex, typeof v === 'number' ? v : null)}
      min={0}
      max={100000}
      precision={0}
      step={1}
      inputMode="numeric"
      onFocus={(e) => e.target.select()}
      controls={false}
      disabled={!canWrite}
      status={fieldIssues.length ? 'error' : undefined}
      style={{ width: '100%' }}
    />
  );
  const head = { fontSize: 13, color: 'rgba(0,0,0,0.55)', textAlign: 'center' as const };
  return (
    <div data-testid="month-editor" style={{ padding: '8px 0 12px' }}>
      <ErrorAlert
        error={error}
        action={
          conflict ? (
            <Button size="small" onClick={() => void reload()} data-testid="month-reload">
              {t('srb.monthly.reload')}
            </Button>
          ) : undefined
        }
      />
      {reloaded && !error && (
        <Alert type="info" showIcon title={t('srb.monthly.reloaded')} style={{ marginBottom: 12 }} />
      )}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1.5fr) minmax(64px, 1fr) minmax(64px, 1fr) minmax(44px, 0.7fr)',
          gap: 8,
          alignItems: 'center',
          maxWidth: 520,
        }}
      >
        <span />
        <span style={head}>{t('srb.monthly.boys')}</span>
        <span style={head}>{t('srb.monthly.girls')}</span>
        <span style={head}>{t('srb.monthly.sum')}</span>
        {BIRTH_ORDERS.map((o) => (
          <Row key={o} label={t(`srb.orders.${o}`)} sum={n(counts[o].boys) + n(counts[o].girls)}>
            {cell(o, 'boys')}
            {cell(o, 'girls')}
          </Row>
        ))}
        <Row label={<b>{t('srb.monthly.totalRow')}</b>} sum={total} testId="month-total">
          <span style={{ textAlign: 'center' }}>
            {fmtCount(BIRTH_ORDERS.reduce((s, o) => s + n(counts[o].boys), 0))}
          </span>
          <span style={{ textAlign: 'center' }}>
            {fmtCount(BIRTH_ORDERS.reduce((s, o) => s + n(counts[o].girls), 0))}
          </span>
        </Row>
      </div>
      {canWrite && (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} data-testid="month-replaces">
          {t('srb.monthly.replaces', monthOf)}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        {canWrite ? (
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="month-save">
            {t('srb.monthly.save', monthOf)}
          </Button>
        ) : (
          <Typography.Text type="secondary" data-testid="month-read-only">
            {readOnlyText ?? t('srb.monthly.readOnly')}
          </Typography.Text>
        )}
        <Button onClick={onClose}>{t('srb.monthly.close')}</Button>
      </Space>
    </div>
  );
}

/** A grid row: the label, two cells, the row's sum (the grid's four columns). */
function Row({
  label,
  sum,
  children,
  testId,
}: {
  label: React.ReactNode;
  sum: number;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <>
      <span style={{ lineHeight: 1.25 }}>{label}</span>
      {children}
      <span style={{ textAlign: 'center', fontWeight: 600 }} data-testid={testId}>
        {fmtCount(sum)}
      </span>
    </>
  );
}

import { Button, Card, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyBirthsMonth } from '../../../shared/contracts/srb.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePersonTitle } from '../../components/PersonName.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { OutboxNotice } from '../activities/OutboxNotice.tsx';
import type { ReturnedEntry } from '../activities/outbox.ts';
import { useOutboxOf } from '../activities/useOutbox.ts';
import { useAdminUnit, useBirthsSource, useMonthlyBirths } from './api.ts';
import { BirthsSourceLine } from './BirthsSourceLine.tsx';
import { BIRTHS_OUTBOX, type QueuedMonth } from './monthly/births-outbox.ts';
import { MonthEditor } from './monthly/MonthEditor.tsx';
import { MonthlyBirthsGrid } from './monthly/MonthlyBirthsGrid.tsx';
import { SrbHeader } from './SrbHeader.tsx';
import { fmtCount } from './srb-format.ts';

const ENTRY_ROLES = ['admin', 'province_officer', 'reporter'];
const monthTotal = (m: MonthlyBirthsMonth) => m.counts.reduce((s, c) => s + c.boys + c.girls, 0);

/**
 * The Trạm Y tế's monthly form: a reporter's own commune is chosen for them; province staff pick
 * a commune. Twelve months with their totals, who entered them and when; one month opens as a
 * small grid to fill in. Months still to come cannot be entered.
 */
export default function MonthlyBirthsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [thisYear, thisMonth] = todayInVietnam().split('-').map(Number);
  const [unitId, setUnitId] = useState<number | null>(me.role === 'reporter' ? me.unitId : null);
  const [year, setYear] = useState(thisYear);
  const [open, setOpen] = useState<number | null>(null);
  const outbox = useOutboxOf(BIRTHS_OUTBOX);
  // A queued form the server refused, opened in its month to be settled.
  const [settling, setSettling] = useState<ReturnedEntry<QueuedMonth> | null>(null);
  const unit = useAdminUnit(unitId);
  const code = unit.data?.level === 'commune' ? (unit.data.code ?? undefined) : undefined;
  const monthly = useMonthlyBirths(code, year);
  const province = unit.data?.provinceCode;
  // When the province counts its imported files, the station's form is shown read-only: the
  // server would refuse it anyway (one source per commune-month, chosen by the province).
  const importCounts = useBirthsSource(province).data?.source === 'province_import';
  const canWrite = ENTRY_ROLES.includes(me.role) && !importCounts;
  // A reporter whose organisation sits on a commune has nothing to choose.
  const ownCommune = me.role === 'reporter' && unit.data?.level === 'commune';

  const label = (m: number) => t('srb.monthly.month', { mm: String(m).padStart(2, '0'), year });
  const future = (m: number) => year * 12 + m > thisYear * 12 + thisMonth;

  return (
    <>
      <SrbHeader />
      <OutboxNotice
        outbox={outbox}
        onOpenReturned={(e) => {
          setYear(e.input.year);
          setOpen(e.input.month);
          setSettling(e);
        }}
      />
      <Space wrap size={[16, 8]} style={{ marginBottom: 16 }}>
        {ownCommune ? (
          <Typography.Text strong data-testid="monthly-unit">
            {unit.data?.name}
          </Typography.Text>
        ) : (
          <UnitPicker
            level="commune"
            value={unitId}
            onChange={(id) => {
              setUnitId(id);
              setOpen(null);
            }}
            placeholder={t('srb.monthly.pickCommune')}
            style={{ width: 280, maxWidth: '100%' }}
          />
        )}
        <Space size={6}>
          <Typography.Text type="secondary">{t('srb.monthly.year')}</Typography.Text>
          <Select
            data-testid="monthly-year"
            value={year}
            onChange={(y) => {
              setYear(y);
              setOpen(null);
            }}
            options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
              value: y,
              label: String(y),
            }))}
            style={{ width: 96 }}
          />
        </Space>
      </Space>
      <BirthsSourceLine province={province} />
      <ErrorAlert error={unit.error ?? monthly.error} />
      {!unitId ? (
        me.role === 'reporter' ? (
          <Typography.Paragraph type="secondary">{t('srb.monthly.noUnit')}</Typography.Paragraph>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('srb.monthly.pickFirst')}</Typography.Paragraph>
            <MonthlyBirthsGrid year={year} onOpen={setUnitId} />
          </>
        )
      ) : !monthly.data ? (
        code || unit.isLoading ? (
          <Spin style={{ display: 'block', margin: 48 }} />
        ) : null
      ) : (
        <Card
          size="small"
          title={`${t('srb.monthly.title')} — ${monthly.data.unit.name}`}
          data-testid="monthly-months"
        >
          {monthly.data.months.map((m) => (
            <div
              key={m.month}
              data-testid={`month-${m.month}`}
              style={{ borderBottom: m.month < 12 ? '1px solid #f0f0f0' : undefined, padding: '8px 0' }}
            >
              <MonthRow
                m={m}
                label={label(m.month)}
                future={future(m.month)}
                canWrite={canWrite}
                isOpen={open === m.month}
                onToggle={() => setOpen(open === m.month ? null : m.month)}
              />
              {open === m.month && code && (
                <MonthEditor
                  key={`${code}-${year}-${m.month}-${settling?.clientKey ?? ''}`}
                  unitCode={code}
                  year={year}
                  month={m}
                  label={label(m.month)}
                  canWrite={canWrite}
                  readOnlyText={importCounts ? t('srb.source.formReadOnly') : undefined}
                  returned={
                    settling?.input.unitCode === code &&
                    settling.input.year === year &&
                    settling.input.month === m.month
                      ? settling
                      : undefined
                  }
                  onReload={async () => (await monthly.refetch()).data?.months[m.month - 1]}
                  onClose={() => {
                    setOpen(null);
                    setSettling(null);
                  }}
                />
              )}
            </div>
          ))}
        </Card>
      )}
    </>
  );
}

function MonthRow({
  m,
  label,
  future,
  canWrite,
  isOpen,
  onToggle,
}: {
  m: MonthlyBirthsMonth;
  label: string;
  future: boolean;
  canWrite: boolean;
  isOpen: boolean;
  onToggle(): void;
}) {
  const { t } = useTranslation();
  const personTitle = usePersonTitle();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px' }}>
      <div style={{ flex: '1 1 200px', minWidth: 0 }}>
        <Typography.Text strong>{label}</Typography.Text>
        {' · '}
        {m.batchId ? (
          <Typography.Text data-testid="month-saved-total">
            {t('srb.monthly.total', { n: fmtCount(monthTotal(m)) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">
            {future ? t('srb.monthly.future') : t('srb.monthly.notEntered')}
          </Typography.Text>
        )}
        {m.enteredBy && m.enteredAt && (
          <div
            style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)' }}
            title={personTitle(m.enteredBy)}
            data-testid="month-entered-by"
          >
            {t('srb.monthly.enteredBy', {
              user: m.enteredByName ?? m.enteredBy,
              at: formatDateTime(m.enteredAt),
            })}
          </div>
        )}
        {m.importedBirths > 0 && (
          <div style={{ fontSize: 13, color: '#ad6800' }} data-testid="month-imported">
            {t('srb.monthly.imported', { n: fmtCount(m.importedBirths) })}
          </div>
        )}
      </div>
      {!future && (
        <Button
          size="small"
          onClick={onToggle}
          data-testid={`month-open-${m.month}`}
          type={isOpen ? 'default' : undefined}
        >
          {isOpen
            ? t('srb.monthly.close')
            : !canWrite
              ? t('srb.monthly.open')
              : m.batchId
                ? t('common.edit')
                : t('srb.monthly.enter')}
        </Button>
      )}
    </div>
  );
}

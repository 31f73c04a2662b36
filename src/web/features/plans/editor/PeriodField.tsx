import { InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanPeriod } from '../../../../shared/plans/period.ts';

/** The years the plan covers: start and end (the same year for a yearly plan). */
export function PeriodField({ value, onChange }: { value: PlanPeriod; onChange(p: PlanPeriod): void }) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber
        data-testid="plan-period-start"
        aria-label={t('plans.periodStart')}
        value={value.start}
        min={2000}
        max={2100}
        onChange={(v) => v && onChange({ start: v, end: Math.max(v, value.end) })}
        style={{ width: '50%' }}
      />
      <InputNumber
        data-testid="plan-period-end"
        aria-label={t('plans.periodEnd')}
        prefix="–"
        value={value.end}
        min={2000}
        max={2100}
        onChange={(v) => v && onChange({ start: value.start, end: v })}
        style={{ width: '50%' }}
      />
    </Space.Compact>
  );
}

import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import './messages.ts';

/** Which year of a multi-year plan's period a page reads; nothing to choose for a yearly plan. */
export function PeriodYearSelect({
  years,
  value,
  onChange,
}: {
  years: number[] | undefined;
  value: number | undefined;
  onChange(year: number): void;
}) {
  const { t } = useTranslation();
  if (!years || years.length < 2) return null;
  return (
    <Select
      data-testid="period-year"
      aria-label={t('plans.periodYear')}
      value={value}
      onChange={onChange}
      options={years.map((y) => ({ value: y, label: t('plans.yearOf', { year: y }) }))}
      style={{ width: 140 }}
    />
  );
}

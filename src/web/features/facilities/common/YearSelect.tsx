import { Select } from 'antd';
import { todayInVietnam } from '../../../../shared/format/index.ts';

/** This year and the five before it. */
export function YearSelect({
  value,
  onChange,
  label,
  testId,
}: {
  value: number;
  onChange(year: number): void;
  label: string;
  testId?: string;
}) {
  const thisYear = Number(todayInVietnam().slice(0, 4));
  return (
    <Select
      data-testid={testId}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
      style={{ width: 96 }}
    />
  );
}

export const thisYear = () => Number(todayInVietnam().slice(0, 4));

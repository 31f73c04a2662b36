import { InputNumber } from 'antd';
import { parseVnd } from '../../../shared/format/index.ts';
import { formatNumber } from '../../i18n/format.ts';

/** An amount in đồng, shown with dots as typed (23.500.000) and held as a whole number. */
export function MoneyInput(props: {
  value?: number | null;
  onChange?(v: number | null): void;
  testId?: string;
  placeholder?: string;
}) {
  return (
    <InputNumber<number>
      data-testid={props.testId}
      value={props.value ?? null}
      onChange={(v) => props.onChange?.(v)}
      min={0}
      step={100_000}
      inputMode="numeric"
      placeholder={props.placeholder}
      formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : formatNumber(Number(v)))}
      parser={(s) => parseVnd(s ?? '') ?? Number((s ?? '').replace(/\D/g, ''))}
      style={{ width: '100%' }}
    />
  );
}

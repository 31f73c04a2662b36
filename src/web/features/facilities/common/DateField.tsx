import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/**
 * A day picked or typed as dd/mm/yyyy, held as 'YYYY-MM-DD' (what the API takes), so that forms
 * keep plain strings.
 */
export function DateField(props: {
  value?: string | null;
  onChange?(v: string | null): void;
  allowClear?: boolean;
  disabledAfter?: string;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <DatePicker
      data-testid={props.testId}
      format="DD/MM/YYYY"
      inputReadOnly={false}
      allowClear={props.allowClear ?? false}
      placeholder={props.placeholder ?? 'dd/mm/yyyy'}
      value={props.value ? dayjs(props.value) : null}
      onChange={(d) => props.onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      disabledDate={props.disabledAfter ? (d) => d.format('YYYY-MM-DD') > props.disabledAfter! : undefined}
      style={{ width: '100%', maxWidth: 220 }}
    />
  );
}

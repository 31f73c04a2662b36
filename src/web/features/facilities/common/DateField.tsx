import { lazy, Suspense } from 'react';
import { inputStyle } from '../../../components/lite.tsx';
import { usePhone } from '../../../components/usePhone.ts';

const DatePickerField = lazy(() => import('./DatePickerField.tsx'));

export interface DateFieldProps {
  value?: string | null;
  onChange?(v: string | null): void;
  allowClear?: boolean;
  disabledAfter?: string;
  placeholder?: string;
  testId?: string;
}

/**
 * A day picked or typed as dd/mm/yyyy, held as 'YYYY-MM-DD' (what the API takes), so that forms
 * keep plain strings. On a phone, the phone's own date picker (an `<input type="date">`, shown in
 * its language's order): easier with a thumb, and the 100 KB antd picker is never downloaded on a
 * 3G link (nor antd at all: a plain element). On wider screens antd's picker, loaded with the
 * first form that needs it.
 */
export function DateField(props: DateFieldProps) {
  const phone = usePhone();
  const native = (
    <input
      type="date"
      data-testid={props.testId}
      value={props.value ?? ''}
      max={props.disabledAfter}
      onChange={(e) => props.onChange?.(e.target.value || null)}
      style={{ ...inputStyle, maxWidth: 220 }}
    />
  );
  if (phone) return native;
  return (
    <Suspense fallback={native}>
      <DatePickerField {...props} />
    </Suspense>
  );
}

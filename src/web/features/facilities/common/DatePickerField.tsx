import { DatePicker } from 'antd';
import dayjs from 'dayjs';

import { AntdProvider } from '../../../app/antd-provider.tsx';
import type { DateFieldProps } from './DateField.tsx';

/** antd's date picker (100 KB of script): on wide screens, loaded when a form first shows a date. */
export default function DatePickerField(props: DateFieldProps) {
  return (
    // Its own theme and language: the station's pages around it are plain elements, without App's provider.
    <AntdProvider>
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
    </AntdProvider>
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { post } from '../app/api.ts';
import { fileToBase64 } from '../features/births-srb/api.ts';

/**
 * "Nhập từ tệp": picks an XLSX or CSV and posts it (base64) to an all-or-nothing import; the answer
 * or the refusal (row errors) goes to the page.
 */
export function FileImportButton<T>(props: {
  url: string;
  label: string;
  onDone(result: T): void;
  onError(err: unknown): void;
  testId?: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept=".xlsx,.csv"
      showUploadList={false}
      beforeUpload={async (file) => {
        setBusy(true);
        props.onError(null);
        try {
          props.onDone(
            await post<T>(props.url, { fileName: file.name, contentBase64: await fileToBase64(file) }),
          );
        } catch (err) {
          props.onError(err);
        } finally {
          setBusy(false);
        }
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} data-testid={props.testId}>
        {props.label}
      </Button>
    </Upload>
  );
}

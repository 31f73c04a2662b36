import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postWithProgress } from '../../../app/api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { fileToBase64 } from '../../births-srb/api.ts';

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

const TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 10 * 1024 * 1024;

export const attachmentUrl = (id: string) => `/api/attachments/${id}`;
const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;

/**
 * Scans and photos (PDF, JPEG, PNG, WebP up to 10 MB) sent one by one with a progress bar, filed
 * under the commune they concern. The browser checks type and size first; the server checks again
 * and its message shows if it refuses.
 */
export function AttachmentUpload({
  adminUnitId,
  value = [],
  onChange,
  max = 20,
  testId,
}: {
  adminUnitId: number | null | undefined;
  value?: Attachment[];
  onChange?(v: Attachment[]): void;
  max?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function upload(file: File) {
    setError(null);
    if (!TYPES.includes(file.type))
      return setError(new Error(t('facilities.upload.wrongType', { name: file.name })));
    if (file.size > MAX_BYTES) return setError(new Error(t('facilities.upload.tooBig', { name: file.name })));
    setSent(0);
    try {
      const contentBase64 = await fileToBase64(file);
      const saved = await postWithProgress<Attachment>(
        '/api/attachments',
        { fileName: file.name, contentBase64, adminUnitId },
        setSent,
      );
      onChange?.([...value, saved]);
    } catch (err) {
      setError(err);
    } finally {
      setSent(null);
    }
  }

  return (
    <div data-testid={testId}>
      {value.map((a) => (
        <div key={a.id} style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
          <PaperClipOutlined />
          <Typography.Link href={attachmentUrl(a.id)} ellipsis style={{ flex: '1 1 auto', minWidth: 0 }}>
            {a.fileName}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {sizeText(a.size)}
          </Typography.Text>
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('facilities.remove')}
            onClick={() => onChange?.(value.filter((x) => x.id !== a.id))}
          />
        </div>
      ))}
      {value.length < max && (
        <Upload
          accept={TYPES.join(',')}
          showUploadList={false}
          disabled={!adminUnitId || sent !== null}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} disabled={!adminUnitId || sent !== null} style={{ marginTop: 4 }}>
            {t('facilities.upload.choose')}
          </Button>
        </Upload>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {adminUnitId ? t('facilities.upload.hint') : t('facilities.upload.pickSubjectFirst')}
      </Typography.Text>
      {sent !== null && <Progress percent={Math.round(sent * 100)} size="small" style={{ maxWidth: 320 }} />}
      {error != null && (
        <div style={{ marginTop: 8 }}>
          <ErrorAlert error={error} />
        </div>
      )}
    </div>
  );
}

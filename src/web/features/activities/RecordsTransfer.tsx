import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, qs } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fileToBase64 } from '../births-srb/api.ts';

const RECORDERS = ['admin', 'province_officer', 'reporter'];

/**
 * A plan's records as XLSX, and an XLSX/CSV of records imported into it (all or nothing; the same
 * file again stores nothing twice; wrong lines named by the server). Offered once a plan is chosen.
 */
export function RecordsTransfer({ planId }: { planId?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ rows: number; created: number; skipped: number } | null>(null);
  if (!planId) return null;

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(
        await post('/api/activity-records/import', {
          planId,
          fileName: file.name,
          contentBase64: await fileToBase64(file),
        }),
      );
      await client.invalidateQueries({ queryKey: ['activities'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        href={`/api/activity-records.xlsx${qs({ planId })}`}
        data-testid="records-export"
      >
        {t('activities.records.export')}
      </Button>
      {RECORDERS.includes(me.role) && (
        <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="records-import">
          {t('activities.records.import')}
        </Button>
      )}
      <Modal open={open} title={t('activities.records.import')} footer={null} onCancel={() => setOpen(false)}>
        <Typography.Paragraph type="secondary">{t('activities.records.importHint')}</Typography.Paragraph>
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {t('activities.records.choose')}
          </Button>
        </Upload>
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={error} maxIssues={20} testId="records-import-error" />
          {done && <Alert type="success" showIcon title={t('activities.records.imported', done)} />}
        </div>
      </Modal>
    </>
  );
}

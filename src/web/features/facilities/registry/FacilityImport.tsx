import { ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Spin, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_IMPORT_HEADINGS as IMPORT_HEADINGS } from '../../../../shared/contracts/facilities.ts';
import { post } from '../../../app/api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fileToBase64 } from '../../births-srb/api.ts';

interface ImportResult {
  created: number;
  updated: number;
  rows: number;
}

/**
 * A facility list from XLSX or CSV: the accepted headings are shown before choosing the file; the
 * server checks every line and, if one is wrong, saves nothing and names each faulty line and column.
 */
export function FacilityImport() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const contentBase64 = await fileToBase64(file);
      setResult(await post<ImportResult>('/api/facilities/import', { fileName: file.name, contentBase64 }));
      await client.invalidateQueries({ queryKey: ['facilities'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} data-testid="facility-import">
        {t('facilities.import.button')}
      </Button>
      <Modal
        open={open}
        title={t('facilities.import.title')}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t('facilities.close')}</Button>}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('facilities.import.headings')}</Typography.Paragraph>
        <Space size={[4, 6]} wrap style={{ marginBottom: 12 }} data-testid="import-headings">
          {IMPORT_HEADINGS.map((h) => (
            <Tag key={h}>{h}</Tag>
          ))}
        </Space>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('facilities.import.required')} {t('facilities.import.values')} {t('facilities.import.again')}
        </Typography.Paragraph>
        <Upload
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} disabled={busy} data-testid="import-choose">
            {t('facilities.import.choose')}
          </Button>
        </Upload>
        {busy && (
          <Space style={{ display: 'flex', marginTop: 12 }}>
            <Spin size="small" />
            {t('facilities.import.working')}
          </Space>
        )}
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={error} maxIssues={30} testId="import-error" />
          {result && (
            <Alert
              type="success"
              showIcon
              title={t('facilities.import.done', { ...result })}
              data-testid="import-done"
            />
          )}
        </div>
      </Modal>
    </>
  );
}

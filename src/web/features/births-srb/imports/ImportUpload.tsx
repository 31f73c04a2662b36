import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Progress, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fileToBase64, importBirthFile } from '../api.ts';
import { fmtCount } from '../srb-format.ts';

type Stage = { step: 'reading' } | { step: 'uploading'; sent: number } | { step: 'processing' } | null;

/**
 * Choose a CSV or XLSX file: it is read in the browser, sent with a progress bar, and the server
 * checks every line before saving anything; its Vietnamese message and the first faulty lines
 * show if it refuses the file.
 */
export function ImportUpload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [stage, setStage] = useState<Stage>(null);
  const [error, setError] = useState<unknown>(null);

  async function upload(file: File) {
    setError(null);
    setStage({ step: 'reading' });
    try {
      const content = await fileToBase64(file);
      setStage({ step: 'uploading', sent: 0 });
      const batch = await importBirthFile(file.name, content, (sent) =>
        setStage(sent < 1 ? { step: 'uploading', sent } : { step: 'processing' }),
      );
      message.success(t('srb.imports.done', { file: batch.fileName, births: fmtCount(batch.births) }));
      await client.invalidateQueries({ queryKey: ['births'] });
      void client.invalidateQueries({ queryKey: ['srb'] });
    } catch (err) {
      setError(err);
    } finally {
      setStage(null);
    }
  }

  return (
    <div style={{ marginBottom: 16 }}>
      <Upload
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        disabled={!!stage}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} disabled={!!stage} data-testid="import-choose">
          {t('srb.imports.choose')}
        </Button>
      </Upload>
      {stage && (
        <Space
          orientation="vertical"
          style={{ display: 'flex', marginTop: 12, maxWidth: 480 }}
          data-testid="import-progress"
        >
          {stage.step === 'uploading' && (
            <>
              <Typography.Text>{t('srb.imports.uploading')}</Typography.Text>
              <Progress percent={Math.round(stage.sent * 100)} size="small" />
            </>
          )}
          {stage.step !== 'uploading' && (
            <Space>
              <Spin size="small" />
              <Typography.Text>
                {stage.step === 'reading' ? t('srb.imports.reading') : t('srb.imports.processing')}
              </Typography.Text>
            </Space>
          )}
        </Space>
      )}
      <div style={{ marginTop: error ? 12 : 0 }}>
        <ErrorAlert error={error} maxIssues={5} testId="import-error" />
      </div>
    </div>
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { fileToBase64 } from '../births-srb/api.ts';
import { ActivitiesNav } from './ActivitiesNav.tsx';
import { DenominatorsGrid } from './DenominatorsGrid.tsx';
import './messages.ts';

const WRITERS = ['admin', 'province_officer', 'reporter'];

/**
 * Population figures per commune and year — the denominators of targets such as "% of couples
 * reached". Every commune in the caller's scope is a row of an editable grid (paste from Excel,
 * save all together); a CSV/XLSX import replaces a year's figures and shows the server's line and
 * column errors when it refuses the file.
 */
export default function DenominatorsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const client = useQueryClient();
  const { message } = App.useApp();
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<unknown>(null);
  const canEdit = WRITERS.includes(me.role);

  async function upload(file: File) {
    setImporting(true);
    setImportError(null);
    try {
      const r = await post<{ rows: number }>('/api/population-denominators/import', {
        fileName: file.name,
        contentBase64: await fileToBase64(file),
      });
      message.success(t('activities.denominators.imported', { rows: r.rows }));
      await client.invalidateQueries({ queryKey: ['activities'] });
    } catch (err) {
      setImportError(err);
    } finally {
      setImporting(false);
    }
  }

  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  return (
    <div data-testid="activities-denominators">
      <ActivitiesNav />
      <PageHeader
        title={t('activities.denominators.title')}
        extra={
          <>
            <Select
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: `${t('activities.denominators.year')} ${y}` }))}
              data-testid="denominators-year"
              style={{ width: 120 }}
            />
            {canEdit && (
              <Upload
                accept=".csv,.xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(file);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={importing} data-testid="denominators-import">
                  {t('activities.denominators.import')}
                </Button>
              </Upload>
            )}
          </>
        }
      />
      {canEdit && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('activities.denominators.importHint')}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={importError} maxIssues={20} testId="denominators-import-error" />
      {/* A new year starts with no edits: typed cells belong to the year they were typed in. */}
      <DenominatorsGrid key={year} year={year} canEdit={canEdit} />
    </div>
  );
}

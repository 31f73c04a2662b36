import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportUsersResult } from '../../../shared/contracts/users.ts';
import { ROLE_LABELS } from '../../../shared/roles.ts';
import { saveBase64File } from '../../app/download.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FileImportButton } from '../../components/FileImportButton.tsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Import accounts from a table; the one-time passwords come back once, as a workbook to download. */
export function UsersImport() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportUsersResult | null>(null);
  const close = () => {
    setOpen(false);
    setResult(null);
    setError(null);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="users-import-open">
        {t('usersImport.open')}
      </Button>
      <Modal
        open={open}
        title={t('usersImport.title')}
        onCancel={close}
        footer={null}
        width={760}
        destroyOnHidden
      >
        {!result && (
          <>
            <Typography.Paragraph>{t('usersImport.help')}</Typography.Paragraph>
            <ErrorAlert error={error} maxIssues={20} />
            <FileImportButton<ImportUsersResult>
              url="/api/users/import"
              label={t('usersImport.choose')}
              testId="users-import-file"
              onError={setError}
              onDone={(r) => {
                setResult(r);
                void client.invalidateQueries({ queryKey: ['users'] });
              }}
            />
          </>
        )}
        {result && (
          <>
            <Alert
              type="success"
              showIcon
              title={t('usersImport.done', { count: result.users.length })}
              description={t('usersImport.handOut')}
              style={{ marginBottom: 12 }}
            />
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              data-testid="users-import-passwords"
              onClick={() => saveBase64File(result.passwordsFileName, result.passwordsXlsxBase64, XLSX)}
              style={{ marginBottom: 12 }}
            >
              {t('usersImport.download')}
            </Button>
            <Table
              rowKey="username"
              size="small"
              pagination={false}
              dataSource={result.users}
              columns={[
                { title: t('users.username'), dataIndex: 'username' },
                { title: t('users.displayName'), dataIndex: 'displayName' },
                {
                  title: t('users.role'),
                  dataIndex: 'role',
                  render: (r: keyof typeof ROLE_LABELS) => ROLE_LABELS[r][lang],
                },
                { title: t('usersImport.organisation'), dataIndex: 'organisationName' },
              ]}
            />
          </>
        )}
      </Modal>
    </>
  );
}

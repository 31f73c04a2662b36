import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PersonName } from '../../components/PersonName.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { type BirthBatch, useBirthBatches, withdrawBatch } from './api.ts';
import { BirthsSourceLine } from './BirthsSourceLine.tsx';
import { ImportUpload } from './imports/ImportUpload.tsx';
import { SrbHeader } from './SrbHeader.tsx';
import { fmtCount } from './srb-format.ts';

const IMPORTERS = ['admin', 'province_officer', 'reporter'];
const HELP = ['counts', 'records', 'codes', 'identifying', 'once'] as const;

/** The birth files and monthly forms on record: who brought them in and when, and whether they count. */
export default function BirthImportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const batches = useBirthBatches();
  const [error, setError] = useState<unknown>(null);
  const canImport = IMPORTERS.includes(me.role);

  function withdraw(b: BirthBatch) {
    modal.confirm({
      title: t('srb.imports.withdrawTitle'),
      content: t('srb.imports.withdrawText', { file: b.fileName }),
      okText: t('srb.imports.withdraw'),
      okButtonProps: { danger: true, 'data-testid': 'import-withdraw-ok' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await withdrawBatch(b.id);
          message.success(t('srb.imports.withdrawn', { file: b.fileName }));
          await client.invalidateQueries({ queryKey: ['births'] });
          void client.invalidateQueries({ queryKey: ['srb'] });
        } catch (err) {
          setError(err);
        }
      },
    });
  }

  return (
    <>
      <SrbHeader />
      <BirthsSourceLine province={me.provinceCode} editable />
      {canImport && <ImportUpload />}
      <Card size="small" title={t('srb.imports.help.title')} style={{ marginBottom: 16 }}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {HELP.map((k) => (
            <li key={k}>
              <Typography.Text>{t(`srb.imports.help.${k}`)}</Typography.Text>
            </li>
          ))}
        </ul>
      </Card>
      <ErrorAlert error={error ?? batches.error} />
      <Table<BirthBatch>
        data-testid="import-list"
        rowKey="id"
        size="small"
        loading={batches.isLoading}
        dataSource={batches.data?.items ?? []}
        locale={{ emptyText: t('srb.imports.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('srb.imports.file'),
            dataIndex: 'fileName',
            render: (name: string, b) => (
              <Space size={4} wrap>
                <span style={{ overflowWrap: 'anywhere' }}>{name}</span>
                {b.simulated && <Tag color="purple">{t('srb.simulatedTag')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('srb.imports.kind'),
            dataIndex: 'kind',
            width: 150,
            render: (k: BirthBatch['kind'], b) => (
              <>
                {t(`srb.imports.kinds.${k}`, { defaultValue: k })}
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)' }}>
                  {t('srb.imports.rows', { n: fmtCount(b.rowCount) })}
                </div>
              </>
            ),
          },
          {
            title: t('srb.imports.births'),
            dataIndex: 'births',
            width: 90,
            align: 'right',
            render: (n: number) => fmtCount(n),
          },
          {
            title: t('srb.imports.by'),
            dataIndex: 'createdByName',
            width: 170,
            render: (name: string | undefined, b) => <PersonName name={name} username={b.createdBy} />,
          },
          {
            title: t('srb.imports.at'),
            dataIndex: 'createdAt',
            width: 140,
            render: (at: string) => formatDateTime(at),
          },
          {
            title: t('srb.imports.status'),
            dataIndex: 'status',
            width: 170,
            render: (s: BirthBatch['status'], b) => (
              <>
                <Tag color={s === 'active' ? 'green' : 'default'}>{t(`srb.imports.statuses.${s}`)}</Tag>
                {b.withdrawnAt && (
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.5)' }}>
                    {t('srb.imports.withdrawnAt', { at: formatDateTime(b.withdrawnAt) })}
                  </div>
                )}
              </>
            ),
          },
          ...(canImport
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 80,
                  render: (_v: unknown, b: BirthBatch) =>
                    b.status === 'active' &&
                    b.kind !== 'form' && (
                      <Button
                        size="small"
                        danger
                        onClick={() => withdraw(b)}
                        data-testid={`import-withdraw-${b.id}`}
                      >
                        {t('srb.imports.withdraw')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, InputNumber, Modal, Select, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberVi } from '../../../shared/format/index.ts';
import { post, put } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { fileToBase64 } from '../births-srb/api.ts';
import { ActivitiesNav } from './ActivitiesNav.tsx';
import { type DenominatorRow, useDenominators } from './api.ts';
import './messages.ts';

const FIELDS = ['population', 'women15to49', 'couples', 'pupils'] as const;
type Field = (typeof FIELDS)[number];
const WRITERS = ['admin', 'province_officer', 'reporter'];

/**
 * Population figures per commune and year — the denominators of targets such as "% of couples
 * reached". Editable in place for those who may; a CSV/XLSX import replaces a year's figures and
 * shows the server's line and column errors when it refuses the file.
 */
export default function DenominatorsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const list = useDenominators(year);
  const client = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<unknown>(null);
  const canEdit = WRITERS.includes(me.role);

  async function save(
    row: Pick<DenominatorRow, 'adminUnitId' | Field>,
    field?: Field,
    value?: number | null,
  ) {
    setError(null);
    try {
      const body: Record<string, unknown> = {
        adminUnitId: row.adminUnitId,
        year,
        ...Object.fromEntries(FIELDS.map((f) => [f, row[f] ?? null])),
      };
      if (field) body[field] = value ?? null;
      await put('/api/population-denominators', body);
      message.success(t('activities.denominators.saved'));
      await client.invalidateQueries({ queryKey: ['activities'] });
    } catch (err) {
      setError(err);
    }
  }

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
              <>
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
                <Button onClick={() => setAdding(true)}>{t('activities.denominators.add')}</Button>
              </>
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
      <ErrorAlert error={error ?? list.error} />
      <Table<DenominatorRow>
        data-testid="denominators-table"
        rowKey="adminUnitId"
        size="small"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('activities.denominators.empty', { year }) }}
        columns={[
          { title: t('activities.denominators.code'), dataIndex: 'unitCode', width: 70 },
          { title: t('activities.denominators.commune'), dataIndex: 'unitName', width: 200 },
          ...FIELDS.map((f) => ({
            title: t(`activities.denominators.${f}`),
            key: f,
            align: 'right' as const,
            render: (_: unknown, r: DenominatorRow) =>
              canEdit ? (
                <InputNumber
                  key={`${r.adminUnitId}-${r.version}`}
                  min={0}
                  defaultValue={r[f] ?? undefined}
                  formatter={(v) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
                  parser={(v) => (v ? Number(v.replace(/\D/g, '')) : (null as unknown as number))}
                  style={{ width: '100%', maxWidth: 140 }}
                  onBlur={(e) => {
                    const v = e.target.value ? Number(e.target.value.replace(/\D/g, '')) : null;
                    if (v !== (r[f] ?? null)) void save(r, f, v);
                  }}
                  data-testid={`denominator-${r.unitCode}-${f}`}
                />
              ) : r[f] == null ? (
                '—'
              ) : (
                formatNumberVi(r[f])
              ),
          })),
        ]}
      />
      {adding && (
        <AddCommune
          onClose={() => setAdding(false)}
          onAdd={async (id) => {
            await save({ adminUnitId: id, population: null, women15to49: null, couples: null, pupils: null });
            setAdding(false);
          }}
        />
      )}
    </div>
  );
}

function AddCommune({ onClose, onAdd }: { onClose(): void; onAdd(id: number): Promise<void> }) {
  const { t } = useTranslation();
  const [id, setId] = useState<number | null>(null);
  return (
    <Modal
      open
      title={t('activities.denominators.add')}
      onCancel={onClose}
      onOk={() => id && void onAdd(id)}
      okButtonProps={{ disabled: !id }}
    >
      <Alert type="info" title={t('activities.denominators.commune')} style={{ marginBottom: 8 }} />
      <UnitPicker level="commune" value={id} onChange={setId} />
    </Modal>
  );
}

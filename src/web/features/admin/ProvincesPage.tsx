import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Progress, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvinceJobDto, ProvinceStatusDto } from '../../../shared/contracts/provinces.ts';
import { get, post } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCommuneBoundaries } from '../births-srb/api.ts';
import { CommuneMap } from '../births-srb/map/CommuneMap.tsx';
import './provinces-messages.ts';

const POLL_MS = 500;

/** The province's commune map, fetched only when this dialog opens. */
function ProvinceMap({ province }: { province: ProvinceStatusDto }) {
  const boundaries = useCommuneBoundaries(province.code);
  if (boundaries.error) return <ErrorAlert error={boundaries.error} />;
  if (!boundaries.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <div data-testid="province-map">
      <CommuneMap
        province={province.code}
        boundaries={boundaries.data}
        figures={[]}
        names={{}}
        settings={{
          reference: 105,
          threshold: 106,
          window: 3,
          flagProbability: 0.9,
          watchProbability: 0.7,
          minBirths: 0,
          naturalRange: [103, 107],
        }}
        colorBy="est"
        onOpen={() => {}}
      />
    </div>
  );
}

/** "Thêm tỉnh": the 34 provinces, which are enabled, and adding one with its progress shown. */
export default function ProvincesPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['admin', 'provinces'],
    queryFn: () => get<{ items: ProvinceStatusDto[] }>('/api/admin/provinces'),
  });
  const [job, setJob] = useState<ProvinceJobDto | null>(null);
  const [mapOf, setMapOf] = useState<ProvinceStatusDto | null>(null);
  const running = job?.state === 'running';
  const nameOf = (code: string) => list.data?.items.find((p) => p.code === code)?.name ?? code;

  // One poller per job (keyed by its code), stopped at the first answer that is no longer running,
  // so the outcome is announced once.
  const pollCode = running ? job.code : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the poller lives as long as its job runs
  useEffect(() => {
    if (!pollCode) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const next = await get<ProvinceJobDto>(`/api/admin/provinces/${pollCode}/job`).catch(() => null);
      if (!next || stopped) return;
      setJob(next);
      if (next.state === 'running') return;
      stopped = true;
      clearInterval(timer);
      await qc.invalidateQueries({ queryKey: ['admin', 'provinces'] });
      await qc.invalidateQueries({ queryKey: ['units'] });
      const name = nameOf(next.code);
      if (next.state === 'failed') message.error(t('provinces.failed', { name, error: next.error }));
      else if (next.result?.changed) message.success(t('provinces.done', { ...next.result, name }));
      else message.info(t('provinces.unchanged', { name }));
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pollCode]);

  const start = (p: ProvinceStatusDto) =>
    modal.confirm({
      title: t('provinces.confirm', { name: p.name }),
      content: t('provinces.confirmBody', { count: p.referenceCommunes }),
      okText: t('provinces.add'),
      cancelText: t('common.cancel'),
      onOk: async () => setJob(await post<ProvinceJobDto>(`/api/admin/provinces/${p.code}`)),
    });

  return (
    <>
      <PageHeader title={t('provinces.title')} />
      <Typography.Paragraph type="secondary">{t('provinces.intro')}</Typography.Paragraph>
      {job && (
        <Alert
          data-testid="province-progress"
          style={{ marginBottom: 16 }}
          type={job.state === 'failed' ? 'error' : job.state === 'done' ? 'success' : 'info'}
          message={
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>
                {nameOf(job.code)}: {job.state === 'failed' ? job.error : t(`provinces.phase.${job.phase}`)}
              </span>
              <Progress
                percent={Math.round((job.step / job.steps) * 100)}
                status={job.state === 'failed' ? 'exception' : running ? 'active' : 'success'}
              />
            </Space>
          }
        />
      )}
      {list.error && <ErrorAlert error={list.error} />}
      <Table<ProvinceStatusDto>
        rowKey="code"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={false}
        scroll={{ x: true }}
        onRow={(p) => ({ 'data-testid': `province-${p.code}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('provinces.code'), dataIndex: 'code', width: 64 },
          // Official names are data (the national catalogue), in Vietnamese in either language.
          {
            title: t('provinces.name'),
            dataIndex: 'name',
            render: (v: string) => <span lang="vi">{v}</span>,
          },
          {
            title: t('provinces.formerProvinces'),
            dataIndex: 'formerProvinces',
            responsive: ['lg'],
            render: (v: string[]) => (v.length > 1 ? <span lang="vi">{v.join(', ')}</span> : '—'),
          },
          {
            title: t('provinces.communes'),
            key: 'communes',
            render: (_, p) => `${p.communes}/${p.referenceCommunes}`,
          },
          { title: t('provinces.stations'), dataIndex: 'stations' },
          {
            title: t('provinces.state'),
            key: 'state',
            render: (_, p) =>
              p.enabled ? (
                <Tag color="green">{t('provinces.enabled')}</Tag>
              ) : (
                <Tag>{t('provinces.notEnabled')}</Tag>
              ),
          },
          {
            key: 'actions',
            render: (_, p) => (
              <Space>
                <Button
                  size="small"
                  type={p.enabled ? 'default' : 'primary'}
                  disabled={running}
                  loading={running && job?.code === p.code}
                  onClick={() => start(p)}
                >
                  {p.enabled ? t('provinces.addAgain') : t('provinces.add')}
                </Button>
                {p.communes > 0 && (
                  <Button size="small" onClick={() => setMapOf(p)}>
                    {t('provinces.map')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!mapOf}
        title={mapOf && t('provinces.mapTitle', { name: mapOf.name })}
        footer={null}
        width={760}
        onCancel={() => setMapOf(null)}
        destroyOnHidden
      >
        {mapOf && <ProvinceMap province={mapOf} />}
      </Modal>
    </>
  );
}

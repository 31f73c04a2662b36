import { Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoverageDto, CoverageRow } from '../../../../shared/contracts/facilities.ts';
import { todayInVietnam } from '../../../../shared/format/index.ts';
import { useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useCoverage } from '../api.ts';
import { DateField } from '../common/DateField.tsx';
import { percent, rateColor } from '../common/format.ts';
import { CommitmentTag } from '../common/tags.tsx';

/**
 * The "Cam kết" tab: the share of those who must sign (ultrasound, abortion) whose commitment holds
 * on a day, against the 100% target — the whole scope, then per commune with a bar each —, and the
 * list of who has not signed or whose commitment lapsed.
 */
export function CoverageTab() {
  const { t } = useTranslation();
  const [onDate, setOnDate] = useState(todayInVietnam());
  const coverage = useCoverage(onDate);
  const c = coverage.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('facilities.coverage.onDate')}</Typography.Text>
        <DateField value={onDate} onChange={(d) => d && setOnDate(d)} testId="coverage-date" />
      </Space>
      <ErrorAlert error={coverage.error} />
      {c && (
        <>
          <ScopeCard row={c.province} />
          <CommuneTable rows={c.communes} />
          <Gaps gaps={c.gaps} />
        </>
      )}
    </>
  );
}

function ScopeCard({ row }: { row: CoverageRow }) {
  const { t } = useTranslation();
  const me = useMe();
  const name =
    me.role === 'reporter'
      ? (me.unitName ?? '')
      : me.role === 'inspector'
        ? t('facilities.coverage.assigned')
        : me.role === 'admin'
          ? t('facilities.coverage.all')
          : t('facilities.coverage.province');
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="coverage-province">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
        <Progress
          type="circle"
          size={96}
          percent={row.rate == null ? 0 : Math.round(row.rate * 100)}
          format={() => percent(row.rate)}
          strokeColor={rateColor(row.rate)}
        />
        <div style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('facilities.coverage.rate')} — {name}:{' '}
            <span data-testid="coverage-rate">{percent(row.rate)}</span>
          </Typography.Title>
          <Typography.Text>
            {row.required
              ? t('facilities.coverage.counts', { ...row })
              : t('facilities.coverage.noneRequired')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('facilities.coverage.target')}
          </Typography.Text>
        </div>
      </div>
    </Card>
  );
}

function CommuneTable({ rows }: { rows: CoverageRow[] }) {
  const { t } = useTranslation();
  const counted = rows.filter((r) => r.required > 0);
  const none = rows.length - counted.length;
  if (rows.length <= 1) return null;
  return (
    <Card size="small" title={t('facilities.coverage.byCommune')} style={{ marginBottom: 16 }}>
      <Table<CoverageRow>
        data-testid="coverage-communes"
        rowKey={(r) => String(r.adminUnitId)}
        size="small"
        dataSource={counted}
        pagination={false}
        scroll={{ x: 640, y: 480 }}
        columns={[
          { title: t('facilities.f.commune'), dataIndex: 'name', width: 180, fixed: 'left' },
          {
            title: t('facilities.coverage.rate'),
            key: 'rate',
            width: 220,
            render: (_, r) => (
              <Progress
                percent={Math.round((r.rate ?? 0) * 100)}
                format={() => percent(r.rate)}
                strokeColor={rateColor(r.rate)}
                size="small"
              />
            ),
          },
          { title: t('facilities.coverage.required'), dataIndex: 'required', width: 80, align: 'right' },
          { title: t('facilities.coverage.valid'), dataIndex: 'valid', width: 90, align: 'right' },
          { title: t('facilities.coverage.lapsed'), dataIndex: 'lapsed', width: 90, align: 'right' },
          { title: t('facilities.coverage.missing'), dataIndex: 'missing', width: 80, align: 'right' },
        ]}
      />
      {none > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 13 }}>
          {t('facilities.coverage.nothingRequired', { count: none })}
        </Typography.Text>
      )}
    </Card>
  );
}

function Gaps({ gaps }: { gaps: CoverageDto['gaps'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('facilities.coverage.gaps', { count: gaps.length })}>
      <Table<CoverageDto['gaps'][number]>
        data-testid="coverage-gaps"
        rowKey="id"
        size="small"
        dataSource={gaps}
        pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('facilities.coverage.noGaps') }}
        columns={[
          {
            title: t('facilities.coverage.subject'),
            key: 'name',
            render: (_, g) => (
              <Link to={g.kind === 'facility' ? `/facilities/${g.id}` : `/facilities/workers/${g.id}`}>
                {g.name}
              </Link>
            ),
          },
          {
            title: t('facilities.coverage.kind'),
            key: 'kind',
            width: 100,
            render: (_, g) => <Tag>{t(`facilities.coverage.${g.kind}`)}</Tag>,
          },
          { title: t('facilities.f.commune'), dataIndex: 'adminUnitName', width: 180 },
          {
            title: t('facilities.f.commitment'),
            key: 'state',
            width: 200,
            render: (_, g) => <CommitmentTag state={g.state} />,
          },
        ]}
      />
    </Card>
  );
}

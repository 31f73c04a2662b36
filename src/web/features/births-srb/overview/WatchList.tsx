import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SrbFigures } from '../../../../shared/contracts/srb.ts';
import { areaPath } from '../api.ts';
import { figureColumns } from '../figure-columns.tsx';
import { byWatchOrder } from '../srb-format.ts';

/** The areas ranked by how probably they are imbalanced, then by births; the same list as XLSX. */
export function WatchList({
  areas,
  names,
  downloadUrl,
  window,
}: {
  areas: SrbFigures[];
  names: Record<string, string>;
  downloadUrl: string;
  window: number;
}) {
  const { t, i18n } = useTranslation();
  const ranked = useMemo(() => areas.filter((a) => a.level === 'area').sort(byWatchOrder), [areas]);
  return (
    <Card
      size="small"
      title={t('srb.watch.title')}
      extra={
        <Button
          href={downloadUrl}
          icon={<DownloadOutlined />}
          size="small"
          data-testid="srb-watchlist-download"
          disabled={ranked.length === 0}
        >
          {t('srb.watch.download')}
        </Button>
      }
      style={{ marginTop: 16 }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('srb.watch.hint')}
      </Typography.Paragraph>
      <Table
        data-testid="srb-watchlist"
        rowKey="area_code"
        size="small"
        dataSource={ranked}
        locale={{ emptyText: t('srb.watch.empty') }}
        pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 860 }}
        onRow={(a) => ({ 'data-testid': `srb-watch-${a.area_code}` }) as object}
        columns={[
          {
            title: t('srb.fig.rank'),
            key: 'rank',
            width: 56,
            align: 'right',
            // Pages of 15: the rank is the place in the whole list, not on the page.
            render: (_v, a) => ranked.indexOf(a) + 1,
          },
          {
            title: t('srb.fig.area'),
            dataIndex: 'area_code',
            render: (code: string) => <Link to={areaPath(code, window)}>{names[code] ?? code}</Link>,
          },
          ...figureColumns<SrbFigures>(t, i18n.language, (a) => a),
        ]}
      />
    </Card>
  );
}

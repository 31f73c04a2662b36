import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SrbFigures, SrbTrendPoint } from '../../../../shared/contracts/srb.ts';
import { figureColumns } from '../figure-columns.tsx';
import { fmtCount, fmtPeriod } from '../srb-format.ts';

/** The year's own count and raw ratio over the window's figures (the model's estimate). */
const ofYear = (p: SrbTrendPoint): SrbFigures => ({ ...p.window, ...p });

/** Each year: what was counted that year, and the model over the window ending that year. */
export function YearsTable({ trend }: { trend: SrbTrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const yearColumns = figureColumns<SrbTrendPoint>(t, i18n.language, ofYear).filter(
    (c) => c.key === 'births' || c.key === 'raw',
  );
  const windowColumns = figureColumns<SrbTrendPoint>(t, i18n.language, (p) => p.window).filter(
    (c) => c.key !== 'births' && c.key !== 'raw',
  );
  return (
    <Card size="small" title={t('srb.area.years')} style={{ marginTop: 16 }}>
      <Table<SrbTrendPoint>
        data-testid="srb-years"
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={[...trend].reverse()}
        scroll={{ x: 900 }}
        columns={[
          { title: t('srb.fig.year'), dataIndex: 'year', width: 60 },
          yearColumns[0],
          {
            title: `${t('srb.fig.boys')} / ${t('srb.fig.girls')}`,
            key: 'sexes',
            width: 90,
            align: 'right',
            render: (_v, p) => `${fmtCount(p.boys)} / ${fmtCount(p.girls)}`,
          },
          yearColumns[1],
          {
            title: t('srb.fig.window'),
            key: 'window',
            width: 90,
            render: (_v, p) => fmtPeriod(p.window.period),
          },
          ...windowColumns,
        ]}
      />
    </Card>
  );
}

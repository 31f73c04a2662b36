import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NationalSrbTarget, SrbAreaDto, SrbFigures } from '../../../../shared/contracts/srb.ts';
import { IntervalChart } from '../charts/IntervalChart.tsx';
import { figureColumns } from '../figure-columns.tsx';

type OrderRow = { birthOrder: SrbAreaDto['byOrder'][number]['birthOrder']; figures: SrbFigures };

/** First, second and third-or-later births side by side: later births are usually more skewed. */
export function ByOrderCard({
  byOrder,
  natural,
  target,
}: {
  byOrder: SrbAreaDto['byOrder'];
  natural: [number, number];
  target: NationalSrbTarget | null;
}) {
  const { t, i18n } = useTranslation();
  const rows = byOrder.filter((o): o is OrderRow => o.figures != null);
  return (
    <Card size="small" title={t('srb.area.byOrder')} data-testid="srb-by-order" style={{ marginTop: 16 }}>
      {rows.length > 0 && (
        <IntervalChart
          rows={rows.map((o) => ({
            key: o.birthOrder,
            label: t(`srb.orders.${o.birthOrder}`),
            figures: o.figures,
          }))}
          natural={natural}
          target={target}
          ariaLabel={t('srb.area.byOrder')}
        />
      )}
      <Table<OrderRow>
        rowKey="birthOrder"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('srb.fig.noFigures') }}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('srb.controls.order'),
            key: 'order',
            render: (_v, o) => t(`srb.orders.${o.birthOrder}`),
          },
          ...figureColumns<OrderRow>(t, i18n.language, (o) => o.figures),
        ]}
      />
    </Card>
  );
}

import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../shared/format/index.ts';
import { HowComputedLink } from './HowComputed.tsx';

// One truth for money, the same on the progress page, the budget page and the dashboard: spending
// is what vouchers record; the costs written in activity records are shown beside it, with the
// difference. A plan without a detailed budget says so instead of showing "0 allocated".

export function MoneyReconciliation(props: {
  detailed: boolean;
  allocated: number;
  byVouchers: number;
  byRecords: number;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="money-reconciliation">
      {!props.detailed && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('money.noDetailedBudget')}
          data-testid="no-detailed-budget"
        />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
        {props.detailed && (
          <Descriptions.Item label={t('money.allocated')}>
            <span data-testid="money-allocated">{formatVnd(props.allocated)}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('money.byVouchers')}>
          <span data-testid="money-by-vouchers">{formatVnd(props.byVouchers)}</span>&nbsp;
          <HowComputedLink figure="money.spent" />
        </Descriptions.Item>
        <Descriptions.Item label={t('money.byRecords')}>
          <span data-testid="money-by-records">{formatVnd(props.byRecords)}</span>&nbsp;
          <HowComputedLink figure="money.recordCost" />
        </Descriptions.Item>
        <Descriptions.Item label={t('money.difference')}>
          <span data-testid="money-difference">{formatVnd(props.byRecords - props.byVouchers)}</span>&nbsp;
          <HowComputedLink
            figure="money.difference"
            inputs={[
              { label: t('money.byRecords'), value: formatVnd(props.byRecords) },
              { label: t('money.byVouchers'), value: formatVnd(props.byVouchers) },
            ]}
          />
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}

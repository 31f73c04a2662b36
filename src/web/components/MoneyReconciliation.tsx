import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../i18n/format.ts';
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
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 32px' }}>
        {props.detailed && (
          <Item label={t('money.allocated')} testId="money-allocated" value={formatMoney(props.allocated)} />
        )}
        <Item
          label={t('money.byVouchers')}
          testId="money-by-vouchers"
          value={formatMoney(props.byVouchers)}
          how={<HowComputedLink figure="money.spent" />}
        />
        <Item
          label={t('money.byRecords')}
          testId="money-by-records"
          value={formatMoney(props.byRecords)}
          how={<HowComputedLink figure="money.recordCost" />}
        />
        <Item
          label={t('money.difference')}
          testId="money-difference"
          value={formatMoney(props.byRecords - props.byVouchers)}
          how={
            <HowComputedLink
              figure="money.difference"
              inputs={[
                { label: t('money.byRecords'), value: formatMoney(props.byRecords) },
                { label: t('money.byVouchers'), value: formatMoney(props.byVouchers) },
              ]}
            />
          }
        />
      </div>
    </div>
  );
}

function Item({
  label,
  value,
  testId,
  how,
}: {
  label: string;
  value: string;
  testId: string;
  how?: ReactNode;
}) {
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label}
      </Typography.Text>
      <div style={{ whiteSpace: 'nowrap' }}>
        <strong data-testid={testId}>{value}</strong> {how}
      </div>
    </div>
  );
}

import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetDto } from '../../../shared/contracts/budget.ts';
import { HowComputedLink } from '../../components/HowComputed.tsx';
import { formatMoney, formatPercent, locale } from '../../i18n/format.ts';

function Figure({
  label,
  value,
  hint,
  testId,
  figure,
}: {
  label: string;
  value: string;
  hint?: ReactNode;
  testId: string;
  /** The catalogue figure it shows, for its "Cách tính". */
  figure: string;
}) {
  return (
    <Card size="small" style={{ flex: '1 1 240px', minWidth: 0 }} data-testid={testId}>
      <Typography.Text type="secondary">{label}</Typography.Text> <HowComputedLink figure={figure} />
      <div
        style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3, overflowWrap: 'anywhere' }}
        data-testid={`${testId}-value`}
      >
        {value}
      </div>
      {hint && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid={`${testId}-hint`}>
          {hint}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The plan's totals: allocated, spent (with the amount in words, as a voucher writes it), the rate. */
export function BudgetFigures({ budget }: { budget: BudgetDto }) {
  const { t } = useTranslation();
  const { total } = budget;
  // A plan over several years states its funds for the whole period; what is spent is read for
  // the chosen year. The labels say so, so a first year's 25 % is not read as a lag.
  const years = budget.years ?? [];
  const period = years.length > 1 ? { from: years[0], to: years[years.length - 1], year: budget.year } : null;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
      <Figure
        testId="budget-allocated"
        figure="money.allocated"
        label={period ? t('budget.figures.allocatedPeriod', period) : t('budget.figures.allocated')}
        value={budget.detailed ? formatMoney(total.allocated) : t('money.noDetailedBudget')}
        hint={
          total.planned !== null && total.planned !== total.allocated
            ? t('budget.figures.planned', { amount: formatMoney(total.planned) })
            : undefined
        }
      />
      <Figure
        testId="budget-spent"
        figure="money.spent"
        label={period ? t('budget.figures.spentYear', period) : t('budget.figures.spent')}
        value={formatMoney(total.spent)}
        hint={locale() === 'vi' ? <i>{budget.spentInWords}</i> : undefined}
      />
      <Figure
        testId="budget-rate"
        figure="money.rate"
        label={t('budget.figures.rate')}
        value={formatPercent(total.rate)}
        hint={period ? t('budget.figures.rateHintYear', period) : t('budget.figures.rateHint')}
      />
    </div>
  );
}

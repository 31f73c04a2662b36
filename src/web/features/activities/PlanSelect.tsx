import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanSummaryDto } from '../../../shared/contracts/plans.ts';
import { planLabel } from './plan-choice.ts';

/** Choosing one of the plans offered (shown only when there is a choice). */
export function PlanSelect({
  plans,
  value,
  onChange,
  allowClear,
}: {
  plans: PlanSummaryDto[];
  value: string | undefined;
  onChange(id: string | undefined): void;
  allowClear?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select
      data-testid="plan-select"
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      placeholder={t('activities.plan')}
      showSearch={{ optionFilterProp: 'label' }}
      options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
      style={{ width: '100%', maxWidth: 560 }}
    />
  );
}

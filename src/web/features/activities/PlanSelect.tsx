import { useTranslation } from 'react-i18next';
import type { PlanSummaryDto } from '../../../shared/contracts/plans.ts';
import { documentNumber } from '../../../shared/format/index.ts';
import { periodText } from '../../../shared/plans/period.ts';
import { inputStyle } from '../../components/lite.tsx';
import { usePlan } from '../plans/api.ts';
import { planLabel } from './plan-choice.ts';

/**
 * Choosing one of the plans offered (shown only when there is a choice). A plan opened by its
 * link but not offered (an ended plan) is named by its number and subject, never by its id. The
 * phone's own list picker: the station's first page has it.
 */
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
  const missing = !!value && !plans.some((p) => p.id === value);
  const other = usePlan(missing ? value : undefined).data;
  const extra =
    missing && value
      ? [
          {
            value,
            label: other
              ? `${documentNumber(other.content.number, other.content.symbol) ?? other.content.subject} · ${other.organisationName} (${periodText(other.content.period)})`
              : t('activities.plan'),
          },
        ]
      : [];
  return (
    <select
      data-testid="plan-select"
      aria-label={t('activities.plan')}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
      style={{ ...inputStyle, maxWidth: 560, appearance: 'auto' }}
    >
      {(allowClear || !value) && <option value="">{t('activities.plan')}</option>}
      {[...plans.map((p) => ({ value: p.id, label: planLabel(p) })), ...extra].map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

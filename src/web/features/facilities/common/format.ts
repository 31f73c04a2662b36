import type { LegalProvisionDto } from '../../../../shared/contracts/facilities.ts';
import { formatNumber } from '../../../i18n/format.ts';

/** 0.7925 → '79,2%'; '—' when nothing is counted. */
export const percent = (rate: number | null | undefined) =>
  rate == null ? '—' : `${formatNumber(rate * 100, rate === 1 || rate === 0 ? 0 : 1)}%`;

/** A rate's bar colour: green at the target, the app's green near it, amber then red below. */
export const rateColor = (rate: number | null | undefined) =>
  rate == null
    ? undefined
    : rate >= 1
      ? '#389e0d'
      : rate >= 0.8
        ? '#0b6e4f'
        : rate >= 0.5
          ? '#d48806'
          : '#cf1322';

export type OffenderKind = 'individual' | 'organisation';

/** The catalogue gives individuals' fines; NĐ 117's general rule doubles them for organisations. */
export function fineRangeFor(p: Pick<LegalProvisionDto, 'fineMin' | 'fineMax'>, offender: OffenderKind) {
  const factor = offender === 'organisation' ? 2 : 1;
  return {
    min: p.fineMin == null ? null : p.fineMin * factor,
    max: p.fineMax == null ? null : p.fineMax * factor,
  };
}

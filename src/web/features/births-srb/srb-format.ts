import type { SrbFigures, SrbFlag } from '../../../shared/contracts/srb.ts';
import { SRB_FLAG_LABELS, SRB_FLAG_LABELS_EN } from '../../../shared/srb-text.ts';
import { formatNumber } from '../../i18n/format.ts';

// How the SRB pages write figures: one decimal with a comma (112,6), intervals with an en dash
// (103,1–124,9), probabilities as whole percents, thousands with dots (23.500).

export const fmtSrb = (x: number | null | undefined) => (x == null ? '—' : formatNumber(x, 1));
export const fmtCount = (n: number) => formatNumber(n);
export const fmtInterval = (lo: number | null | undefined, hi: number | null | undefined) =>
  lo == null || hi == null ? '—' : `${fmtSrb(lo)}–${fmtSrb(hi)}`;
export const fmtPct = (p: number) => `${formatNumber(Math.round(p * 100))}%`;
/** "2024-2026" → "2024–2026". */
export const fmtPeriod = (period: string) => period.replace('-', '–');

/** The raw figure with its interval: "114,9 (90,6–146,0)". */
export const rawWithInterval = (f: Pick<SrbFigures, 'srb_raw' | 'srb_raw_lo95' | 'srb_raw_hi95'>) =>
  f.srb_raw == null ? '—' : `${fmtSrb(f.srb_raw)} (${fmtInterval(f.srb_raw_lo95, f.srb_raw_hi95)})`;
export const estWithInterval = (f: Pick<SrbFigures, 'srb_est' | 'srb_lo95' | 'srb_hi95'>) =>
  `${fmtSrb(f.srb_est)} (${fmtInterval(f.srb_lo95, f.srb_hi95)})`;

export const flagLabel = (flag: SrbFlag, language: string) =>
  (language === 'en' ? SRB_FLAG_LABELS_EN : SRB_FLAG_LABELS)[flag];

/** antd Tag colours of the flags. */
export const FLAG_TAG_COLORS: Record<SrbFlag, string> = {
  imbalanced: 'red',
  watch: 'orange',
  normal: 'green',
  insufficient: 'default',
};

/** The watch-list order: most probably imbalanced first, then the larger areas. */
export const byWatchOrder = (a: SrbFigures, b: SrbFigures) =>
  b.p_imbalanced - a.p_imbalanced || b.births - a.births;

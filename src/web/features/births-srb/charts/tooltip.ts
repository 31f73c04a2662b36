import type { TFunction } from 'i18next';
import type { SrbFigures, SrbFlag } from '../../../../shared/contracts/srb.ts';
import { escapeHtml } from '../../../components/charts/escape-html.ts';
import { flagLabel, fmtCount, fmtInterval, fmtPct, fmtSrb } from '../srb-format.ts';

export const FLAG_COLORS: Record<SrbFlag, string> = {
  imbalanced: '#cf1322',
  watch: '#d46b08',
  normal: '#389e0d',
  insufficient: '#8c8c8c',
};

/** "TSGTKS thô: 114,9 (khoảng 95%: 90,6–146,0)" */
export const figureLine = (
  label: string,
  ci: string,
  v: number | null,
  lo: number | null,
  hi: number | null,
) =>
  `${escapeHtml(label)}: <b>${fmtSrb(v)}</b>${v == null ? '' : ` (${escapeHtml(ci)}: ${fmtInterval(lo, hi)})`}`;

/** An area's figures as chart tooltips show them (HTML; every text escaped). */
export function figuresTooltip(title: string, f: SrbFigures, t: TFunction, language: string): string {
  return [
    `<b>${escapeHtml(title)}</b>`,
    `${escapeHtml(t('srb.fig.births'))}: ${fmtCount(f.births)}`,
    figureLine(t('srb.fig.raw'), t('srb.fig.ci'), f.srb_raw, f.srb_raw_lo95, f.srb_raw_hi95),
    figureLine(t('srb.fig.est'), t('srb.fig.ci'), f.srb_est, f.srb_lo95, f.srb_hi95),
    `${escapeHtml(t('srb.fig.p'))}: <b>${fmtPct(f.p_imbalanced)}</b>`,
    `<span style="color:${FLAG_COLORS[f.flag]}">● ${escapeHtml(flagLabel(f.flag, language))}</span>`,
  ].join('<br/>');
}

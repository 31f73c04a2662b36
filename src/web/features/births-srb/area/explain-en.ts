import type { SrbFigures, SrbFlag } from '../../../../shared/contracts/srb.ts';
import { fmtCount, fmtInterval, fmtPct, fmtSrb } from '../srb-format.ts';

// The English twin of explainSrb (src/shared/srb-text.ts), sentence for sentence, for the
// English interface; the Vietnamese pages use explainSrb itself.

const periodWords = (period: string) => {
  const [a, b] = period.split('-').map(Number);
  return b ? `the ${b - a + 1} years ${a}–${b}` : `${a}`;
};

const VERDICT: Record<SrbFlag, string> = {
  imbalanced: 'Conclusion: signs of imbalance; communication and inspections should give this area priority.',
  watch: 'Conclusion: to watch; the data lean towards imbalance but are not conclusive.',
  normal: 'Conclusion: no sign of imbalance with the data at hand.',
  insufficient:
    'Conclusion: too few births to conclude; do not rely on the raw figure. Look at a longer period or a larger area.',
};

export function explainSrbEn(f: SrbFigures, areaName: string): string[] {
  const lines = [
    `In ${periodWords(f.period)}, ${areaName} recorded ${fmtCount(f.births)} births (${fmtCount(f.boys)} boys, ${fmtCount(f.girls)} girls).`,
  ];
  if (f.srb_raw != null)
    lines.push(
      `Counted directly: ${fmtSrb(f.srb_raw)} boys per 100 girls. By chance alone, with so many births this figure could lie anywhere from ${fmtInterval(f.srb_raw_lo95, f.srb_raw_hi95).replace('–', ' to ')} (95% interval)${f.births < 3000 ? ', so a single raw figure says little' : ''}.`,
    );
  lines.push(
    `The model (which looks at the other areas of the province too) estimates ${fmtSrb(f.srb_est)}, most probably between ${fmtInterval(f.srb_lo95, f.srb_hi95)}. Probability that the sex ratio at birth of this area is imbalanced: ${fmtPct(f.p_imbalanced)}.`,
  );
  lines.push(VERDICT[f.flag]);
  return lines;
}

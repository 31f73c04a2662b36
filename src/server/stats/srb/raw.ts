import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/** SRB as 100 × boys / girls. */
export function srbFromP(p: number): number {
  return (100 * p) / (1 - p);
}

/**
 * The raw SRB and its exact 95% interval: Clopper–Pearson for P(boy), mapped through
 * 100·p/(1−p), which is monotone, so the interval stays exact.
 */
export function rawSrb(
  boys: number,
  girls: number,
): { srb: number | null; lo95: number | null; hi95: number | null } {
  const n = boys + girls;
  if (n === 0) return { srb: null, lo95: null, hi95: null };
  const lo = boys === 0 ? 0 : betaQuantile(0.025, boys, girls + 1);
  const hi = girls === 0 ? 1 : betaQuantile(0.975, boys + 1, girls);
  return {
    srb: girls === 0 ? null : (100 * boys) / girls,
    lo95: srbFromP(lo),
    hi95: hi >= 1 ? null : srbFromP(hi),
  };
}

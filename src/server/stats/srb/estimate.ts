import type { SrbFigures, SrbFlag } from '../../../shared/contracts/srb.ts';
import { type AreaLikelihood, areaLikelihood, imbalancedShareOf, posteriorOf } from './mixture.ts';
import { rawSrb } from './raw.ts';
import { DEFAULT_SRB_SETTINGS, type SrbSettings } from './settings.ts';

// The stateless estimator: yearly counts per area in, one row per area for the latest window
// (and one per parent, pooled) out, with raw and model figures side by side.

export interface SrbInputRow {
  areaCode: string;
  parentCode?: string | null;
  year: number;
  boys: number;
  girls: number;
  birthOrder?: string | null;
}

// The output shape is the contract the pages read (src/shared/contracts/srb.ts).
export type { SrbFlag };
export type SrbAreaEstimate = SrbFigures;

const round = (x: number | null, digits = 2) =>
  x == null || !Number.isFinite(x) ? null : Number(x.toFixed(digits));

export function flagFor(births: number, pImbalanced: number, s: SrbSettings): SrbFlag {
  if (pImbalanced >= s.flagProbability) return 'imbalanced';
  if (births < s.minBirths) return 'insufficient';
  if (pImbalanced >= s.watchProbability) return 'watch';
  return 'normal';
}

function row(
  code: string,
  parent: string | null,
  level: 'area' | 'parent',
  period: string,
  likelihood: AreaLikelihood,
  pi: number,
  s: SrbSettings,
): SrbAreaEstimate {
  const { boys, girls } = likelihood.counts;
  const raw = rawSrb(boys, girls);
  const post = posteriorOf(likelihood, pi, s.threshold);
  return {
    area_code: code,
    parent_code: parent,
    level,
    period,
    births: boys + girls,
    boys,
    girls,
    srb_raw: round(raw.srb),
    srb_raw_lo95: round(raw.lo95),
    srb_raw_hi95: round(raw.hi95),
    srb_est: round(post.mean)!,
    srb_lo95: round(post.lo95)!,
    srb_hi95: round(post.hi95)!,
    p_above_threshold: round(post.pAbove, 4)!,
    p_imbalanced: round(post.pImbalanced, 4)!,
    flag: flagFor(boys + girls, post.pImbalanced, s),
  };
}

export function estimateSrb(
  rows: SrbInputRow[],
  settings: Partial<SrbSettings> = {},
): { settings: SrbSettings; areas: SrbAreaEstimate[] } {
  const s: SrbSettings = { ...DEFAULT_SRB_SETTINGS, ...settings };
  if (!rows.length) return { settings: s, areas: [] };
  // A loop, not Math.max(...rows): spreading hundreds of thousands of rows overflows the stack.
  let last = rows[0].year;
  let earliest = last;
  for (const r of rows) {
    if (r.year > last) last = r.year;
    if (r.year < earliest) earliest = r.year;
  }
  const first = last - s.window + 1;
  // The label names the years the data cover: a 3-year window over data that begin in 2021 is
  // "2021" in 2021, not "2019–2021".
  const shown = Math.max(first, earliest);
  const period = shown === last ? String(last) : `${shown}-${last}`;
  // Birth orders and years inside the window are summed per area.
  const areas = new Map<string, { parent: string | null; boys: number; girls: number }>();
  for (const r of rows) {
    const a = areas.get(r.areaCode) ?? { parent: r.parentCode ?? null, boys: 0, girls: 0 };
    if (r.year >= first) {
      a.boys += r.boys;
      a.girls += r.girls;
    }
    areas.set(r.areaCode, a);
  }
  // Areas are pooled within their parent (all together when there is none) to estimate π.
  const groups = new Map<string, string[]>();
  for (const [code, a] of areas) {
    const group = groups.get(a.parent ?? '');
    if (group) group.push(code);
    else groups.set(a.parent ?? '', [code]);
  }
  const out: SrbAreaEstimate[] = [];
  for (const [parent, codes] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const members = codes.map((c) => areas.get(c)!);
    // Each area's likelihood is computed once, for π and for its own posterior.
    const likelihoods = new Map(codes.map((c) => [c, areaLikelihood(areas.get(c)!, s.reference)]));
    const pi = imbalancedShareOf(
      codes.filter((c) => areas.get(c)!.boys + areas.get(c)!.girls > 0).map((c) => likelihoods.get(c)!),
    );
    for (const code of codes.sort()) {
      out.push(row(code, areas.get(code)!.parent, 'area', period, likelihoods.get(code)!, pi, s));
    }
    if (parent) {
      const boys = members.reduce((x, m) => x + m.boys, 0);
      const girls = members.reduce((x, m) => x + m.girls, 0);
      out.push(row(parent, null, 'parent', period, areaLikelihood({ boys, girls }, s.reference), pi, s));
    }
  }
  return { settings: s, areas: out };
}

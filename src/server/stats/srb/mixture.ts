// Method B of SRB-STATISTICS.md: each area's log-SRB θ comes either from a narrow "natural"
// component around the reference level or from a uniform "imbalanced" component on
// [log 1.07, log 1.35]; the imbalanced share π is estimated by EM over the areas pooled
// together; posteriors are computed on a grid (no MCMC). Pure code, no I/O.

const GRID_SIZE = 701;
const THETA_MIN = Math.log(0.8);
const THETA_MAX = Math.log(1.5);
const STEP = (THETA_MAX - THETA_MIN) / (GRID_SIZE - 1);
const GRID = Array.from({ length: GRID_SIZE }, (_, j) => THETA_MIN + j * STEP);
const IMBALANCED = [Math.log(1.07), Math.log(1.35)];
const NATURAL_SD = 0.01;

export interface Counts {
  boys: number;
  girls: number;
}

export interface Posterior {
  /** Posterior mean SRB and its 95% credible interval. */
  mean: number;
  lo95: number;
  hi95: number;
  pAbove: number;
  pImbalanced: number;
}

const log1pexp = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
// log expit(θ) = −log(1+e^−θ) and log expit(−θ) = −log(1+e^θ) on the grid, and the SRB of each
// grid point: computed once, not per area.
const LOG1PEXP_NEG = GRID.map((t) => log1pexp(-t));
const LOG1PEXP_POS = GRID.map((t) => log1pexp(t));
const GRID_SRB = GRID.map((t) => 100 * Math.exp(t));

interface Prior {
  natural: number[];
  imbalanced: number[];
}

function computePriors(reference: number): Prior {
  const mu = Math.log(reference / 100);
  const natural = GRID.map((t) => Math.exp(-0.5 * ((t - mu) / NATURAL_SD) ** 2));
  const imbalanced = GRID.map((t) => (t >= IMBALANCED[0] && t <= IMBALANCED[1] ? 1 : 0));
  const normalise = (w: number[]) => {
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / s);
  };
  return { natural: normalise(natural), imbalanced: normalise(imbalanced) };
}

/** The priors depend only on the reference level: computed once per level. */
const priorCache = new Map<number, Prior>();
function priors(reference: number): Prior {
  let prior = priorCache.get(reference);
  if (!prior) {
    if (priorCache.size > 32) priorCache.clear();
    prior = computePriors(reference);
    priorCache.set(reference, prior);
  }
  return prior;
}

/**
 * One area's likelihood on the grid (exp of the log-likelihood shifted so its maximum is 0) and
 * its marginal likelihoods (up to the same constant) under each component. Computed once per
 * area and shared by the EM for π and the area's posterior.
 */
export interface AreaLikelihood {
  counts: Counts;
  reference: number;
  likelihood: Float64Array;
  m0: number;
  m1: number;
}

export function areaLikelihood(c: Counts, reference: number): AreaLikelihood {
  const ll = new Float64Array(GRID_SIZE);
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < GRID_SIZE; j++) {
    const x = -c.boys * LOG1PEXP_NEG[j] - c.girls * LOG1PEXP_POS[j];
    ll[j] = x;
    if (x > max) max = x;
  }
  const prior = priors(reference);
  const natural = prior.natural;
  const imbalanced = prior.imbalanced;
  let m0 = 0;
  let m1 = 0;
  for (let j = 0; j < GRID_SIZE; j++) {
    const l = Math.exp(ll[j] - max);
    ll[j] = l;
    m0 += l * natural[j];
    m1 += l * imbalanced[j];
  }
  return { counts: c, reference, likelihood: ll, m0, m1 };
}

/** EM for the imbalanced share π across areas whose likelihoods are computed (areas with births). */
export function imbalancedShareOf(areas: AreaLikelihood[]): number {
  if (!areas.length) return 0.5;
  let pi = 0.2;
  for (let iter = 0; iter < 200; iter++) {
    let sum = 0;
    for (const { m0, m1 } of areas) sum += (pi * m1) / (pi * m1 + (1 - pi) * m0 || 1);
    const next = Math.min(0.99, Math.max(0.01, sum / areas.length));
    if (Math.abs(next - pi) < 1e-7) return next;
    pi = next;
  }
  return pi;
}

/** EM for the imbalanced share π across areas. */
export function estimateImbalancedShare(areas: Counts[], reference: number): number {
  return imbalancedShareOf(
    areas.filter((a) => a.boys + a.girls > 0).map((a) => areaLikelihood(a, reference)),
  );
}

/** Scratch space of posteriorOf (synchronous, so one buffer serves every call). */
const WEIGHTS = new Float64Array(GRID_SIZE);

/** The posterior of one area's SRB, from its computed likelihood, given the share π. */
export function posteriorOf(area: AreaLikelihood, pi: number, threshold: number): Posterior {
  const prior = priors(area.reference);
  const natural = prior.natural;
  const imbalanced = prior.imbalanced;
  const { likelihood, m0, m1 } = area;
  const pImbalanced = (pi * m1) / (pi * m1 + (1 - pi) * m0);
  const weights = WEIGHTS;
  let total = 0;
  for (let j = 0; j < GRID_SIZE; j++) {
    const w = likelihood[j] * ((1 - pi) * natural[j] + pi * imbalanced[j]);
    weights[j] = w;
    total += w;
  }
  let mean = 0;
  let pAbove = 0;
  let cumulative = 0;
  let lo = GRID[0];
  let hi = GRID[GRID_SIZE - 1];
  let loFound = false;
  let hiFound = false;
  const limit = Math.log(threshold / 100);
  for (let j = 0; j < GRID_SIZE; j++) {
    const w = weights[j] / total;
    mean += w * GRID_SRB[j];
    if (GRID[j] > limit) pAbove += w;
    cumulative += w;
    if (!loFound && cumulative >= 0.025) {
      lo = GRID[j];
      loFound = true;
    }
    if (!hiFound && cumulative >= 0.975) {
      hi = GRID[j];
      hiFound = true;
    }
  }
  return { mean, lo95: 100 * Math.exp(lo), hi95: 100 * Math.exp(hi), pAbove, pImbalanced };
}

/** The posterior of one area's SRB given the share π of imbalanced areas. */
export function posterior(c: Counts, pi: number, reference: number, threshold: number): Posterior {
  return posteriorOf(areaLikelihood(c, reference), pi, threshold);
}

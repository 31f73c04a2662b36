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

/** log-likelihood of θ on the grid, shifted so its maximum is 0 (returned separately). */
function logLikelihood(c: Counts): number[] {
  // log expit(θ) = −log(1+e^−θ); log expit(−θ) = −log(1+e^θ)
  const ll = GRID.map((t) => -c.boys * log1pexp(-t) - c.girls * log1pexp(t));
  const max = Math.max(...ll);
  return ll.map((x) => x - max);
}

function priors(reference: number) {
  const mu = Math.log(reference / 100);
  const natural = GRID.map((t) => Math.exp(-0.5 * ((t - mu) / NATURAL_SD) ** 2));
  const imbalanced = GRID.map((t) => (t >= IMBALANCED[0] && t <= IMBALANCED[1] ? 1 : 0));
  const normalise = (w: number[]) => {
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / s);
  };
  return { natural: normalise(natural), imbalanced: normalise(imbalanced) };
}

/** Marginal likelihoods (up to the same constant) of the data under each component. */
function marginals(like: number[], prior: { natural: number[]; imbalanced: number[] }) {
  let m0 = 0;
  let m1 = 0;
  for (let j = 0; j < GRID_SIZE; j++) {
    const l = Math.exp(like[j]);
    m0 += l * prior.natural[j];
    m1 += l * prior.imbalanced[j];
  }
  return { m0, m1 };
}

/** EM for the imbalanced share π across areas. */
export function estimateImbalancedShare(areas: Counts[], reference: number): number {
  const prior = priors(reference);
  const ms = areas.filter((a) => a.boys + a.girls > 0).map((a) => marginals(logLikelihood(a), prior));
  if (!ms.length) return 0.5;
  let pi = 0.2;
  for (let iter = 0; iter < 200; iter++) {
    const r = ms.map(({ m0, m1 }) => (pi * m1) / (pi * m1 + (1 - pi) * m0 || 1));
    const next = Math.min(0.99, Math.max(0.01, r.reduce((a, b) => a + b, 0) / r.length));
    if (Math.abs(next - pi) < 1e-7) return next;
    pi = next;
  }
  return pi;
}

/** The posterior of one area's SRB given the share π of imbalanced areas. */
export function posterior(c: Counts, pi: number, reference: number, threshold: number): Posterior {
  const prior = priors(reference);
  const like = logLikelihood(c);
  const { m0, m1 } = marginals(like, prior);
  const pImbalanced = (pi * m1) / (pi * m1 + (1 - pi) * m0);
  const weights = GRID.map(
    (_, j) => Math.exp(like[j]) * ((1 - pi) * prior.natural[j] + pi * prior.imbalanced[j]),
  );
  const total = weights.reduce((a, b) => a + b, 0);
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
    const srb = 100 * Math.exp(GRID[j]);
    mean += w * srb;
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

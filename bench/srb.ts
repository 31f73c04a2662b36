// Time of one SRB estimate for the whole country: 3,321 communes × 5 years (seeded simulation,
// about 430 births a commune-year), grouped into 63 provinces so that the imbalanced share is
// estimated per province. Pure computation, no database. Usage: npm run bench:srb [-- --runs N]
import { estimateSrb, type SrbInputRow } from '../src/server/stats/srb/estimate.ts';
import { simulateProvince } from '../src/server/stats/srb/simulate.ts';
import { result, summarise } from './lib.ts';

const arg = (name: string, d: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || d;
const runs = arg('--runs', 15);
const AREAS = 3321;
const YEARS = 5;
const PROVINCES = 63;

const sim = simulateProvince({
  seed: 2026,
  areas: AREAS,
  years: YEARS,
  birthsPerYear: 430,
  imbalancedShare: 0.2,
});
const index = new Map([...sim.truth.keys()].map((code, i) => [code, i]));
const rows: SrbInputRow[] = sim.rows.map((r) => ({
  ...r,
  parentCode: `P${String(Math.floor((index.get(r.areaCode)! * PROVINCES) / AREAS) + 1).padStart(2, '0')}`,
}));
const births = rows.reduce((s, r) => s + r.boys + r.girls, 0);
console.log(
  `${AREAS} areas × ${YEARS} years in ${PROVINCES} parents: ${rows.length} rows, ${births.toLocaleString('en')} births; window 3`,
);

let out = estimateSrb(rows); // warm-up
for (let i = 0; i < 2; i++) out = estimateSrb(rows);
const samples: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  out = estimateSrb(rows);
  samples.push(performance.now() - t0);
}
const flagged = out.areas.filter((a) => a.level === 'area' && a.flag === 'imbalanced').length;
console.log(`${out.areas.length} estimates (${flagged} areas flagged imbalanced)`);
console.log(`min=${Math.min(...samples).toFixed(1)} ms`);
const s = summarise('estimateSrb, whole country', samples);
result('srb', s.p50, 'ms');

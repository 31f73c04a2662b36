import type { SrbInputRow } from './estimate.ts';

/** A seeded generator (mulberry32): simulations in tests and benchmarks are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SimulatedProvince {
  rows: SrbInputRow[];
  /** The true SRB of each area. */
  truth: Map<string, number>;
}

/** Areas with a true SRB each, births per year around `birthsPerYear`, boys drawn one by one. */
export function simulateProvince(opts: {
  seed: number;
  areas: number;
  years: number;
  birthsPerYear: number;
  imbalancedShare: number;
  natural?: number;
}): SimulatedProvince {
  const rand = seededRandom(opts.seed);
  const truth = new Map<string, number>();
  const rows: SrbInputRow[] = [];
  for (let i = 0; i < opts.areas; i++) {
    const code = `A${String(i + 1).padStart(3, '0')}`;
    const srb = rand() < opts.imbalancedShare ? 110 + 10 * rand() : (opts.natural ?? 105);
    truth.set(code, srb);
    const p = srb / (100 + srb);
    for (let y = 0; y < opts.years; y++) {
      const n = Math.round(opts.birthsPerYear * (0.8 + 0.4 * rand()));
      let boys = 0;
      for (let k = 0; k < n; k++) if (rand() < p) boys++;
      rows.push({ areaCode: code, year: 2022 + y, boys, girls: n - boys });
    }
  }
  return { rows, truth };
}

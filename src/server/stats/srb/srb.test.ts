import { describe, expect, it } from 'vitest';
import { parseSrbCsv } from './csv-input.ts';
import { estimateSrb } from './estimate.ts';
import { estimateImbalancedShare, type Posterior, posterior } from './mixture.ts';
import { rawSrb } from './raw.ts';
import { simulateProvince } from './simulate.ts';

describe('raw SRB with its exact interval', () => {
  it('is wide for a commune of 300 births, as SRB-STATISTICS.md says', () => {
    const r = rawSrb(154, 146);
    expect(r.srb).toBeCloseTo(105.48, 2);
    expect(r.lo95!).toBeGreaterThan(82);
    expect(r.lo95!).toBeLessThan(86);
    expect(r.hi95!).toBeGreaterThan(130);
    expect(r.hi95!).toBeLessThan(136);
  });

  it('matches the Clopper–Pearson bounds computed independently (exact binomial sums)', () => {
    // Bounds found by bisection on the binomial distribution in Python, mapped through 100·p/(1−p).
    const a = rawSrb(154, 146);
    expect(a.lo95!).toBeCloseTo(83.5597, 3);
    expect(a.hi95!).toBeCloseTo(133.1996, 3);
    const b = rawSrb(520, 480);
    expect(b.lo95!).toBeCloseTo(95.5091, 3);
    expect(b.hi95!).toBeCloseTo(122.8994, 3);
  });

  it('handles the edges', () => {
    expect(rawSrb(0, 10)).toMatchObject({ srb: 0, lo95: 0 });
    expect(rawSrb(10, 0)).toMatchObject({ srb: null, hi95: null });
    expect(rawSrb(0, 0)).toEqual({ srb: null, lo95: null, hi95: null });
  });
});

describe('the mixture model on simulated provinces', () => {
  // 75 communes, 3 years, ~270 births a commune-year, 20% truly at 110–120 (the document's case).
  const runs = [1, 2, 3].map((seed) => {
    const sim = simulateProvince({ seed, areas: 75, years: 3, birthsPerYear: 270, imbalancedShare: 0.2 });
    const lastYear = sim.rows.filter((r) => r.year === 2024);
    return { sim, est: estimateSrb(sim.rows), naive: lastYear };
  });

  it('raises far fewer false alarms than "raw SRB > 106"', () => {
    let natural = 0;
    let naiveAlarms = 0;
    let modelAlarms = 0;
    for (const { sim, est, naive } of runs) {
      for (const a of est.areas) {
        if (sim.truth.get(a.area_code)! !== 105) continue;
        natural++;
        const year = naive.find((r) => r.areaCode === a.area_code)!;
        if ((100 * year.boys) / year.girls > 106) naiveAlarms++;
        if (a.p_imbalanced > 0.5) modelAlarms++;
      }
    }
    expect(naiveAlarms / natural).toBeGreaterThan(0.3);
    expect(modelAlarms / natural).toBeLessThan(0.08);
  });

  it('gives 95% intervals that hold the truth about 95% of the time', () => {
    // 20 seeded provinces × 75 communes: raw (exact) and model intervals against the known truth.
    let n = 0;
    let rawIn = 0;
    let modelIn = 0;
    for (let seed = 100; seed < 120; seed++) {
      const sim = simulateProvince({ seed, areas: 75, years: 3, birthsPerYear: 270, imbalancedShare: 0.2 });
      for (const a of estimateSrb(sim.rows).areas) {
        const truth = sim.truth.get(a.area_code)!;
        n++;
        if (a.srb_raw_lo95! <= truth && truth <= a.srb_raw_hi95!) rawIn++;
        if (a.srb_lo95 <= truth && truth <= a.srb_hi95) modelIn++;
      }
    }
    expect(rawIn / n).toBeGreaterThan(0.93);
    expect(modelIn / n).toBeGreaterThan(0.9);
    expect(modelIn / n).toBeLessThan(0.995);
  });

  it('estimates closer to the truth than the raw yearly ratio', () => {
    let rawErr = 0;
    let estErr = 0;
    let n = 0;
    for (const { sim, est, naive } of runs) {
      for (const a of est.areas) {
        const truth = sim.truth.get(a.area_code)!;
        const year = naive.find((r) => r.areaCode === a.area_code)!;
        rawErr += ((100 * year.boys) / year.girls - truth) ** 2;
        estErr += (a.srb_est - truth) ** 2;
        n++;
      }
    }
    expect(Math.sqrt(estErr / n)).toBeLessThan(Math.sqrt(rawErr / n) / 2);
  });

  it('flags a clearly imbalanced large area and leaves a natural one alone', () => {
    const rows = [
      ...[2022, 2023, 2024].map((year) => ({ areaCode: 'BIG', year, boys: 1200, girls: 1000 })),
      ...[2022, 2023, 2024].map((year) => ({ areaCode: 'OK', year, boys: 1050, girls: 1000 })),
    ];
    const est = estimateSrb(rows);
    const big = est.areas.find((a) => a.area_code === 'BIG')!;
    const ok = est.areas.find((a) => a.area_code === 'OK')!;
    expect(big.flag).toBe('imbalanced');
    expect(big.p_above_threshold).toBeGreaterThan(0.99);
    expect(ok.flag).toBe('normal');
    expect(ok.srb_lo95).toBeLessThanOrEqual(105);
    expect(ok.srb_hi95).toBeGreaterThanOrEqual(105);
  });

  it('says when the data are too few to conclude', () => {
    const est = estimateSrb([
      { areaCode: 'TINY', year: 2024, boys: 30, girls: 25 },
      { areaCode: 'OTHER', year: 2024, boys: 520, girls: 500 },
    ]);
    expect(est.areas.find((a) => a.area_code === 'TINY')!.flag).toBe('insufficient');
  });
});

describe('the mixture model, pinned', () => {
  // Figures computed before the grid was precomputed and shared between π and the posteriors
  // (the bench:srb speed-up); the optimised code must give the same numbers.
  const close = (actual: Posterior, expected: Posterior) => {
    for (const [k, v] of Object.entries(expected)) expect(actual[k as keyof Posterior], k).toBeCloseTo(v, 10);
  };

  it('gives the same posteriors', () => {
    close(posterior({ boys: 154, girls: 146 }, 0.25, 105, 106), {
      mean: 106.71485143798752,
      lo95: 103.05533976143305,
      hi95: 123.44140742404738,
      pAbove: 0.29639096922798525,
      pImbalanced: 0.15373513966506408,
    });
    close(posterior({ boys: 0, girls: 0 }, 0.25, 105, 106), {
      mean: 108.86175413038009,
      lo95: 103.05533976143305,
      hi95: 131.92314591378081,
      pAbove: 0.37646388438097683,
      pImbalanced: 0.25,
    });
    close(posterior({ boys: 520, girls: 450 }, 0.3, 106.3, 110), {
      mean: 110.52296265330682,
      lo95: 104.64067448811241,
      hi95: 127.26850029375818,
      pAbove: 0.3302330812194271,
      pImbalanced: 0.37534660727149277,
    });
  });

  it('gives the same imbalanced share and estimates', () => {
    const sim = simulateProvince({ seed: 3, areas: 75, years: 3, birthsPerYear: 270, imbalancedShare: 0.2 });
    const areas = new Map<string, { boys: number; girls: number }>();
    for (const r of sim.rows) {
      const a = areas.get(r.areaCode) ?? { boys: 0, girls: 0 };
      a.boys += r.boys;
      a.girls += r.girls;
      areas.set(r.areaCode, a);
    }
    expect(estimateImbalancedShare([...areas.values()], 105)).toBeCloseTo(0.0143019592659165, 12);

    const two = simulateProvince({ seed: 7, areas: 40, years: 3, birthsPerYear: 270, imbalancedShare: 0.2 });
    const est = estimateSrb(two.rows.map((r) => ({ ...r, parentCode: r.areaCode < 'A021' ? 'P1' : 'P2' })));
    expect(est.areas.slice(0, 2)).toEqual([
      {
        area_code: 'A001',
        parent_code: 'P1',
        level: 'area',
        period: '2022-2024',
        births: 876,
        boys: 425,
        girls: 451,
        srb_raw: 94.24,
        srb_raw_lo95: 82.35,
        srb_raw_hi95: 107.83,
        srb_est: 104.83,
        srb_lo95: 102.78,
        srb_hi95: 107.11,
        p_above_threshold: 0.126,
        p_imbalanced: 0.0134,
        flag: 'normal',
      },
      {
        area_code: 'A002',
        parent_code: 'P1',
        level: 'area',
        period: '2022-2024',
        births: 829,
        boys: 423,
        girls: 406,
        srb_raw: 104.19,
        srb_raw_lo95: 90.71,
        srb_raw_hi95: 119.68,
        srb_est: 105.31,
        srb_lo95: 102.96,
        srb_hi95: 110.53,
        p_above_threshold: 0.1993,
        p_imbalanced: 0.0443,
        flag: 'normal',
      },
    ]);
  });
});

describe('windows and parents', () => {
  it('pools the latest window and adds a pooled row per parent', () => {
    const est = estimateSrb(
      [
        { areaCode: 'X1', parentCode: 'P', year: 2020, boys: 999, girls: 1 },
        { areaCode: 'X1', parentCode: 'P', year: 2023, boys: 100, girls: 90 },
        { areaCode: 'X1', parentCode: 'P', year: 2024, boys: 110, girls: 100, birthOrder: '1' },
        { areaCode: 'X1', parentCode: 'P', year: 2024, boys: 20, girls: 10, birthOrder: '3+' },
        { areaCode: 'X2', parentCode: 'P', year: 2024, boys: 50, girls: 50 },
      ],
      { window: 2 },
    );
    expect(est.settings.window).toBe(2);
    const x1 = est.areas.find((a) => a.area_code === 'X1')!;
    expect(x1).toMatchObject({
      period: '2023-2024',
      boys: 230,
      girls: 200,
      births: 430,
      level: 'area',
      parent_code: 'P',
    });
    const p = est.areas.find((a) => a.level === 'parent')!;
    expect(p).toMatchObject({ area_code: 'P', boys: 280, girls: 250 });
  });
});

describe('CSV input', () => {
  it('reads the documented columns', () => {
    const rows = parseSrbCsv('area_code,year,boys,girls,parent_code\n03646,2024,120,110,14\n');
    expect(rows).toEqual([
      { areaCode: '03646', parentCode: '14', year: 2024, boys: 120, girls: 110, birthOrder: null },
    ]);
  });

  it('names the line and the column of every problem', () => {
    expect(() => parseSrbCsv('area_code,year,boys\n1,2024,3\n')).toThrow('Dòng 1: thiếu cột girls');
    try {
      parseSrbCsv('area_code,year,boys,girls\nA,2024,10,9\nB,2024,-1,9\nA,2024,1,1\n');
      expect.unreachable();
    } catch (err) {
      const issues = (err as { issues: { message: string }[] }).issues.map((i) => i.message);
      expect(issues).toEqual([
        'Dòng 3: boys phải là số nguyên từ 0 đến 10000000 (đang là "-1").',
        'Dòng 4: trùng với dòng 2 (cùng khu vực, năm).',
      ]);
    }
  });
});

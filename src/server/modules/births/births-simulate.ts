import { stringify } from 'csv-stringify/sync';
import { and, eq, isNotNull } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.ts';
import { formatNumberVi } from '../../../shared/format/index.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { adminUnitSuccessors, adminUnits } from '../../db/schema/index.ts';
import { LOCAL_FILE_LIMITS } from '../../files/upload-limits.ts';
import { seededRandom } from '../../stats/srb/simulate.ts';
import { type BirthBatchDto, type ImportProgress, importBirths } from './births.service.ts';
import { successorOf } from './successor-rule.ts';

// Made-up births for demonstrations and trials (`canbang births simulate`, the demo data):
// Sơn La-like volumes (about 20,000 births a year over the 75 communes), by month and birth
// order, a provincial SRB around 116 with some communes far worse and most near natural, and
// births before the 2025 reform recorded under the communes of the day, as real files are, so
// that the roll-up and the old-district figures have something to work on. Seeded: the same
// seed gives the same file, byte for byte. Never real data: the batch is marked simulated.

export const SIMULATED_FILE_PREFIX = 'Số liệu mô phỏng (không phải số liệu thật)';

export interface BirthSimulationOptions {
  seed: number;
  fromYear: number;
  toYear: number;
  /** Months simulated in the last year (10: January to October). */
  lastMonth: number;
  birthsPerYear: number;
  /** Provincial SRB the communes' levels are calibrated to (before random variation). */
  targetSrb: number;
  provinceCode: string;
}

export const DEFAULT_BIRTH_SIMULATION: BirthSimulationOptions = {
  seed: 1,
  fromYear: 2021,
  toYear: 2026,
  lastMonth: 10,
  birthsPerYear: 20_000,
  targetSrb: 116.5,
  provinceCode: '14',
};

/** The day the 2025 communes took over (Nghị quyết 1681/NQ-UBTVQH15 for Sơn La). */
const REFORM_DAY = '2025-07-01';
const ORDERS = ['1', '2', '3+'] as const;
/** Share of the communes whose true SRB is natural (104–107). */
const NATURAL_SHARE = 0.53;
type Order = (typeof ORDERS)[number];

/** A 2025 commune and the pre-reform communes whose births roll up to it. */
export interface SimulationCommune {
  code: string;
  predecessors: string[];
}

export interface SimulatedYear {
  year: number;
  months: number;
  boys: number;
  girls: number;
  byOrder: Record<Order, { boys: number; girls: number }>;
}

export interface BirthSimulation {
  options: BirthSimulationOptions;
  fileName: string;
  /** A counts file as `canbang births import` reads it. */
  csv: Buffer;
  rows: number;
  communes: number;
  years: SimulatedYear[];
  /** Each 2025 commune's true SRB in the simulation (all birth orders). */
  truth: Map<string, number>;
}

/** The 2025 communes of the province with the pre-reform communes the import rolls up to each. */
export async function simulationCommunes(db: Db, provinceCode: string): Promise<SimulationCommune[]> {
  const units = await db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      validFrom: adminUnits.validFrom,
      validTo: adminUnits.validTo,
      sortKey: adminUnits.sortKey,
    })
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.provinceCode, provinceCode),
        eq(adminUnits.level, 'commune'),
        isNotNull(adminUnits.code),
      ),
    );
  const links = await db
    .select({ from: adminUnitSuccessors.predecessorId, to: adminUnitSuccessors.successorId })
    .from(adminUnitSuccessors);
  const byId = new Map(units.map((u) => [u.id, u]));
  // The import's rule, so that a split commune's births are simulated where the import puts them.
  const next = successorOf(
    byId,
    links.filter((l) => byId.has(l.from)),
  );
  const current = units.filter((u) => !u.validTo && (!u.validFrom || u.validFrom <= REFORM_DAY));
  const communes = new Map(current.map((u) => [u.id, { code: u.code!, predecessors: [] as string[] }]));
  for (const u of units) {
    if (!u.validTo || u.validTo < '2025-06-30') continue;
    let id = u.id;
    for (let hops = 0; byId.get(id)!.validTo && next.has(id) && hops < 5; hops++) id = next.get(id)!;
    communes.get(id)?.predecessors.push(u.code!);
  }
  const list = [...communes.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const c of list) c.predecessors.sort();
  return list;
}

/** Poisson draw: Knuth's product method for small means, a rounded normal for large ones. */
function poisson(rand: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rand)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
}

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/**
 * The simulation itself, pure. Each commune has a size (lognormal, scaled so the province has
 * `birthsPerYear`), shares of first, second and third-or-later births, and a true SRB: a little
 * over half the communes are natural (104–107); the others are clearly raised (about 118 to 134),
 * the size of the rise calibrated so that the province lands near `targetSrb`.
 * Third and later births carry most of a commune's excess, first births the least. Births drift
 * down slowly over the years and peak mildly in autumn.
 */
export function simulateBirthCounts(
  communes: SimulationCommune[],
  options: Partial<BirthSimulationOptions> = {},
): BirthSimulation {
  const o: BirthSimulationOptions = { ...DEFAULT_BIRTH_SIMULATION, ...options };
  if (!communes.length)
    throw new AppError('VALIDATION', { detail: 'Tỉnh không có xã, phường nào để mô phỏng.' });
  const rand = seededRandom(o.seed);
  // Which communes stay natural: a seeded shuffle, so that every seed has the same number.
  const order = communes.map((_, i) => ({ i, key: rand() })).sort((a, b) => a.key - b.key);
  const natural = new Set(order.slice(0, Math.round(NATURAL_SHARE * communes.length)).map((x) => x.i));
  const drawn = communes.map((c, i) => ({
    ...c,
    natural: natural.has(i),
    // Raised communes are a little larger on average (towns, where selection is easier).
    size: Math.exp(0.5 * normal(rand)) * (natural.has(i) ? 1 : 1.3),
    naturalSrb: 104 + 3 * rand(),
    rise: 0.45 + 0.55 * rand(),
    thirdShare: 0.18 + 0.2 * rand(),
    predecessorWeights: c.predecessors.map(() => 0.5 + rand()),
  }));
  const totalSize = drawn.reduce((s, c) => s + c.size, 0);
  for (const c of drawn) c.size *= o.birthsPerYear / totalSize;
  // The scale of the rise that brings the expected provincial SRB to the target (bisection).
  const srbOf = (c: (typeof drawn)[number], scale: number) =>
    c.natural ? c.naturalSrb : 105.5 + scale * c.rise;
  const provincial = (scale: number) => {
    let boys = 0;
    for (const c of drawn) {
      const srb = srbOf(c, scale);
      boys += (c.size * srb) / (100 + srb);
    }
    return (100 * boys) / (o.birthsPerYear - boys);
  };
  let [low, high] = [0, 35];
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    if (provincial(mid) < o.targetSrb) low = mid;
    else high = mid;
  }
  const truth = new Map(drawn.map((c) => [c.code, srbOf(c, low)]));

  const rows: (string | number)[][] = [];
  const years: SimulatedYear[] = [];
  for (let year = o.fromYear; year <= o.toYear; year++) {
    const months = year === o.toYear ? o.lastMonth : 12;
    const y: SimulatedYear = {
      year,
      months,
      boys: 0,
      girls: 0,
      byOrder: { '1': { boys: 0, girls: 0 }, '2': { boys: 0, girls: 0 }, '3+': { boys: 0, girls: 0 } },
    };
    years.push(y);
    const trend = 1.03 - 0.015 * (year - 2021);
    for (let month = 1; month <= months; month++) {
      const season = 1 + 0.08 * Math.cos((2 * Math.PI * (month - 10)) / 12);
      const beforeReform = `${year}-${String(month).padStart(2, '0')}-15` < REFORM_DAY;
      for (const c of drawn) {
        const srb = truth.get(c.code)!;
        const shares: Record<Order, number> = {
          '1': (1 - c.thirdShare) * 0.53,
          '2': (1 - c.thirdShare) * 0.47,
          '3+': c.thirdShare,
        };
        // Excess by order, normalised so that the commune's overall SRB stays `srb`.
        const weight: Record<Order, number> = { '1': 0.55, '2': 0.85, '3+': 1.75 };
        const norm = ORDERS.reduce((s, k) => s + shares[k] * weight[k], 0);
        // Where births are recorded: the commune of the day (several before the reform).
        const places =
          beforeReform && c.predecessors.length
            ? c.predecessors.map((code, i) => ({ code, weight: c.predecessorWeights[i] }))
            : [{ code: c.code, weight: 1 }];
        const placeTotal = places.reduce((s, p) => s + p.weight, 0);
        for (const order of ORDERS) {
          const orderSrb = 105.5 + ((srb - 105.5) * weight[order]) / norm;
          const pBoy = orderSrb / (100 + orderSrb);
          const mean = ((c.size * trend * season) / 12) * shares[order];
          for (const place of places) {
            const n = poisson(rand, (mean * place.weight) / placeTotal);
            if (!n) continue;
            let boys = 0;
            for (let k = 0; k < n; k++) if (rand() < pBoy) boys++;
            rows.push([place.code, year, month, order, boys, n - boys]);
            y.boys += boys;
            y.girls += n - boys;
            y.byOrder[order].boys += boys;
            y.byOrder[order].girls += n - boys;
          }
        }
      }
    }
  }
  const csv = Buffer.from(
    stringify(rows, {
      header: true,
      columns: ['commune_code', 'year', 'month', 'birth_order', 'boys', 'girls'],
    }),
  );
  return {
    options: o,
    fileName: `${SIMULATED_FILE_PREFIX} — seed ${o.seed}`,
    csv,
    rows: rows.length,
    communes: communes.length,
    years,
    truth,
  };
}

/** Simulates births on the communes of the database's province (nothing is written). */
export async function simulateBirths(
  db: Db,
  options: Partial<BirthSimulationOptions> = {},
): Promise<BirthSimulation> {
  const o = { ...DEFAULT_BIRTH_SIMULATION, ...options };
  const communes = await simulationCommunes(db, o.provinceCode);
  if (!communes.length)
    throw new AppError('NOT_FOUND', {
      detail: `Chưa có danh mục xã, phường của tỉnh mã ${o.provinceCode} trong cơ sở dữ liệu.`,
    });
  if (o.fromYear < 2025 && communes.every((c) => !c.predecessors.length))
    throw new AppError('VALIDATION', {
      detail: 'Danh mục không có các xã, phường trước ngày 01/07/2025 để ghi số liệu các năm trước.',
    });
  return simulateBirthCounts(communes, o);
}

/**
 * Simulates and imports the births as one batch marked simulated. A second run is refused while
 * a simulated batch is active (importBirths checks it), whatever the seed.
 */
export async function importSimulatedBirths(
  db: Db,
  p: Principal,
  options: Partial<BirthSimulationOptions> = {},
  progress?: ImportProgress,
): Promise<{ batch: BirthBatchDto; simulation: BirthSimulation }> {
  const simulation = await simulateBirths(db, options);
  const batch = await importBirths(
    db,
    p,
    { fileName: simulation.fileName, content: simulation.csv },
    progress,
    { simulated: true, limits: LOCAL_FILE_LIMITS },
  );
  return { batch, simulation };
}

const srbText = (boys: number, girls: number) => (girls ? formatNumberVi((100 * boys) / girls, 1) : '—');

/** The simulation in a few Vietnamese lines: births and provincial SRB per year. */
export function simulationSummaryVi(s: BirthSimulation): string[] {
  const all = s.years.reduce((t, y) => ({ boys: t.boys + y.boys, girls: t.girls + y.girls }), {
    boys: 0,
    girls: 0,
  });
  const third = s.years.reduce(
    (t, y) => ({ boys: t.boys + y.byOrder['3+'].boys, girls: t.girls + y.byOrder['3+'].girls }),
    { boys: 0, girls: 0 },
  );
  return [
    `${s.fileName}: ${s.communes} xã, phường, ${formatNumberVi(s.rows)} dòng số liệu theo tháng và lần sinh.`,
    ...s.years.map(
      (y) =>
        `  Năm ${y.year}${y.months < 12 ? ` (tháng 1–${y.months})` : ''}: ${formatNumberVi(y.boys + y.girls)} trẻ, SRB ${srbText(y.boys, y.girls)}`,
    ),
    `  Cả giai đoạn: ${formatNumberVi(all.boys + all.girls)} trẻ, SRB ${srbText(all.boys, all.girls)}; con thứ ba trở lên: SRB ${srbText(third.boys, third.girls)}.`,
    'Đây là số liệu mô phỏng để thử và trình diễn, không phải số liệu thật.',
  ];
}

import { sql } from 'drizzle-orm';
import {
  BIRTH_ORDERS,
  type BirthOrder,
  type SrbAreaDto,
  type SrbEstimatesDto,
  type SrbFigures,
  type SrbTrendPoint,
} from '../../../shared/contracts/srb.ts';
import { AppError } from '../../../shared/errors.ts';
import { NATIONAL_SRB_TARGET_SOURCE } from '../../../shared/srb-targets.ts';
import type { Principal } from '../../access/principal.ts';
import { isAdmin, readsEveryProvince, requireInScope, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { rows as sqlRows } from '../../db/tx.ts';
import { estimateSrb, type SrbInputRow } from '../../stats/srb/estimate.ts';
import { rawSrb } from '../../stats/srb/raw.ts';
import type { SrbSettings } from '../../stats/srb/settings.ts';
import { nationalSrbTargets } from '../national/national-targets.service.ts';
import { enabledProvinces } from '../org-units/admin-units.repository.ts';

// SRB figures from the stored births: the rows of the active batches are turned into the
// estimator's input (per 2025 commune, or per old district) and handed to the pure code.

export interface SrbQuery {
  level?: 'commune' | 'district';
  /** The last year of the window (the latest year with data by default). */
  year?: number;
  birthOrder?: BirthOrder;
  province?: string;
  settings?: Partial<SrbSettings>;
}

interface Area {
  code: string;
  name: string;
  path: string;
}

interface BirthData {
  province: Area;
  communes: Map<number, Area>;
  /** The old (pre-2025) district each birth belongs to, by the unit named in the data. */
  districtOf: (unitId: number, sourceUnitId: number) => Area | null;
  cells: { unitId: number; sourceUnitId: number; year: number; order: string; boys: number; girls: number }[];
  simulated: boolean;
}

const round1 = (x: number | null) => (x == null ? null : Number(x.toFixed(2)));

/** Every area of every province for the admin and the national reader; one's subtree otherwise. */
function seesArea(p: Principal, path: string): boolean {
  return readsEveryProvince(p) || unitInScope(p, path);
}

async function provinceFor(db: Db, p: Principal, requested?: string): Promise<string> {
  if (!isAdmin(p) && !readsEveryProvince(p)) {
    if (!p.provinceCode) throw new AppError('FORBIDDEN');
    return p.provinceCode;
  }
  if (requested) return requested;
  // An administrator who names no province sees the one with the most births recorded.
  const [top] = await sqlRows<{ code: string }>(
    db,
    sql`select u.province_code as code from admin_units u
          left join birth_batches b on b.province_code = u.province_code and b.status = 'active'
         where u.level = 'province'
         group by u.province_code order by coalesce(sum(b.births), 0) desc, u.province_code limit 1`,
  );
  if (!top) throw new AppError('NOT_FOUND', { detail: 'Chưa có tỉnh nào trong danh mục.' });
  return top.code;
}

async function loadBirthData(db: Db, provinceCode: string): Promise<BirthData> {
  const units = await sqlRows<{
    id: number;
    code: string;
    name: string;
    path: string;
    level: string;
    parent_id: number | null;
    valid_to: string | null;
  }>(
    db,
    sql`select id, code, name, path, level, parent_id, valid_to::text from admin_units
         where province_code = ${provinceCode} and level in ('province','district','commune')`,
  );
  const provinceUnit = units.find((u) => u.level === 'province');
  if (!provinceUnit) throw new AppError('NOT_FOUND', { detail: `Không có tỉnh mã ${provinceCode}.` });
  const byId = new Map(units.map((u) => [u.id, u]));
  const area = (u: { code: string; name: string; path: string }): Area => ({
    code: u.code,
    name: u.name,
    path: u.path,
  });
  const communes = new Map(units.filter((u) => u.level === 'commune').map((u) => [u.id, area(u)]));
  // A 2025 commune belongs to the old district most of its predecessors were in.
  const links = await sqlRows<{ predecessor_id: number; successor_id: number }>(
    db,
    sql`select s.predecessor_id, s.successor_id from admin_unit_successors s
          join admin_units u on u.id = s.successor_id where u.province_code = ${provinceCode}`,
  );
  const votes = new Map<number, Map<number, number>>();
  for (const l of links) {
    const district = byId.get(l.predecessor_id)?.parent_id;
    if (district == null || byId.get(district)?.level !== 'district') continue;
    const v = votes.get(l.successor_id) ?? new Map<number, number>();
    v.set(district, (v.get(district) ?? 0) + 1);
    votes.set(l.successor_id, v);
  }
  const mainDistrict = new Map<number, number>();
  for (const [commune, v] of votes)
    mainDistrict.set(commune, [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0]);
  const districtOf = (unitId: number, sourceUnitId: number) => {
    const source = byId.get(sourceUnitId);
    const parent = source?.parent_id != null ? byId.get(source.parent_id) : undefined;
    const d = parent?.level === 'district' ? parent : byId.get(mainDistrict.get(unitId) ?? -1);
    return d ? area(d) : null;
  };
  const cells = await sqlRows<{
    unit_id: number;
    source_unit_id: number;
    year: number;
    birth_order: string;
    boys: number;
    girls: number;
    simulated: boolean;
  }>(
    db,
    sql`select c.unit_id, c.source_unit_id, c.year, c.birth_order,
               sum(c.boys)::int as boys, sum(c.girls)::int as girls, bool_or(b.simulated) as simulated
          from birth_counts c
          join birth_batches b on b.id = c.batch_id and b.status = 'active'
         where c.province_code = ${provinceCode}
         group by c.unit_id, c.source_unit_id, c.year, c.birth_order`,
  );
  return {
    province: area(provinceUnit),
    communes,
    districtOf,
    cells: cells.map((c) => ({
      unitId: c.unit_id,
      sourceUnitId: c.source_unit_id,
      year: c.year,
      order: c.birth_order,
      boys: c.boys,
      girls: c.girls,
    })),
    simulated: cells.some((c) => c.simulated),
  };
}

/** The estimator's rows for one level: every area pooled within the province. */
function inputRows(data: BirthData, level: 'commune' | 'district', order?: BirthOrder) {
  const names = new Map<string, Area>();
  const rows: SrbInputRow[] = [];
  for (const c of data.cells) {
    if (order && c.order !== order) continue;
    const a = level === 'commune' ? data.communes.get(c.unitId) : data.districtOf(c.unitId, c.sourceUnitId);
    if (!a) continue;
    names.set(a.code, a);
    rows.push({
      areaCode: a.code,
      parentCode: data.province.code,
      year: c.year,
      boys: c.boys,
      girls: c.girls,
    });
  }
  return { rows, names };
}

export async function srbEstimates(db: Db, p: Principal, q: SrbQuery): Promise<SrbEstimatesDto> {
  const data = await loadBirthData(db, await provinceFor(db, p, q.province));
  const level = q.level ?? 'commune';
  const { rows, names } = inputRows(data, level, q.birthOrder);
  const years = [...new Set(data.cells.map((c) => c.year))].sort((a, b) => a - b);
  const endYear = q.year ?? years.at(-1) ?? null;
  const result = estimateSrb(
    rows.filter((r) => endYear == null || r.year <= endYear),
    q.settings,
  );
  // Every area's data inform the model; each user is shown the areas of their own subtree and
  // the province as a whole. District figures pool many communes: a commune user sees none.
  const areas = result.areas.filter((a) => {
    if (a.level === 'parent') return true;
    const area = names.get(a.area_code);
    return !!area && seesArea(p, area.path);
  });
  return {
    settings: result.settings,
    level,
    province: { code: data.province.code, name: data.province.name },
    years,
    endYear,
    birthOrder: q.birthOrder ?? null,
    simulated: data.simulated,
    areas,
    names: Object.fromEntries([
      [data.province.code, data.province.name],
      ...areas.filter((a) => a.level === 'area').map((a) => [a.area_code, names.get(a.area_code)!.name]),
    ]),
    // Cục Dân số's targets as it keeps them (national_targets), beside the province's figures.
    nationalTargets: await nationalSrbTargets(db),
    targetSource: NATIONAL_SRB_TARGET_SOURCE,
    provinces: await provinceChoices(db, p, data.province),
  };
}

/** The provinces the reader may switch between: every enabled one for those who read them all. */
async function provinceChoices(db: Db, p: Principal, own: Area): Promise<{ code: string; name: string }[]> {
  if (!isAdmin(p) && !readsEveryProvince(p)) return [{ code: own.code, name: own.name }];
  return enabledProvinces(db);
}

/** One area (commune, old district or the province): its trend and its figures by birth order. */
export async function srbArea(
  db: Db,
  p: Principal,
  code: string,
  q: Pick<SrbQuery, 'province' | 'settings'>,
): Promise<SrbAreaDto> {
  const data = await loadBirthData(db, await provinceFor(db, p, q.province));
  const isProvince = code === data.province.code;
  const commune = [...data.communes.values()].find((c) => c.code === code);
  const level = isProvince ? 'province' : commune ? 'commune' : 'district';
  const inputLevel = level === 'district' ? 'district' : 'commune';
  const { rows, names } = inputRows(data, inputLevel);
  const area = isProvince ? data.province : names.get(code);
  requireInScope(!!area && (isProvince || seesArea(p, area.path)));
  const pick = (areas: SrbFigures[]) =>
    areas.find((a) => (isProvince ? a.level === 'parent' : a.level === 'area' && a.area_code === code)) ??
    null;
  const own = rows.filter((r) => isProvince || r.areaCode === code);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const trend: SrbTrendPoint[] = [];
  for (const year of years) {
    const window = pick(
      estimateSrb(
        rows.filter((r) => r.year <= year),
        q.settings,
      ).areas,
    );
    const ofYear = own.filter((r) => r.year === year);
    const boys = ofYear.reduce((s, r) => s + r.boys, 0);
    const girls = ofYear.reduce((s, r) => s + r.girls, 0);
    const raw = rawSrb(boys, girls);
    if (window)
      trend.push({
        year,
        births: boys + girls,
        boys,
        girls,
        srb_raw: round1(raw.srb),
        srb_raw_lo95: round1(raw.lo95),
        srb_raw_hi95: round1(raw.hi95),
        window,
      });
  }
  const latest = estimateSrb(rows, q.settings);
  const byOrder = BIRTH_ORDERS.map((birthOrder) => ({
    birthOrder,
    figures: pick(estimateSrb(inputRows(data, inputLevel, birthOrder).rows, q.settings).areas),
  }));
  return {
    code,
    name: area!.name,
    level,
    settings: latest.settings,
    simulated: data.simulated,
    latest: pick(latest.areas),
    province: latest.areas.find((a) => a.level === 'parent') ?? null,
    trend,
    byOrder,
    // Cục Dân số's targets as it keeps them (national_targets), beside the province's figures.
    nationalTargets: await nationalSrbTargets(db),
    targetSource: NATIONAL_SRB_TARGET_SOURCE,
  };
}

import { and, eq, inArray } from 'drizzle-orm';
import type { PlanActivity, PlannedOutput, ShareRule } from '../../shared/contracts/plans.ts';
import type { Db } from '../db/client.ts';
import { populationDenominators } from '../db/schema/index.ts';
import type { FigureDefinition } from './types.ts';

// Province targets cascade as shares: a lower plan inherits its own part of a planned output, never
// the province's whole figure. The province states the part per unit ('by_unit') or a rule that
// divides its quantity among the units carrying the activity out ('equal', the default, or
// 'population'); the lower plan keeps the rule and the whole beside its share, so both can be shown.

export const shareDefinitions: FigureDefinition[] = [
  {
    id: 'output.share',
    nameVi: 'Phần kết quả dự kiến của đơn vị cấp dưới',
    nameEn: 'A lower unit’s share of a planned output',
    unit: 'output',
    formulaVi:
      'Số tỉnh giao cho đơn vị; hoặc số của tỉnh chia đều cho các đơn vị thực hiện (địa bàn của hoạt động); hoặc chia theo dân số của các đơn vị đó. Phần lẻ chia cho các đơn vị có phần dư lớn nhất để tổng các phần bằng số của tỉnh',
    formulaEn:
      'The quantity the province set for the unit; or the province’s quantity divided equally among the units carrying the activity out (its places); or divided by their population. Remainders go to the largest fractions so the shares add up to the province’s quantity',
    countsVi:
      'Đơn vị chủ trì hoạt động nhận toàn bộ; đơn vị chỉ phối hợp không nhận số lượng riêng; dân số lấy theo mẫu số dân số của năm kế hoạch (thiếu thì chia đều)',
    countsEn:
      'The lead organisation takes the whole; a coordinating one gets no quantity of its own; population from the plan year’s denominators (missing: equal shares)',
    breakdowns: ['plan', 'activity', 'adminUnit', 'unitOfMeasure'],
  },
];

/**
 * Divides `total` among weighted parts in whole numbers that add up to it (largest remainder;
 * ties go to the earlier part). Weights of 0 everywhere divide equally.
 */
export function divideWhole(total: number, weights: number[]): number[] {
  if (!weights.length) return [];
  const w = weights.some((x) => x > 0) ? weights : weights.map(() => 1);
  const sum = w.reduce((s, x) => s + x, 0);
  const exact = w.map((x) => (total * x) / sum);
  const parts = exact.map(Math.floor);
  let left = Math.round(total - parts.reduce((s, x) => s + x, 0));
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}

async function populations(db: Db, unitIds: number[], year: number): Promise<Map<number, number>> {
  if (!unitIds.length) return new Map();
  const list = await db
    .select({ unit: populationDenominators.adminUnitId, population: populationDenominators.population })
    .from(populationDenominators)
    .where(and(inArray(populationDenominators.adminUnitId, unitIds), eq(populationDenominators.year, year)));
  return new Map(list.filter((r) => r.population != null).map((r) => [r.unit, r.population ?? 0]));
}

/** One planned output as the lower plan of `unitId` inherits it. */
async function shareOf(
  db: Db,
  o: PlannedOutput,
  places: number[],
  unitId: number,
  year: number,
): Promise<PlannedOutput> {
  const base = { description: o.description, unit: o.unit ?? null };
  if (o.quantity == null) return base;
  const rule: ShareRule = o.shareRule ?? (o.shares?.length ? 'by_unit' : 'equal');
  if (rule === 'by_unit') {
    const quantity = o.shares?.find((s) => s.unitId === unitId)?.quantity ?? 0;
    return { ...base, quantity, shareOf: { of: o.quantity, rule, units: o.shares?.length ?? 0 } };
  }
  const units = [...places].sort((a, b) => a - b);
  let weights = units.map(() => 1);
  let used: ShareRule = 'equal';
  if (rule === 'population') {
    const pop = await populations(db, units, year);
    // Every unit's population is needed for a fair division; without it the shares are equal.
    if (units.every((u) => (pop.get(u) ?? 0) > 0)) {
      weights = units.map((u) => pop.get(u) ?? 0);
      used = 'population';
    }
  }
  const quantity = divideWhole(o.quantity, weights)[units.indexOf(unitId)] ?? 0;
  return { ...base, quantity, shareOf: { of: o.quantity, rule: used, units: units.length } };
}

/**
 * The outputs of a lower plan's inherited activities, as its shares: an activity assigned by its
 * places is divided among them; one the organisation leads keeps the whole; one it only
 * coordinates keeps its outputs without a quantity.
 */
export async function shareActivities(
  db: Db,
  activities: PlanActivity[],
  unitPath: string[],
  organisationId: string,
  year: number,
): Promise<PlanActivity[]> {
  const share = async (a: PlanActivity): Promise<PlanActivity> => {
    const children = await Promise.all(a.children.map(share));
    const place = a.placeUnitIds.find((id) => unitPath.includes(String(id)));
    let outputs: PlannedOutput[];
    if (a.leadOrganisationId === organisationId)
      outputs = a.outputs.map(({ shares: _s, shareRule: _r, ...o }) => o);
    else if (place != null)
      // An output the province gave this unit none of is not the unit's to report against.
      outputs = (await Promise.all(a.outputs.map((o) => shareOf(db, o, a.placeUnitIds, place, year)))).filter(
        (o) => !(o.shareOf?.rule === 'by_unit' && !o.quantity),
      );
    else
      outputs = a.outputs.map((o) => ({ description: o.description, unit: o.unit ?? null, quantity: null }));
    return { ...a, outputs, children };
  };
  return Promise.all(activities.map(share));
}

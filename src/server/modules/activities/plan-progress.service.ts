import { sql } from 'drizzle-orm';
import type {
  ActivityProgressRow,
  PlanProgressDto,
  TargetAttainment,
} from '../../../shared/contracts/activity-records.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { formatNumberVi, todayInVietnam } from '../../../shared/format/index.ts';
import { foldVietnamese } from '../../../shared/text/index.ts';
import type { Principal } from '../../access/principal.ts';
import { subtreeCondition } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';
import { planMoney } from '../../figures/money.ts';
import { activityFigures } from '../../figures/outputs.ts';
import { srbEstimates } from '../births/srb-data.service.ts';
import { commitmentCoverage } from '../facilities/facility-figures.service.ts';
import { numberActivities } from '../plans/plan-tree.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { targetMet } from './activity-record-rules.ts';

// Planned against done for every activity of a plan, rolled up through the cascade: a province
// activity counts the records of the commune activities inherited from it (root_activity_id).
// Each user counts only the records they may read, so a commune sees its own part. Every figure
// comes from the figures layer (src/server/figures): outputs per unit of measure, money by vouchers.

const visible = (p: Principal) => subtreeCondition(p, sql`u.path`);

export async function planProgress(db: Db, p: Principal, planId: string): Promise<PlanProgressDto> {
  const plan = await loadPlan(db, p, planId);
  const content = plan.content as PlanContent;
  const today = todayInVietnam();
  const figurePlan = { ...plan, content };
  const figures = await activityFigures(db, p, figurePlan, today);
  const money = await planMoney(db, p, figurePlan, today, figures);
  const moneyOf = new Map(money.byActivity.map((m) => [m.activityId, m]));
  const activities = numberActivities(content.activities).map(({ activity: a }, i) => {
    const f = figures[i];
    const m = moneyOf.get(a.id);
    return {
      activityId: a.id,
      numberLabel: f.numberLabel,
      title: a.title,
      kind: a.kind ?? null,
      start: a.start ?? null,
      end: a.end ?? null,
      outputs: f.outputs,
      outputRate: f.rate,
      done: {
        records: f.records,
        participants: f.participants,
        firstDate: f.firstDate,
        lastDate: f.lastDate,
      },
      money: { allocated: m?.allocated ?? 0, vouchers: m?.spent ?? 0, records: f.recordCost },
      status: f.status,
      units: f.units,
    } satisfies ActivityProgressRow;
  });
  return {
    planId,
    asOf: today,
    detailedBudget: money.detailed,
    money: {
      allocated: money.total.allocated,
      byVouchers: money.total.spent,
      byRecords: money.total.recordCost,
      difference: money.total.difference,
    },
    activities,
    targets: await targetAttainment(db, p, plan.provinceCode, content),
  };
}

/**
 * Targets the data can compute, with their formula and inputs: the share of couples of
 * reproductive age reached (records' couples over the communes' denominators), and the share of
 * facilities and health workers that signed the commitment (the facilities registry).
 */
async function targetAttainment(db: Db, p: Principal, provinceCode: string, content: PlanContent) {
  const out: TargetAttainment[] = [];
  for (const [i, t] of content.targets.entries()) {
    const about = foldVietnamese(`${t.population ?? ''} ${t.indicator}`);
    const base = {
      targetIndex: i,
      indicator: t.indicator,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
    };
    const meets = (actual: number) => targetMet(t, actual);
    if (about.includes('cap vo chong') && t.unit.includes('%')) {
      const [r] = await rows<{ reached: number; couples: number }>(
        db,
        sql`select
              (select coalesce(sum(greatest(coalesce((r.participant_groups->>'couples')::int, 0),
                   case when r.kind = 'counselling' then coalesce((r.measures->>'couples')::int, 0) else 0 end)), 0)
                 from activity_records r join admin_units u on u.id = r.admin_unit_id
                where r.province_code = ${provinceCode} and extract(year from r.start_date) = ${content.year}
                  and ${visible(p)})::bigint as reached,
              (select coalesce(sum(d.couples), 0) from population_denominators d join admin_units u on u.id = d.admin_unit_id
                where d.province_code = ${provinceCode} and d.year = ${content.year} and ${visible(p)})::bigint as couples`,
      );
      const reached = Number(r.reached);
      const couples = Number(r.couples);
      const actual = couples ? Math.round((1000 * reached) / couples) / 10 : null;
      out.push({
        ...base,
        actual,
        met: actual == null ? null : meets(actual),
        formula: couples
          ? 'Số cặp vợ chồng được tiếp cận (tham dự hoặc được tư vấn) ÷ số cặp vợ chồng trong độ tuổi sinh đẻ × 100'
          : `Chưa tính được: chưa nhập số cặp vợ chồng trong độ tuổi sinh đẻ năm ${content.year} (mẫu số).`,
        inputs: [
          { label: 'Cặp vợ chồng được tiếp cận', value: reached },
          { label: 'Cặp vợ chồng trong độ tuổi sinh đẻ', value: couples },
        ],
      });
    } else if (about.includes('co so y te') && t.unit.includes('%')) {
      const cov = await commitmentCoverage(db, p);
      const actual = cov.province.rate == null ? null : Math.round(cov.province.rate * 1000) / 10;
      out.push({
        ...base,
        actual,
        met: actual == null ? null : meets(actual),
        formula:
          'Cơ sở và cá nhân có cam kết còn hiệu lực ÷ số phải ký cam kết (có siêu âm hoặc phá thai) × 100',
        inputs: [
          { label: 'Có cam kết còn hiệu lực', value: cov.province.valid },
          { label: 'Phải ký cam kết', value: cov.province.required },
        ],
      });
    } else if (about.includes('ty so gioi tinh') || about.includes('tre sinh ra')) {
      const srb = await srbEstimates(db, p, {
        province: provinceCode,
        year: content.year,
        settings: { window: 1 },
      });
      const f = srb.endYear === content.year ? srb.areas.find((a) => a.level === 'parent') : undefined;
      out.push({
        ...base,
        actual: f ? f.srb_est : null,
        met: f ? meets(f.srb_est) : null,
        formula: f
          ? `Tỷ số giới tính khi sinh năm ${content.year} của tỉnh, ước lượng theo mô hình (khoảng 95%: ${formatNumberVi(f.srb_lo95, 1)}–${formatNumberVi(f.srb_hi95, 1)}); thô: ${formatNumberVi(f.srb_raw ?? 0, 1)}`
          : `Chưa tính được: chưa có số liệu sinh năm ${content.year}.`,
        inputs: f
          ? [
              { label: 'Trẻ trai', value: f.boys },
              { label: 'Trẻ gái', value: f.girls },
            ]
          : [],
      });
    } else
      out.push({
        ...base,
        actual: null,
        met: null,
        formula: 'Chưa tính được từ số liệu trong hệ thống: cần điều tra hoặc báo cáo riêng.',
        inputs: [],
      });
  }
  return out;
}

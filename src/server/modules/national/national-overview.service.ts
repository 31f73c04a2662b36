import { sql } from 'drizzle-orm';
import type { NationalOverviewDto, NationalProvinceRow } from '../../../shared/contracts/national.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { AppError } from '../../../shared/errors.ts';
import { periodIncludes, periodLabel as planPeriodLabel } from '../../../shared/plans/period.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, readsEveryProvince, requireInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { consolidatedReportSends } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { nationalCounts } from '../../figures/national.ts';
import { DEFAULT_SRB_SETTINGS } from '../../stats/srb/settings.ts';
import { srbEstimates } from '../births/srb-data.service.ts';
import { enabledProvinces } from '../org-units/admin-units.repository.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { periodsOfYear } from '../reports/report-periods.ts';

type Reporting = PlanContent['reporting'];

/** The year's last reporting period of a plan (1 for a yearly report). */
function lastPeriod(r: Reporting, year: number): number {
  return r?.deadline ? periodsOfYear(r.period, year, r.deadline).length : 1;
}

import { nationalSrbTargetFor } from './national-targets.service.ts';

// The national page: every enabled province's SRB (its own estimate, the very call its SRB page
// makes), whether its province-level plan of the year is issued, and whether its consolidated
// report of the year was sent to Cục Dân số.

export const NATIONAL_PAGE_ROLES = ['admin', 'national_reader'] as const;

function requireNationalReader(p: Principal) {
  if (!isAdmin(p) && !readsEveryProvince(p)) throw new AppError('FORBIDDEN');
}

export async function nationalOverview(db: Db, p: Principal, year: number): Promise<NationalOverviewDto> {
  requireNationalReader(p);
  const provinces = await enabledProvinces(db);
  const plans = await rows<{
    id: string;
    province_code: string;
    subject: string;
    issued_date: string | null;
  }>(
    db,
    sql`select distinct on (p.province_code) p.id, p.province_code, p.subject, p.issued_date::text
          from plans p join admin_units u on u.id = p.admin_unit_id
         where ${year} between p.start_year and p.end_year and p.status in ('issued','superseded') and u.level = 'province'
           and p.parent_plan_id is null
         order by p.province_code, (p.status = 'issued') desc, p.issued_date nulls last, p.created_at`,
  );
  // The first report sent in the year per province, with what its link needs: the plan and the
  // year's last reporting period (the report that covers the whole year).
  const sends = await rows<{ province_code: string; sent_at: string; plan_id: string; reporting: Reporting }>(
    db,
    sql`select distinct on (s.province_code) s.province_code, s.sent_at::text as sent_at, s.plan_id,
               p.content->'reporting' as reporting
          from consolidated_report_sends s join plans p on p.id = s.plan_id
         where s.year = ${year} order by s.province_code, s.sent_at`,
  );
  const out: NationalProvinceRow[] = [];
  let settings = DEFAULT_SRB_SETTINGS;
  for (const pr of provinces) {
    const srb = await srbEstimates(db, p, { province: pr.code, year });
    settings = srb.settings;
    const plan = plans.find((x) => x.province_code === pr.code);
    const sent = sends.find((s) => s.province_code === pr.code);
    out.push({
      code: pr.code,
      name: pr.name,
      srb: srb.areas.find((a) => a.level === 'parent') ?? null,
      simulated: srb.simulated,
      issuedPlan: plan ? { id: plan.id, title: plan.subject, issuedOn: plan.issued_date } : null,
      reportSentAt: sent?.sent_at ?? null,
      report: sent ? { planId: sent.plan_id, year, period: lastPeriod(sent.reporting, year) } : null,
    });
  }
  return {
    year,
    provinces: out,
    figures: nationalCounts(out),
    srbTarget: await nationalSrbTargetFor(db, year),
    settings,
  };
}

/**
 * A province marks its consolidated report of the year sent to Cục Dân số: only on its issued
 * province-level plan, by those who write that plan. Sending twice keeps the first date.
 */
export async function sendConsolidatedReport(
  db: Db,
  p: Principal,
  planId: string,
  year: number,
): Promise<{ sentAt: string }> {
  const plan = await loadPlan(db, p, planId);
  const [unit] = await rows<{ level: string }>(
    db,
    sql`select level from admin_units where id = ${plan.adminUnitId}`,
  );
  requireInScope(isAdmin(p) || (p.role === 'province_officer' && p.provinceCode === plan.provinceCode));
  if (plan.status === 'draft' || unit?.level !== 'province' || plan.parentPlanId)
    throw new AppError('INVALID_STATE', {
      detail: 'Chỉ gửi được báo cáo tổng hợp trên kế hoạch cấp tỉnh đã ban hành.',
    });
  // What is sent is the report Cục Dân số will open: the plan must make one for that year.
  const c = plan.content as PlanContent;
  if (!c.reporting?.deadline)
    throw new AppError('INVALID_STATE', {
      detail: 'Kế hoạch không có hạn báo cáo nên chưa lập được báo cáo tổng hợp để gửi.',
    });
  if (!periodIncludes(c.period, year))
    throw new AppError('VALIDATION', {
      issues: [
        { path: ['year'], message: `Năm ${year} nằm ngoài ${planPeriodLabel(c.period)} của kế hoạch.` },
      ],
    });
  await withActor(db, actorOf(p), (tx) =>
    tx
      .insert(consolidatedReportSends)
      .values({ provinceCode: plan.provinceCode, planId, year, sentBy: p.username })
      .onConflictDoNothing(),
  );
  const [sent] = await rows<{ sent_at: string }>(
    db,
    sql`select sent_at::text from consolidated_report_sends where plan_id = ${planId} and year = ${year}`,
  );
  return { sentAt: sent.sent_at };
}

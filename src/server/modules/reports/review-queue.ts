import { sql } from 'drizzle-orm';
import type { ReviewQueueItemDto } from '../../../shared/contracts/reports.ts';
import type { Principal } from '../../access/principal.ts';
import { isAdmin } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';
import { type PeriodKind, periodLabel } from './report-periods.ts';
import { canReview } from './unit-reports.service.ts';

// The reports waiting for their reader to accept or return them — the province officer's queue,
// or a district body's for its communes — oldest submission first, so nothing waits unseen.

export async function reviewQueue(db: Db, p: Principal): Promise<ReviewQueueItemDto[]> {
  if (!isAdmin(p) && (!p.provinceCode || !p.unitPath)) return [];
  if (!isAdmin(p) && p.role !== 'province_officer' && p.role !== 'reporter') return [];
  const waiting = await rows<{
    id: string;
    planId: string;
    subject: string;
    orgName: string;
    unitName: string;
    unitPath: string;
    provinceCode: string;
    kind: string;
    year: number;
    no: number;
    due: string;
    submittedAt: Date | string;
  }>(
    db,
    sql`select r.id, r.plan_id as "planId", p.content->>'subject' as subject, o.name as "orgName",
               u.name as "unitName", u.path as "unitPath", r.province_code as "provinceCode",
               r.period_kind as kind, r.period_year as year, r.period_no as no, r.due_date::text as due,
               r.submitted_at as "submittedAt"
          from unit_reports r join organisations o on o.id = r.organisation_id
          join admin_units u on u.id = r.admin_unit_id join plans p on p.id = r.plan_id
         where r.status = 'submitted'
           ${isAdmin(p) ? sql`` : sql`and r.province_code = ${p.provinceCode} and u.path like ${`${p.unitPath}.%`}`}
         order by r.submitted_at, r.id`,
  );
  return waiting
    .filter((r) => canReview(p, r.unitPath, r.provinceCode))
    .map((r) => ({
      reportId: r.id,
      planId: r.planId,
      planSubject: r.subject,
      organisationName: r.orgName,
      adminUnitName: r.unitName,
      periodLabel: periodLabel(r.kind as PeriodKind, r.year, r.no),
      dueDate: r.due,
      submittedAt: new Date(r.submittedAt).toISOString(),
      link: `/reports/${r.id}`,
    }));
}

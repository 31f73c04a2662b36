import { and, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { formatDateVi, todayInVietnam } from '../../../shared/format/index.ts';
import { systemPrincipal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { plans, reportReminders, unitReports, users } from '../../db/schema/index.ts';
import type { SendMail } from '../../mail/mailer.ts';
import { loadPlan } from '../plans/plans.service.ts';
import { periodsOfYear } from './report-periods.ts';
import { expectedReporters } from './unit-reports.service.ts';

// E-mail reminders of reports not yet sent: 7, 3 and 1 day before the due day, on the day, and
// every 3 days once overdue; to the active users of the unit who have an e-mail address. At most
// one a day per unit, plan and period (recorded), so running it hourly never repeats one.

const REMIND_DAYS_BEFORE = [7, 3, 1, 0];
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function reminderDue(due: string, today: string): boolean {
  const left = dayNumber(due) - dayNumber(today);
  return REMIND_DAYS_BEFORE.includes(left) || (left < 0 && -left % 3 === 0);
}

export async function sendReportReminders(db: Db, send: SendMail, today = todayInVietnam()): Promise<number> {
  const system = systemPrincipal('nhắc hạn báo cáo');
  const issued = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.status, 'issued'),
        lte(plans.startYear, Number(today.slice(0, 4))),
        gte(plans.endYear, Number(today.slice(0, 4))),
      ),
    );
  let sent = 0;
  for (const { id } of issued) {
    const plan = await loadPlan(db, system, id);
    const duty = (plan.content as PlanContent).reporting;
    if (!duty?.deadline) continue;
    // This year's reports of a plan still running (a 2022–2025 plan owes one every year).
    const periods = periodsOfYear(duty.period, Number(today.slice(0, 4)), duty.deadline).filter((p) =>
      reminderDue(p.due, today),
    );
    if (!periods.length) continue;
    const expected = await expectedReporters(db, plan);
    for (const period of periods)
      for (const org of expected) {
        const [report] = await db
          .select({ status: unitReports.status })
          .from(unitReports)
          .where(
            and(
              eq(unitReports.planId, id),
              eq(unitReports.organisationId, org.id),
              eq(unitReports.periodNo, period.no),
            ),
          );
        if (report && (report.status === 'submitted' || report.status === 'accepted')) continue;
        const to = (
          await db
            .select({ email: users.email })
            .from(users)
            .where(and(eq(users.organisationId, org.id), eq(users.active, true), isNotNull(users.email)))
        )
          .map((u) => u.email!)
          .filter((e) => e.includes('@'));
        if (!to.length) continue;
        // Claim the day first: two servers (or a restart mid-run) cannot both send it.
        const claimed = await db
          .insert(reportReminders)
          .values({
            planId: id,
            organisationId: org.id,
            periodNo: period.no,
            sentOn: today,
            recipients: to.length,
          })
          .onConflictDoNothing()
          .returning({ id: reportReminders.id });
        if (!claimed.length) continue;
        const late = today > period.due;
        await send({
          to,
          subject: `${late ? 'Quá hạn' : 'Nhắc hạn'} báo cáo ${period.label.toLowerCase()} — ${org.name}`,
          text: [
            `Kính gửi ${org.name},`,
            '',
            `${late ? 'Đã quá hạn' : 'Sắp đến hạn'} nộp báo cáo ${period.label.toLowerCase()} theo ${plan.subject}: hạn ngày ${formatDateVi(period.due)}${report?.status === 'returned' ? ' (báo cáo đã bị trả lại, cần sửa và gửi lại)' : ''}.`,
            'Đơn vị vui lòng đăng nhập Cân Bằng, mục Báo cáo, để hoàn thiện và gửi báo cáo.',
            '',
            'Thư này được gửi tự động; không trả lời thư này.',
          ].join('\n'),
        }).catch(async (err) => {
          // Not sent: give the day back so the next run tries again.
          await db.delete(reportReminders).where(eq(reportReminders.id, claimed[0].id));
          throw err;
        });
        sent++;
      }
  }
  return sent;
}

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

// What was done under a plan belongs to the plan, not to one revision of its text. When a revision
// is issued, what was recorded under the revision it replaces moves to it: activity records, the
// units' reports and their reminders, spending and the units' shares of the budget, and the lower
// plans issued under it. Activities keep their ids across revisions (revisePlan), so every
// reference stays valid. Named by table because these modules depend on plans, not the reverse.
const PLAN_SCOPED = [
  'activity_records',
  'unit_reports',
  'report_reminders',
  'expenditures',
  'budget_allocations',
] as const;

/** Inside the issuing transaction: moves the superseded revision's records to the new one. */
export async function carryToRevision(tx: Db, supersededId: string, issuedId: string): Promise<void> {
  for (const table of PLAN_SCOPED)
    await tx.execute(
      sql`update ${sql.identifier(table)} set plan_id = ${issuedId} where plan_id = ${supersededId}`,
    );
  await tx.execute(
    sql`update plans set parent_plan_id = ${issuedId} where parent_plan_id = ${supersededId} and id <> ${issuedId}`,
  );
}

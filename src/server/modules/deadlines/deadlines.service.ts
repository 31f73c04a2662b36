import type { DeadlineDto } from '../../../shared/contracts/deadlines.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';
import { reportDeadlines } from '../reports/unit-reports.service.ts';

/**
 * The deadlines of a user: the reports their organisation owes on the reporting duties of the
 * year's issued plans, done, due or overdue. Modules that create other obligations add theirs here.
 */
export async function deadlinesFor(db: Db, p: Principal): Promise<DeadlineDto[]> {
  return reportDeadlines(db, p);
}

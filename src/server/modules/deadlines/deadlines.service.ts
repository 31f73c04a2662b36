import type { DeadlineDto } from '../../../shared/contracts/deadlines.ts';
import type { Principal } from '../../access/principal.ts';
import type { Db } from '../../db/client.ts';

/**
 * The deadlines of a user. Deadlines come from the reporting duties of issued plans (the
 * reports module); until a plan with a reporting duty exists there are none, and the home
 * page says so. Modules that create obligations add their source here.
 */
export async function deadlinesFor(_db: Db, _p: Principal): Promise<DeadlineDto[]> {
  return [];
}

import { and, eq } from 'drizzle-orm';
import { systemPrincipal } from '../../access/principal.ts';
import { importSimulatedBirths } from '../../modules/births/births-simulate.ts';
import type { Db } from '../client.ts';
import { birthBatches } from '../schema/index.ts';

/**
 * The demo's births: one simulated batch for Sơn La (seed 1, 2021 to October 2026), marked
 * simulated so that every figure built on it says so. Once only: when a simulated batch exists,
 * even a withdrawn one, nothing is added (a withdrawn demo batch stays withdrawn).
 */
export async function seedDemoBirths(db: Db): Promise<number> {
  const [existing] = await db
    .select({ id: birthBatches.id })
    .from(birthBatches)
    .where(and(eq(birthBatches.provinceCode, '14'), eq(birthBatches.simulated, true)))
    .limit(1);
  if (existing) return 0;
  const { batch } = await importSimulatedBirths(db, systemPrincipal('dữ liệu mẫu'), { seed: 1 });
  return batch.births;
}

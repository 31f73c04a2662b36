import { and, eq, isNull } from 'drizzle-orm';
import { planContent } from '../../../shared/contracts/plans.ts';
import { systemPrincipal } from '../../access/principal.ts';
import { createChildPlan, createPlan, issuePlan, updatePlan } from '../../modules/plans/plans.service.ts';
import type { Db } from '../client.ts';
import { adminUnits, appMeta, organisations } from '../schema/index.ts';
import { SON_LA_ORGANISATIONS, TAM_DUONG_ORGANISATIONS } from './demo-organisations.ts';
import { resolveSeedPlan, type SeedPlan } from './plans/seed-form.ts';
import { sonLa2026 } from './plans/son-la-2026.ts';
import { tamDuong2020 } from './plans/tam-duong-2020.ts';

const DEMO_PLANS_KEY = 'demo:plans';
/** Communes of Sơn La whose Trạm Y tế already has its own plan in the demo. */
export const SON_LA_CHILD_COMMUNES = ['03646', '03679', '03664'];
const TAM_DUONG_PROJECT_COMMUNES = ['03413', '03405', '03430', '03418', '03400'];

/** The two seed plans, issued, with child plans for some communes (labelled demo). */
export async function seedDemoPlans(db: Db): Promise<number> {
  if ((await db.select().from(appMeta).where(eq(appMeta.key, DEMO_PLANS_KEY))).length) return 0;
  const system = systemPrincipal('dữ liệu mẫu');
  const orgs = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      unitCode: adminUnits.code,
      validTo: adminUnits.validTo,
    })
    .from(organisations)
    .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .where(eq(organisations.isDemo, true));
  const specs = [...SON_LA_ORGANISATIONS, ...TAM_DUONG_ORGANISATIONS];
  const organisation = (key: string): string => {
    const spec = specs.find((s) => s.key === key);
    const found = spec
      ? orgs.find((o) => o.name === spec.name)
      : orgs.find(
          (o) => key.startsWith('tyt-') && o.kind === 'commune_health_station' && o.unitCode === key.slice(4),
        );
    if (!found) throw new Error(`demo plan: no organisation ${key}`);
    return found.id;
  };
  const units = await db
    .select({
      id: adminUnits.id,
      code: adminUnits.code,
      validTo: adminUnits.validTo,
      provinceCode: adminUnits.provinceCode,
    })
    .from(adminUnits);
  const unit = (code: string): number => {
    // Sơn La plans name 2025 communes; Tam Đường's 2020 plan names the communes of its day.
    const candidates = units.filter((u) => u.code === code);
    const found =
      candidates.find((u) => (u.provinceCode === '12' ? !!u.validTo : !u.validTo)) ?? candidates[0];
    if (!found) throw new Error(`demo plan: no unit ${code}`);
    return found.id;
  };
  const resolve = (seed: SeedPlan) => planContent.parse(resolveSeedPlan(seed, { organisation, unit }));

  const communeCodes = (
    await db
      .select({ code: adminUnits.code })
      .from(adminUnits)
      .where(
        and(eq(adminUnits.provinceCode, '14'), eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)),
      )
  ).map((u) => u.code!);

  let count = 0;
  const issueNew = async (organisationKey: string, seed: SeedPlan) => {
    const created = await createPlan(
      db,
      system,
      { organisationId: organisation(organisationKey), content: resolve(seed) },
      { isDemo: true },
    );
    count++;
    return issuePlan(db, system, created.id, { version: created.version });
  };

  const sonLa = await issueNew('syt-sl', sonLa2026(communeCodes));
  for (const [i, code] of SON_LA_CHILD_COMMUNES.entries()) {
    const child = await createChildPlan(db, system, sonLa.id, {
      organisationId: organisation(`tyt-${code}`),
    });
    count++;
    // One commune has already issued its plan; the others are still drafting.
    if (i === 0) {
      const numbered = await updatePlan(db, system, child.id, {
        version: child.version,
        content: {
          ...child.content,
          number: '12',
          symbol: 'KH-TYT',
          issuedDate: '2026-03-20',
          // A demo station head (invented), as the station's clerk types it before issuing.
          signature: { ...child.content.signature, signerName: 'Lò Thị Hương' },
        },
      });
      await issuePlan(db, system, child.id, { version: numbered.version });
    }
  }
  const tamDuong = await issueNew('bcd-td', tamDuong2020);
  for (const code of TAM_DUONG_PROJECT_COMMUNES) {
    await createChildPlan(db, system, tamDuong.id, { organisationId: organisation(`tyt-${code}`) });
    count++;
  }
  await db
    .insert(appMeta)
    .values({ key: DEMO_PLANS_KEY, value: { plans: count, loadedAt: new Date().toISOString() } });
  return count;
}

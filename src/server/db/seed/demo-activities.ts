import { and, eq, sql } from 'drizzle-orm';
import type { ActivityMeasures } from '../../../shared/contracts/activity-records.ts';
import { todayInVietnam } from '../../../shared/format/index.ts';
import { defaultPeriodYear } from '../../../shared/plans/period.ts';
import { seededRandom } from '../../stats/srb/simulate.ts';
import type { Db } from '../client.ts';
import {
  activityRecords,
  adminUnits,
  appMeta,
  organisations,
  planActivities,
  plans,
  populationDenominators,
} from '../schema/index.ts';
import { withActor } from '../tx.ts';

// A demo year of activity records under the Sơn La 2026 plan (every row is_demo, invented):
// monthly loudspeaker broadcasts by most Trạm Y tế, commitment conferences and local trainings in
// many communes, the Chi cục's courses, school sessions, materials and club meetings, the Sở's
// supervision visits; and population denominators for the 75 communes. Up to last month.

const KEY = 'demo:activities';

export async function seedDemoActivities(db: Db): Promise<void> {
  if ((await db.select().from(appMeta).where(eq(appMeta.key, KEY))).length) return;
  const orgs = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      unitId: organisations.adminUnitId,
      code: adminUnits.code,
    })
    .from(organisations)
    .innerJoin(adminUnits, eq(adminUnits.id, organisations.adminUnitId))
    .where(eq(organisations.provinceCode, '14'));
  const syt = orgs.find((o) => o.name === 'Sở Y tế tỉnh Sơn La');
  const ccds = orgs.find((o) => o.kind === 'population_office');
  const stations = orgs
    .filter((o) => o.kind === 'commune_health_station')
    .sort((a, b) => (a.code! < b.code! ? -1 : 1));
  const [plan] = await db
    .select()
    .from(plans)
    .where(
      and(eq(plans.provinceCode, '14'), eq(plans.status, 'issued'), eq(plans.organisationId, syt?.id ?? '')),
    );
  if (!plan || !ccds || !stations.length) return;
  const activities = await db.select().from(planActivities).where(eq(planActivities.planId, plan.id));
  const byKind = (k: string) => activities.find((a) => a.kind === k);
  // A commune with its own issued plan records under its plan's inherited activity.
  const childActivities = await db
    .select({
      id: planActivities.id,
      planId: planActivities.planId,
      from: planActivities.inheritedFromId,
      org: plans.organisationId,
    })
    .from(planActivities)
    .innerJoin(plans, eq(plans.id, planActivities.planId))
    .where(and(eq(plans.parentPlanId, plan.id), eq(plans.status, 'issued')));
  const rand = seededRandom(4);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  // The demo's records fall in this year of the plan's period (its last year before it ends).
  const year = defaultPeriodYear({ start: plan.startYear, end: plan.endYear }, todayInVietnam());
  const today = todayInVietnam();
  const lastMonth = Number(today.slice(0, 4)) > year ? 12 : Math.max(1, Number(today.slice(5, 7)) - 1);
  const day = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  type Row = typeof activityRecords.$inferInsert;
  const out: Row[] = [];
  const add = (
    org: (typeof orgs)[number],
    activity: (typeof activities)[number] | undefined,
    start: string,
    end: string,
    measures: ActivityMeasures,
    extra: Partial<Row> = {},
  ) => {
    if (!activity) return;
    const child = childActivities.find((c) => c.org === org.id && c.from === activity.id);
    const outputs = (extra.outputs as Row['outputs']) ?? [];
    out.push({
      provinceCode: '14',
      planId: child?.planId ?? plan.id,
      activityId: child?.id ?? activity.id,
      rootActivityId: activity.id,
      organisationId: org.id,
      adminUnitId: org.unitId,
      kind: measures.kind,
      startDate: start,
      endDate: end,
      measures,
      outputQuantity: outputs.reduce((s, o) => s + (o.quantity ?? 0), 0),
      isDemo: true,
      createdBy: 'dữ liệu mẫu',
      ...extra,
      outputs,
    });
  };

  for (const st of stations) {
    const commune = { communeUnitId: st.unitId };
    const active = rand() < 0.9;
    for (let m = 3; m <= lastMonth && active; m++) {
      if (rand() < 0.12) continue;
      const count = int(1, 3);
      add(
        st,
        byKind('media'),
        day(m, 1),
        day(m, 28),
        { kind: 'media', items: [{ channel: 'loudspeaker', count, minutes: count * int(8, 15) }] },
        {
          ...commune,
          outputs: [
            { description: 'Lượt phát tin, bài trên loa truyền thanh', quantity: count, unit: 'lượt' },
          ],
          cost: count * 50_000,
        },
      );
    }
    if (rand() < 0.6 && lastMonth >= 5) {
      const signers = int(6, 20);
      const m = int(4, Math.min(lastMonth, 10));
      add(
        st,
        byKind('commitment_conference'),
        day(m, 12),
        day(m, 12),
        { kind: 'commitment_conference', signers, facilityIds: [] },
        {
          ...commune,
          participantsTotal: signers + int(10, 30),
          participantGroups: { healthWorkers: signers },
          outputs: [{ description: 'Cơ sở, cá nhân ký cam kết', quantity: signers, unit: 'cơ sở' }],
          cost: 1_500_000,
        },
      );
    }
    if (rand() < 0.4 && lastMonth >= 6) {
      const trainees = int(20, 40);
      const men = int(5, trainees - 5);
      const m = int(5, Math.min(lastMonth, 10));
      add(
        st,
        byKind('training'),
        day(m, 20),
        day(m, 20),
        { kind: 'training', days: 1, trainees },
        {
          ...commune,
          participantsTotal: trainees,
          participantsMen: men,
          participantsWomen: trainees - men,
          participantGroups: { officials: int(3, 8), healthWorkers: int(2, 6) },
          outputs: [{ description: 'Lớp tập huấn cộng tác viên dân số', quantity: 1, unit: 'lớp' }],
          cost: 3_000_000,
        },
      );
    }
  }
  for (const [i, m] of [4, 6, 9].entries())
    if (m <= lastMonth) {
      const trainees = int(60, 90);
      const men = int(20, 40);
      add(
        ccds,
        byKind('training'),
        day(m, 8 + i),
        day(m, 9 + i),
        { kind: 'training', days: 2, trainees },
        {
          participantsTotal: trainees,
          participantsMen: men,
          participantsWomen: trainees - men,
          participantGroups: { healthWorkers: trainees - 10, officials: 10 },
          outputs: [{ description: 'Lớp tập huấn cấp tỉnh', quantity: 1, unit: 'lớp' }],
          cost: 24_000_000,
        },
      );
    }
  for (let s = 1; s <= 13; s++) {
    const m = 3 + (s % Math.max(1, Math.min(lastMonth, 11) - 2));
    const pupils = int(150, 400);
    add(
      ccds,
      byKind('school_session'),
      day(m, 10 + (s % 15)),
      day(m, 10 + (s % 15)),
      {
        kind: 'school_session',
        school: `Trường THPT số ${s} (minh họa)`,
        classes: int(6, 15),
        teams: int(3, 6),
        sessions: 1,
      },
      {
        participantsTotal: pupils,
        participantGroups: { adolescents: pupils },
        outputs: [{ description: 'Buổi sinh hoạt ngoại khóa tại trường THPT', quantity: 1, unit: 'buổi' }],
        cost: 5_000_000,
      },
    );
  }
  add(
    ccds,
    byKind('iec_material'),
    day(4, 1),
    day(4, 30),
    {
      kind: 'iec_material',
      materialKind: 'Tờ rơi',
      title: 'Hệ lụy của mất cân bằng giới tính khi sinh',
      produced: 15000,
      distributed: [{ recipient: '75 Trạm Y tế xã, phường', quantity: 13500 }],
    },
    { outputs: [{ description: 'Tờ rơi, sách mỏng', quantity: 15000, unit: 'bản' }], cost: 45_000_000 },
  );
  for (let m = 3; m <= lastMonth; m += 2)
    add(
      ccds,
      byKind('club'),
      day(m, 18),
      day(m, 18),
      {
        kind: 'club',
        clubName: 'CLB “Bạn gái tiêu biểu” Trường THPT Chiềng Sinh (minh họa)',
        school: 'Trường THPT Chiềng Sinh',
        members: 35,
        meetings: 1,
      },
      { participantsTotal: int(25, 35), participantGroups: { adolescents: 30 }, cost: 1_000_000 },
    );
  for (const m of [3, 6, 9])
    if (m <= lastMonth && syt)
      add(
        syt,
        byKind('supervision'),
        day(m, 15),
        day(m, 19),
        { kind: 'supervision', unitsVisited: int(4, 9) },
        { cost: 6_000_000 },
      );

  const couplesShare = () => 0.15 + rand() * 0.04;
  await withActor(db, null, async (tx) => {
    await tx.execute(sql`select set_config('canbang.skip_audit', 'on', true)`);
    for (let i = 0; i < out.length; i += 500) await tx.insert(activityRecords).values(out.slice(i, i + 500));
    await tx
      .insert(populationDenominators)
      .values(
        stations.map((st) => {
          const population = int(6000, 26000);
          return {
            provinceCode: '14',
            adminUnitId: st.unitId,
            year,
            population,
            women15to49: Math.round(population * 0.26),
            couples: Math.round(population * couplesShare()),
            pupils: Math.round(population * 0.21),
            isDemo: true,
          };
        }),
      )
      .onConflictDoNothing();
    await tx.insert(appMeta).values({ key: KEY, value: { records: out.length } });
  });
}

import { and, eq, isNull } from 'drizzle-orm';
import { systemPrincipal } from '../../src/server/access/principal.ts';
import { adminUnits } from '../../src/server/db/schema/index.ts';
import { addProvince } from '../../src/server/modules/org-units/province-onboarding.service.ts';
import type { TestApp } from './test-app.ts';

// A second province populated enough for the access matrix and the national page: Lai Châu (12),
// enabled by the real `canbang province add` service, with a province officer and a reporter of
// two of its 2025 communes, an issued and a draft plan of 2026, and births. Lai Châu rather than
// Lạng Sơn (test/helpers/second-province.ts) because the demo's Tam Đường plan is Lai Châu's and
// gives the issued plan real content.

export const SECOND_PASSWORD = 'Hoa-Ban-2026';

export interface SecondProvince {
  code: string;
  name: string;
  provinceUnitId: number;
  communes: { id: number; code: string; name: string }[];
  /** Chi cục Dân số of the province (its plans' issuer) and the first commune's Trạm Y tế. */
  office: string;
  station: string;
  officer: { username: string; id: string };
  reporter: { username: string; id: string };
  issuedPlan: string;
  draftPlan: string;
}

const COMMUNES = ['03388', '03390'];

async function ok(res: Promise<{ statusCode: number; body: string; json(): any }>) {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json();
}

export async function addSecondProvinceFixture(t: TestApp): Promise<SecondProvince> {
  const db = t.database.db;
  // Lai Châu enabled by the product's own `canbang province add 12`: all 38 communes and wards, each
  // with its UBND and Trạm Y tế, next to the demo's Tam Đường (2020) part of the same province.
  await addProvince(db, systemPrincipal('kiểm thử'), '12');
  const [province] = await db.select().from(adminUnits).where(eq(adminUnits.code, '12'));
  const units = await db
    .select()
    .from(adminUnits)
    .where(
      and(eq(adminUnits.provinceCode, '12'), eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)),
    );
  const communes: SecondProvince['communes'] = COMMUNES.map((code) => {
    const u = units.find((x) => x.code === code);
    if (!u) throw new Error(`province add 12 did not load commune ${code}`);
    return { id: u.id, code, name: u.name };
  });
  const admin = await t.as('admin');
  const office = (await admin.get('/api/organisations?province=12&kind=population_office')).json().items[0]
    .id;
  const stations: string[] = [];
  for (const c of communes) {
    const found = (await admin.get(`/api/organisations?unit=${c.id}&kind=commune_health_station`)).json()
      .items as { id: string; adminUnitId: number }[];
    const station = found.find((o) => o.adminUnitId === c.id);
    if (!station) throw new Error(`province add 12 made no Trạm Y tế in ${c.name}`);
    stations.push(station.id);
  }
  const user = async (username: string, role: string, organisationId: string) => ({
    username,
    id: (
      await ok(
        admin.post('/api/users', {
          username,
          displayName: `Cán bộ ${username}`,
          password: SECOND_PASSWORD,
          role,
          organisationId,
        }),
      )
    ).id as string,
  });
  const officer = await user('chicuc-lc2', 'province_officer', office);
  const reporter = await user(`tyt-${communes[0].code}`, 'reporter', stations[0]);
  const lc = await t.as(officer.username, SECOND_PASSWORD);
  // The demo's Tam Đường plan is Lai Châu's: its content names only Lai Châu's bodies.
  const plans = (await lc.get('/api/plans?status=issued')).json().items as {
    id: string;
    provinceCode: string;
  }[];
  const source = (await lc.get(`/api/plans/${plans.find((p) => p.provinceCode === '12')!.id}`)).json()
    .content;
  type Activity = { start?: string | null; end?: string | null; children?: Activity[] };
  const toYear = (a: Activity): Activity => ({
    ...a,
    start: a.start?.replace(/^2020/, '2026'),
    end: a.end?.replace(/^2020/, '2026'),
    children: a.children?.map(toYear),
  });
  const content = {
    ...source,
    period: { start: 2026, end: 2026 },
    number: '31',
    issuedDate: '2026-03-10',
    subject: 'Kế hoạch kiểm soát mất cân bằng giới tính khi sinh năm 2026',
    activities: source.activities.map(toYear),
    // Communes report once a year: what the consolidated report sent to Cục Dân số is built on.
    reporting: { ...source.reporting, period: 'year', deadline: '2026-12-15' },
  };
  const issued = await ok(lc.post('/api/plans', { organisationId: office, content }));
  await ok(lc.post(`/api/plans/${issued.id}/issue`, { version: issued.version }));
  const draft = await ok(
    lc.post('/api/plans', {
      organisationId: office,
      content: { ...content, number: null, subject: 'Dự thảo kế hoạch năm 2026' },
    }),
  );
  const csv = `commune_code,year,month,birth_order,boys,girls\n${communes
    .map((c, i) => `${c.code},2025,9,1,${120 + i * 7},${100 + i * 3}\n${c.code},2026,3,2,${90 + i},${80}`)
    .join('\n')}\n`;
  await ok(
    lc.post('/api/births/imports', {
      fileName: 'sinh-lai-chau.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    }),
  );
  return {
    code: '12',
    name: province.name,
    provinceUnitId: province.id,
    communes,
    office,
    station: stations[0],
    officer,
    reporter,
    issuedPlan: issued.id,
    draftPlan: draft.id,
  };
}

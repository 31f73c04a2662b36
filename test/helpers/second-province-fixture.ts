import { and, eq, isNull } from 'drizzle-orm';
import { adminUnits } from '../../src/server/db/schema/index.ts';
import { withActor } from '../../src/server/db/tx.ts';
import { nextUnitId } from '../../src/server/modules/org-units/admin-units.repository.ts';
import { unitSearchText } from '../../src/server/modules/org-units/reference-loader.ts';
import { vnSortKey } from '../../src/shared/text/index.ts';
import type { TestApp } from './test-app.ts';

// A second province populated enough for the access matrix and the national page: Lai Châu (12)
// with two of its 2025 communes, a Trạm Y tế in each, a province officer and a reporter, an issued
// and a draft plan of 2026, and births. STAND-IN: once `addSecondProvince` (test/helpers/
// second-province.ts, the real `canbang province add`) is merged, this one function is swapped for
// it; every caller reads only the returned SecondProvince.

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

const COMMUNES = [
  { code: '03388', name: 'Phường Đoàn Kết', shortName: 'Đoàn Kết', type: 'phường' },
  { code: '03390', name: 'Xã Bình Lư', shortName: 'Bình Lư', type: 'xã' },
];

async function ok(res: Promise<{ statusCode: number; body: string; json(): any }>) {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json();
}

export async function addSecondProvinceFixture(t: TestApp): Promise<SecondProvince> {
  const db = t.database.db;
  const [province] = await db.select().from(adminUnits).where(eq(adminUnits.code, '12'));
  // Units as the reference loader would write them (the real `province add` loads all 38).
  // The Tam Đường reference already holds some of Lai Châu's 2025 communes (its successors).
  const existing = await db
    .select()
    .from(adminUnits)
    .where(
      and(eq(adminUnits.provinceCode, '12'), eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)),
    );
  const communes: SecondProvince['communes'] = [];
  await withActor(db, null, async (tx) => {
    for (const c of COMMUNES) {
      const found = existing.find((u) => u.code === c.code);
      if (found) {
        communes.push({ id: found.id, code: c.code, name: found.name });
        continue;
      }
      const id = await nextUnitId(tx);
      await tx.insert(adminUnits).values({
        id,
        code: c.code,
        name: c.name,
        shortName: c.shortName,
        type: c.type,
        level: 'commune',
        parentId: province.id,
        provinceCode: '12',
        path: `${province.path}.${id}`,
        validFrom: '2025-07-01',
        sortKey: vnSortKey(c.shortName),
        searchText: unitSearchText(c.name, c.code),
      });
      communes.push({ id, code: c.code, name: c.name });
    }
  });
  const admin = await t.as('admin');
  const office = (await admin.get('/api/organisations?province=12&kind=population_office')).json().items[0]
    .id;
  const stations: string[] = [];
  for (const c of communes)
    stations.push(
      (
        await ok(
          admin.post('/api/organisations', {
            name: `Trạm Y tế ${c.name.toLowerCase().startsWith('phường') ? 'phường' : 'xã'} ${c.name.replace(/^(Phường|Xã) /, '')}`,
            kind: 'commune_health_station',
            adminUnitId: c.id,
          }),
        )
      ).id,
    );
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
    year: 2026,
    number: '31',
    issuedDate: '2026-03-10',
    subject: 'Kế hoạch kiểm soát mất cân bằng giới tính khi sinh năm 2026',
    activities: source.activities.map(toYear),
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

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/server/db/tx.ts';
import type { ReportCompletenessDto, UnitReportDto } from '../../src/shared/contracts/reports.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Reports through a middle level (the districts of the 2020 data): Tam Đường's 2020 plan given a
// reporting duty "through the Trung tâm Y tế huyện". The Trạm Y tế of xã Sơn Bình reports; the
// district centre (bcd-tamduong) returns and accepts it; reports of district bodies go to the
// level above the district, never reviewed by the district's own staff.

let t: TestApp;
let planId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const [plan] = await rows<{ id: string }>(
    db,
    sql`select id from plans where subject like '%huyện Tam Đường năm 2020%' and status = 'issued'`,
  );
  planId = plan.id;
  const [centre] = await rows<{ id: string }>(
    db,
    sql`select o.id from organisations o join users u on u.organisation_id = o.id where u.username = 'bcd-tamduong'`,
  );
  await db.execute(
    sql`update plans set content = jsonb_set(content, '{reporting}', ${JSON.stringify({
      deadline: '2020-12-05',
      period: 'year',
      throughOrganisationId: centre.id,
      throughName: 'Trung tâm Y tế huyện Tam Đường',
    })}::jsonb) where id = ${planId}`,
  );
  const [sonBinh] = await rows<{ id: string }>(
    db,
    sql`select o.id from organisations o join admin_units u on u.id = o.admin_unit_id
         where o.kind = 'commune_health_station' and u.code = '03413'`,
  );
  const made = await (await t.as('admin')).post('/api/users', {
    username: 'tyt-sonbinh',
    displayName: 'Cán bộ dân số Trạm Y tế xã Sơn Bình',
    password: 'SonBinh@2020',
    role: 'reporter',
    organisationId: sonBinh.id,
  });
  expect(made.statusCode, made.body).toBe(201);
});
afterAll(() => t.close());

const completeness = async (user: string) =>
  (await (await t.as(user)).get(`/api/plans/${planId}/reports`)).json() as ReportCompletenessDto;

describe('reports through a district', () => {
  it('expects the communes’ stations and the district bodies, not the district centre it goes through', async () => {
    const c = await completeness('bcd-tamduong');
    const names = c.rows.map((r) => r.organisationName);
    expect(names).toContain('Trạm Y tế xã Sơn Bình');
    expect(names.filter((n) => n.startsWith('Trạm Y tế xã'))).toHaveLength(5); // the project communes
    expect(names.some((n) => n.startsWith('Trung tâm Y tế'))).toBe(false);
    expect(c.period).toMatchObject({ label: 'Năm 2020', due: '2020-12-05' });
  });

  it('lets the district return and accept a commune’s report, and locks it', async () => {
    const tyt = await t.as('tyt-sonbinh', 'SonBinh@2020');
    const district = await t.as('bcd-tamduong');
    let r = (await tyt.post('/api/reports', { planId })).json() as UnitReportDto;
    expect(r).toMatchObject({ status: 'draft', organisationName: 'Trạm Y tế xã Sơn Bình' });
    r = (await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version })).json();
    // Sent in 2026 for a period due on 05/12/2020: received, but not on time.
    expect(r).toMatchObject({ status: 'submitted', onTime: false });
    // It waits in the district's review queue (its home page), not in the commune's own.
    const queue = async (c: typeof district) =>
      ((await c.get('/api/me/review-queue')).json() as { items: { reportId: string }[] }).items.map(
        (i) => i.reportId,
      );
    expect(await queue(district)).toEqual([r.id]);
    expect(await queue(tyt)).toEqual([]);

    // A Trạm Y tế of Sơn La neither sees nor reviews it.
    const stranger = await t.as('tyt-03646');
    expect((await stranger.get(`/api/reports/${r.id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/reports/${r.id}/accept`, { version: r.version })).statusCode).toBe(404);
    // The commune cannot accept its own report.
    expect((await tyt.post(`/api/reports/${r.id}/accept`, { version: r.version })).statusCode).toBe(403);

    expect((await district.get(`/api/reports/${r.id}`)).json()).toMatchObject({ mayReview: true });
    expect((await tyt.get(`/api/reports/${r.id}`)).json()).toMatchObject({ mayReview: false });
    const returned = await district.post(`/api/reports/${r.id}/return`, {
      version: r.version,
      comment: 'Ghi rõ số cặp vợ chồng được tư vấn.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    r = returned.json();
    expect(r).toMatchObject({ status: 'returned', reviewedBy: 'bcd-tamduong' });
    // The commune reads who returned it by name, not by username.
    expect((await tyt.get(`/api/reports/${r.id}`)).json()).toMatchObject({
      reviewedByName: 'Cán bộ dân số huyện Tam Đường',
      submittedByName: 'Cán bộ dân số Trạm Y tế xã Sơn Bình',
    });
    r = (
      await tyt.put(`/api/reports/${r.id}`, { version: r.version, results: 'Tư vấn 40 cặp vợ chồng.' })
    ).json();
    r = (await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version })).json();
    expect(r.status).toBe('submitted');
    r = (await district.post(`/api/reports/${r.id}/accept`, { version: r.version })).json();
    expect(r).toMatchObject({ status: 'accepted', reviewedBy: 'bcd-tamduong' });
    expect((await tyt.put(`/api/reports/${r.id}`, { version: r.version, results: 'x' })).statusCode).toBe(
      409,
    );

    const c = await completeness('bcd-tamduong');
    expect(c.rows.find((x) => x.organisationName === 'Trạm Y tế xã Sơn Bình')).toMatchObject({
      status: 'accepted',
      onTime: false,
    });
    expect(c.received).toBe(1);
    expect(c.reportingRate).toBeCloseTo(1 / c.expected, 10);
    expect(c.onTimeRate).toBe(0);
  });

  it('sends a district body’s report above the district: its own district cannot accept it', async () => {
    const women = (await completeness('admin')).rows.find((r) => r.organisationName.includes('Phụ nữ'))!;
    expect(women).toBeDefined();
    const opened = await (await t.as('admin')).post('/api/reports', {
      planId,
      organisationId: women.organisationId,
    });
    expect(opened.statusCode, opened.body).toBe(200);
    let r = opened.json() as UnitReportDto;
    r = (await (await t.as('admin')).post(`/api/reports/${r.id}/submit`, { version: r.version })).json();
    const district = await t.as('bcd-tamduong');
    // Not the district's to review: not in its queue.
    expect(
      ((await district.get('/api/me/review-queue')).json() as { items: { reportId: string }[] }).items.map(
        (i) => i.reportId,
      ),
    ).not.toContain(r.id);
    // The district reads it (same district) but is told it may not review it; the page shows no buttons.
    expect((await district.get(`/api/reports/${r.id}`)).json()).toMatchObject({ mayReview: false });
    expect((await district.post(`/api/reports/${r.id}/accept`, { version: r.version })).statusCode).toBe(403);
    const above = await (await t.as('admin')).post(`/api/reports/${r.id}/accept`, { version: r.version });
    expect(above.json()).toMatchObject({ status: 'accepted', reviewedBy: 'admin' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/shared/roles.ts';
import { type Client, createTestApp, type TestApp } from '../helpers/test-app.ts';

// The access matrix: every API route × every role × a target inside and outside the caller's
// scope. A route added without a line here fails the first test, so none escapes the matrix.

interface Ctx {
  sl: {
    unit: number;
    village: { id: number; version: number };
    org: string;
    user: string;
    plan: string;
    draft: string;
    stationPlan: string;
    stationDraft: string;
  };
  lc: {
    unit: number;
    commune: number;
    communeCode: string;
    village: { id: number; version: number };
    org: string;
    user: string;
    plan: string;
  };
  planContent: unknown;
}
interface Req {
  url: string;
  body?: unknown;
}
interface Spec {
  /** Roles that pass the role check (anything else gets 403). */
  roles: 'public' | 'authenticated' | readonly Role[];
  /** A target inside the caller's scope (a reporter's is its own organisation's). */
  inScope: (c: Ctx, role: Role) => Req;
  /** A target in another province: 404 for a single thing, 400 naming the field for a reference. */
  outOfScope?: { req: (c: Ctx) => Req; status: 404 | 400; field?: string };
  /** A list: none of its items may belong to another province. */
  list?: (c: Ctx) => string;
}

const MANAGERS = ['admin', 'province_officer'] as const;
const PLAN_WRITERS = ['admin', 'province_officer', 'reporter'] as const;
const villageBody = (unit: number) => ({
  parentId: unit,
  name: `Bản ${Math.random().toString(36).slice(2, 8)}`,
  type: 'bản',
});

const monthlyBody = (unitCode: string) => ({
  unitCode,
  year: 2026,
  month: 1,
  baseBatchId: null,
  counts: ['1', '2', '3+'].map((birthOrder) => ({ birthOrder, boys: 3, girls: 2 })),
});

const SPECS: Record<string, Spec> = {
  'GET /api/health': { roles: 'public', inScope: () => ({ url: '/api/health' }) },
  'POST /api/auth/login': {
    roles: 'public',
    inScope: () => ({ url: '/api/auth/login', body: { username: 'x', password: 'y' } }),
  },
  'POST /api/auth/logout': { roles: 'authenticated', inScope: () => ({ url: '/api/auth/logout' }) },
  'GET /api/me': { roles: 'authenticated', inScope: () => ({ url: '/api/me' }) },
  'POST /api/me/password': {
    roles: 'authenticated',
    inScope: () => ({
      url: '/api/me/password',
      body: { currentPassword: 'sai', newPassword: 'MatKhauMoi@1' },
    }),
  },
  'GET /api/me/deadlines': { roles: 'authenticated', inScope: () => ({ url: '/api/me/deadlines' }) },
  'GET /api/admin-units': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/admin-units?parent=14' }),
    list: () => '/api/admin-units?includeExpired=true&q=xa',
  },
  'GET /api/admin-units/:id': {
    roles: 'authenticated',
    inScope: (c) => ({ url: `/api/admin-units/${c.sl.unit}` }),
    outOfScope: { req: (c) => ({ url: `/api/admin-units/${c.lc.unit}` }), status: 404 },
  },
  'POST /api/admin-units': {
    roles: MANAGERS,
    inScope: (c) => ({ url: '/api/admin-units', body: villageBody(c.sl.unit) }),
    outOfScope: {
      req: (c) => ({ url: '/api/admin-units', body: villageBody(c.lc.commune) }),
      status: 400,
      field: 'parentId',
    },
  },
  'PATCH /api/admin-units/:id': {
    roles: MANAGERS,
    inScope: (c) => ({ url: `/api/admin-units/${c.sl.village.id}`, body: { version: 999, name: 'X' } }),
    outOfScope: {
      req: (c) => ({
        url: `/api/admin-units/${c.lc.village.id}`,
        body: { version: c.lc.village.version, name: 'Đổi tên' },
      }),
      status: 404,
    },
  },
  'GET /api/organisations': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/organisations' }),
    list: () => '/api/organisations?includeInactive=true',
  },
  'GET /api/organisations/:id': {
    roles: 'authenticated',
    inScope: (c) => ({ url: `/api/organisations/${c.sl.org}` }),
    outOfScope: { req: (c) => ({ url: `/api/organisations/${c.lc.org}` }), status: 404 },
  },
  'POST /api/organisations': {
    roles: MANAGERS,
    inScope: (c) => ({
      url: '/api/organisations',
      body: { name: 'Cơ quan thử', kind: 'other', adminUnitId: c.sl.unit },
    }),
    outOfScope: {
      req: (c) => ({
        url: '/api/organisations',
        body: { name: 'Cơ quan thử', kind: 'other', adminUnitId: c.lc.unit },
      }),
      status: 400,
      field: 'adminUnitId',
    },
  },
  'PATCH /api/organisations/:id': {
    roles: MANAGERS,
    inScope: (c) => ({ url: `/api/organisations/${c.sl.org}`, body: { version: 999, phone: '1' } }),
    outOfScope: {
      req: (c) => ({ url: `/api/organisations/${c.lc.org}`, body: { version: 1, phone: '1' } }),
      status: 404,
    },
  },
  'GET /api/users': { roles: MANAGERS, inScope: () => ({ url: '/api/users' }), list: () => '/api/users' },
  'GET /api/users/:id': {
    roles: MANAGERS,
    inScope: (c) => ({ url: `/api/users/${c.sl.user}` }),
    outOfScope: { req: (c) => ({ url: `/api/users/${c.lc.user}` }), status: 404 },
  },
  'POST /api/users': {
    roles: MANAGERS,
    inScope: (c) => ({
      url: '/api/users',
      body: { username: 'x', displayName: 'X', password: 'ngan', role: 'reporter', organisationId: c.sl.org },
    }),
    outOfScope: {
      req: (c) => ({
        url: '/api/users',
        body: {
          username: 'ngoai',
          displayName: 'X',
          password: 'MatKhau@123',
          role: 'reporter',
          organisationId: c.lc.org,
        },
      }),
      status: 400,
      field: 'organisationId',
    },
  },
  'PATCH /api/users/:id': {
    roles: MANAGERS,
    inScope: (c) => ({ url: `/api/users/${c.sl.user}`, body: { version: 999, phone: '1' } }),
    outOfScope: {
      req: (c) => ({ url: `/api/users/${c.lc.user}`, body: { version: 1, active: false } }),
      status: 404,
    },
  },
  'POST /api/users/:id/reset-password': {
    roles: MANAGERS,
    inScope: (c) => ({ url: `/api/users/${c.sl.user}/reset-password`, body: { password: 'ngan' } }),
    outOfScope: {
      req: (c) => ({ url: `/api/users/${c.lc.user}/reset-password`, body: { password: 'MatKhau@123' } }),
      status: 404,
    },
  },
  'GET /api/audit': {
    roles: MANAGERS,
    inScope: () => ({ url: '/api/audit' }),
    list: () => '/api/audit?pageSize=200',
  },
  'GET /api/plans': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/plans' }),
    list: () => '/api/plans',
  },
  'GET /api/plans/:id': {
    roles: 'authenticated',
    inScope: (c) => ({ url: `/api/plans/${c.sl.plan}` }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}` }), status: 404 },
  },
  'POST /api/plans': {
    roles: PLAN_WRITERS,
    inScope: (c) => ({ url: '/api/plans', body: { organisationId: c.sl.org, content: {} } }),
    outOfScope: {
      req: (c) => ({ url: '/api/plans', body: { organisationId: c.lc.org, content: c.planContent } }),
      status: 400,
      field: 'organisationId',
    },
  },
  'PUT /api/plans/:id': {
    roles: PLAN_WRITERS,
    inScope: (c, role) => ({
      url: `/api/plans/${planFor(c, role)}`,
      body: { version: 999, content: c.planContent },
    }),
    outOfScope: {
      req: (c) => ({ url: `/api/plans/${c.lc.plan}`, body: { version: 1, content: c.planContent } }),
      status: 404,
    },
  },
  'GET /api/plans/:id/validation': {
    roles: 'authenticated',
    inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/validation` }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/validation` }), status: 404 },
  },
  'POST /api/plans/:id/issue': {
    roles: PLAN_WRITERS,
    inScope: (c, role) => ({ url: `/api/plans/${planFor(c, role)}/issue`, body: { version: 999 } }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/issue`, body: { version: 1 } }), status: 404 },
  },
  'POST /api/plans/:id/revise': {
    roles: PLAN_WRITERS,
    // Name drafts: revising them is refused (409), which is not a refusal of access.
    inScope: (c, role) => ({ url: `/api/plans/${planFor(c, role)}/revise` }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/revise` }), status: 404 },
  },
  'GET /api/plans/:id/history': {
    roles: 'authenticated',
    inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/history` }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/history` }), status: 404 },
  },
  'GET /api/plans/:id/children': {
    roles: 'authenticated',
    inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/children` }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/children` }), status: 404 },
  },
  'GET /api/plans/:id/export': {
    roles: 'authenticated',
    inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/export?format=xlsx` }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/export?format=xlsx` }), status: 404 },
  },
  'POST /api/srb/estimate': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/srb/estimate', body: { csv: 'area_code,year,boys,girls\nA,2024,52,48\n' } }),
  },
  'POST /api/births/imports': {
    roles: PLAN_WRITERS,
    inScope: () => ({
      url: '/api/births/imports',
      body: { fileName: 'x.csv', contentBase64: Buffer.from('x').toString('base64') },
    }),
  },
  'GET /api/births/imports': { roles: 'authenticated', inScope: () => ({ url: '/api/births/imports' }) },
  'GET /api/births/imports/:id': {
    roles: 'authenticated',
    inScope: () => ({ url: `/api/births/imports/${crypto.randomUUID()}` }),
  },
  'POST /api/births/imports/:id/withdraw': {
    roles: PLAN_WRITERS,
    inScope: () => ({ url: `/api/births/imports/${crypto.randomUUID()}/withdraw` }),
  },
  'GET /api/srb/estimates': { roles: 'authenticated', inScope: () => ({ url: '/api/srb/estimates' }) },
  'GET /api/srb/watchlist.xlsx': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/srb/watchlist.xlsx?level=commune' }),
  },
  'GET /api/srb/areas/:code': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/srb/areas/03646' }),
    outOfScope: { req: (c) => ({ url: `/api/srb/areas/${c.lc.communeCode}` }), status: 404 },
  },
  'GET /api/births/monthly': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/births/monthly?unit=03646&year=2026' }),
    outOfScope: {
      req: (c) => ({ url: `/api/births/monthly?unit=${c.lc.communeCode}&year=2026` }),
      status: 404,
    },
  },
  'PUT /api/births/monthly': {
    roles: PLAN_WRITERS,
    inScope: () => ({ url: '/api/births/monthly', body: monthlyBody('03646') }),
    outOfScope: {
      req: (c) => ({ url: '/api/births/monthly', body: monthlyBody(c.lc.communeCode) }),
      status: 404,
    },
  },
  'GET /api/geo/:province/communes': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/geo/14/communes' }),
  },
  'POST /api/plans/:id/children': {
    roles: PLAN_WRITERS,
    inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/children`, body: { organisationId: c.sl.org } }),
    outOfScope: {
      req: (c) => ({ url: `/api/plans/${c.sl.plan}/children`, body: { organisationId: c.lc.org } }),
      status: 400,
      field: 'organisationId',
    },
  },
};

/** The draft a role may write: a reporter its own station's, the others the province's. */
function planFor(c: Ctx, role: Role): string {
  return role === 'reporter' ? c.sl.stationDraft : c.sl.draft;
}

/** One demo account per role, all of Sơn La; the reporter is a commune's Trạm Y tế. */
const ACCOUNTS: Record<Role, string> = {
  admin: 'admin',
  province_officer: 'chicuc',
  leader: 'lanhdao',
  reporter: 'tyt-03646',
  inspector: 'thanhtra',
};

let t: TestApp;
let ctx: Ctx;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.as('admin');
  const chicuc = await t.as('chicuc');
  const toHieu = (await chicuc.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0].id;
  const slVillage = (await chicuc.post('/api/admin-units', villageBody(toHieu))).json();
  const lcProvince = (await admin.get('/api/admin-units?level=province&province=12')).json().items[0].id;
  const lcFirstCommune = (await admin.get('/api/admin-units?parent=12&level=commune')).json().items[0];
  const lcCommune = lcFirstCommune.id;
  const lcVillage = (await admin.post('/api/admin-units', villageBody(lcCommune))).json();
  const lcOrg = (await admin.get('/api/organisations?province=12&kind=population_office')).json().items[0].id;
  const lcUser = (
    await admin.post('/api/users', {
      username: 'chicuc-laichau',
      displayName: 'Cán bộ Lai Châu',
      password: 'MatKhau@123',
      role: 'province_officer',
      organisationId: lcOrg,
    })
  ).json().id;
  const slOrg = (await chicuc.get('/api/organisations?q=tram%20y%20te%20to%20hieu')).json().items[0].id;
  const slUser = (await chicuc.get('/api/users?q=tyt-03646')).json().items[0].id;
  const plans = (await admin.get('/api/plans')).json().items as {
    id: string;
    status: string;
    provinceCode: string;
    organisationName: string;
  }[];
  const slPlan = plans.find(
    (p) => p.provinceCode === '14' && p.status === 'issued' && p.organisationName === 'Sở Y tế tỉnh Sơn La',
  )!.id;
  const slPlanContent = (await admin.get(`/api/plans/${slPlan}`)).json().content;
  const ccds = (await chicuc.get('/api/organisations?q=chi%20cuc%20dan%20so&province=14')).json().items[0].id;
  const slDraft = (
    await chicuc.post('/api/plans', { organisationId: ccds, content: { ...slPlanContent, number: null } })
  ).json().id;
  const stationPlan = plans.find(
    (p) => p.status === 'issued' && p.organisationName === 'Trạm Y tế phường Tô Hiệu',
  )!.id;
  const stationDraft = (await (await t.as('tyt-03646')).post(`/api/plans/${stationPlan}/revise`)).json().id;
  ctx = {
    sl: {
      unit: toHieu,
      village: slVillage,
      org: slOrg,
      user: slUser,
      plan: slPlan,
      draft: slDraft,
      stationPlan,
      stationDraft,
    },
    lc: {
      unit: lcProvince,
      commune: lcCommune,
      communeCode: lcFirstCommune.code,
      village: lcVillage,
      org: lcOrg,
      user: lcUser,
      plan: plans.find((p) => p.provinceCode === '12')!.id,
    },
    planContent: { ...slPlanContent, number: null },
  };
  // Leave a trace in Lai Châu's audit log, so that the audit list has something to leak.
  await admin.patch(`/api/organisations/${lcOrg}`, { version: 1, phone: '0213 111' });
});
afterAll(() => t.close());

const send = (c: Client, method: string, req: Req) =>
  c.request({ method: method as 'GET', url: req.url, payload: req.body as object });

/** A fresh session for each write, so that logout or a password change does not affect later rows. */
async function clientFor(role: Role): Promise<Client> {
  return t.as(ACCOUNTS[role]);
}

describe('access matrix', () => {
  it('has a row for every API route', () => {
    const routes = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !SPECS[r])).toEqual([]);
    expect(Object.keys(SPECS).filter((k) => !routes.includes(k))).toEqual([]);
  });

  for (const [key, spec] of Object.entries(SPECS)) {
    const [method] = key.split(' ');
    describe(key, () => {
      if (spec.roles !== 'public') {
        it('refuses the signed-out with 401', async () => {
          const res = await send(t.anonymous(), method, spec.inScope(ctx, 'admin'));
          expect(res.statusCode).toBe(401);
          expect(res.json().code).toBe('UNAUTHENTICATED');
        });
      }
      for (const role of ROLES) {
        const allowed =
          spec.roles === 'public' || spec.roles === 'authenticated' || spec.roles.includes(role);
        it(`${allowed ? 'admits' : 'refuses with 403'} ${role}`, async () => {
          const c =
            key === 'POST /api/auth/logout'
              ? await t.as(ACCOUNTS[role], undefined, { fresh: true })
              : await clientFor(role);
          const res = await send(c, method, spec.inScope(ctx, role));
          // Admitted: whatever the answer (200, 400 for a dummy body, 409…), not a refusal of access.
          const code = String(res.headers['content-type']).includes('json') ? res.json().code : null;
          if (allowed) expect(['UNAUTHENTICATED', 'FORBIDDEN', 'CSRF']).not.toContain(code);
          else {
            expect(res.statusCode).toBe(403);
            expect(res.json().code).toBe('FORBIDDEN');
          }
        });
      }
      if (method !== 'GET' && spec.roles !== 'public') {
        it('refuses a write without the CSRF token', async () => {
          const role: Role = spec.roles === 'authenticated' ? 'reporter' : 'province_officer';
          const c = await clientFor(role);
          const req = spec.inScope(ctx, role);
          const res = await c.request({
            method: method as 'POST',
            url: req.url,
            payload: req.body as object,
            headers: { 'x-csrf-token': '' },
          });
          expect(res.statusCode).toBe(403);
          expect(res.json().code).toBe('CSRF');
        });
      }
      if (spec.outOfScope) {
        const out = spec.outOfScope;
        it(`keeps other provinces out of reach (${out.status})`, async () => {
          const roles = ROLES.filter(
            (r) =>
              r !== 'admin' &&
              (spec.roles === 'authenticated' || (spec.roles as readonly Role[]).includes(r)),
          );
          for (const role of roles) {
            const res = await send(await clientFor(role), method, out.req(ctx));
            expect(res.statusCode, role).toBe(out.status);
            if (out.field) expect(res.json().issues[0].path).toEqual([out.field]);
          }
        });
      }
      if (spec.list) {
        const list = spec.list;
        it('lists nothing of another province', async () => {
          const roles = ROLES.filter(
            (r) =>
              r !== 'admin' &&
              (spec.roles === 'authenticated' || (spec.roles as readonly Role[]).includes(r)),
          );
          for (const role of roles) {
            const res = await send(await clientFor(role), 'GET', { url: list(ctx) });
            expect(res.statusCode).toBe(200);
            const body = JSON.stringify(res.json());
            const items = res.json().items as Record<string, unknown>[];
            expect(items.length, role).toBeGreaterThan(0);
            expect(
              items.filter((i) => i.provinceCode != null && i.provinceCode !== '14'),
              role,
            ).toEqual([]);
            expect(body).not.toContain('Lai Châu');
            expect(body).not.toContain('chicuc-laichau');
          }
          // …while the system admin does see it: the filter above is not vacuous.
          const all = JSON.stringify(
            (await send(await clientFor('admin'), 'GET', { url: list(ctx) })).json(),
          );
          expect(all).toMatch(/Lai Châu|"12"|chicuc-laichau/);
        });
      }
    });
  }
});

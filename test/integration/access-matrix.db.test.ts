import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/shared/roles.ts';
import {
  addSecondProvinceFixture,
  SECOND_PASSWORD,
  type SecondProvince,
} from '../helpers/second-province-fixture.ts';
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
    /** The second province's draft: the national reader must not reach it either. */
    draft: string;
  };
  /** Cục Dân số's own draft plan: what the national reader writes. */
  nationalDraft: string;
  second: SecondProvince;
  planContent: unknown;
  /** One of each registry record per province: Tô Hiệu's (every role sees it) and Lai Châu's. */
  registry: Record<'sl' | 'lc', Registry>;
  attachment: { sl: string; lc: string };
}
interface Registry {
  facility: { id: string; version: number };
  worker: { id: string; version: number };
  commitment: { id: string; version: number };
  plan: { id: string; version: number };
  inspection: { id: string; version: number };
  violation: { id: string; version: number };
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
  /** `field`: the refused field's name, or its whole path for a row of a bulk body. */
  outOfScope?: { req: (c: Ctx) => Req; status: 404 | 400; field?: string | (string | number)[] };
  /** A list: none of its items may belong to another province. */
  list?: (c: Ctx) => string;
  /** Roles that read the list but hold nothing in it (it must then be empty, not merely leak-free). */
  listEmptyFor?: readonly Role[];
}

const MANAGERS = ['admin', 'province_officer'] as const;
/** Who manages units, organisations and users (shared/roles.ts MANAGER_ROLES). */
const REFERENCE_MANAGERS = ['admin', 'province_admin', 'province_officer'] as const;
const PLAN_WRITERS = ['admin', 'province_officer', 'reporter'] as const;
/** Plans themselves: the national reader writes its own (national) ones. */
const PLAN_ROUTE_WRITERS = [...PLAN_WRITERS, 'national_reader'] as const;
const NATIONAL = ['admin', 'national_reader'] as const;
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

const REGISTRY_WRITERS = ['admin', 'province_officer', 'reporter'] as const;
/** The province administrator keeps accounts and reference data: the registry is not its (own organisation's) business. */
const REGISTRY_OUTSIDERS = ['province_admin'] as const;
const INSPECTION_WRITERS = ['admin', 'province_officer', 'inspector'] as const;

/** Unit reports on a plan's duty (issue 7). */
function reportSpecs(): Record<string, Spec> {
  const expense = (planId: string) => ({
    planId,
    activityId: crypto.randomUUID(),
    sourceKey: 'x',
    spentOn: '2026-03-01',
    amount: 1000,
    voucherNumber: `PC-${Math.random()}`,
  });
  const allocation = (organisationId: string) => ({
    activityId: crypto.randomUUID(),
    sourceKey: 'x',
    organisationId,
    amount: 1000,
  });
  const review = () => ({ url: `/api/reports/${crypto.randomUUID()}`, body: { version: 1, comment: 'x' } });
  return {
    'GET /api/plans/:id/budget': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/budget` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/budget` }), status: 404 },
    },
    'GET /api/plans/:id/budget/allocations': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/budget/allocations` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/budget/allocations` }), status: 404 },
    },
    'PUT /api/plans/:id/budget/allocations': {
      roles: MANAGERS,
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/budget/allocations`, body: allocation(c.sl.org) }),
      outOfScope: {
        req: (c) => ({ url: `/api/plans/${c.lc.plan}/budget/allocations`, body: allocation(c.lc.org) }),
        status: 404,
      },
    },
    'GET /api/plans/:id/expenditures': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/expenditures` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/expenditures` }), status: 404 },
    },
    'POST /api/expenditures': {
      roles: PLAN_WRITERS,
      inScope: (c) => ({ url: '/api/expenditures', body: expense(c.sl.plan) }),
      outOfScope: { req: (c) => ({ url: '/api/expenditures', body: expense(c.lc.plan) }), status: 404 },
    },
    'GET /api/plans/:id/consolidated-report': {
      // The national reader: only a report its province has sent (national.db.test.ts).
      roles: ['admin', 'province_officer', 'leader', 'national_reader'],
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/consolidated-report?format=xlsx` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/consolidated-report` }), status: 404 },
    },
    'GET /api/plans/:id/dashboard': {
      roles: ['admin', 'province_officer', 'leader'],
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/dashboard` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/dashboard` }), status: 404 },
    },
    'GET /api/plans/:id/reports': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/reports` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/reports` }), status: 404 },
    },
    'GET /api/plans/:id/reporting-summary': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/reporting-summary?format=xlsx` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/reporting-summary` }), status: 404 },
    },
    'POST /api/reports': {
      roles: PLAN_WRITERS,
      inScope: (c) => ({ url: '/api/reports', body: { planId: c.sl.plan } }),
      outOfScope: { req: (c) => ({ url: '/api/reports', body: { planId: c.lc.plan } }), status: 404 },
    },
    'GET /api/reports/:id': {
      roles: 'authenticated',
      inScope: () => ({ url: `/api/reports/${crypto.randomUUID()}` }),
    },
    'GET /api/reports/:id/docx': {
      roles: 'authenticated',
      inScope: () => ({ url: `/api/reports/${crypto.randomUUID()}/docx` }),
    },
    'GET /api/me/review-queue': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/me/review-queue' }),
    },
    'PUT /api/reports/:id': {
      roles: PLAN_WRITERS,
      inScope: () => ({ url: `/api/reports/${crypto.randomUUID()}`, body: { version: 1 } }),
    },
    'POST /api/reports/:id/submit': {
      roles: PLAN_WRITERS,
      inScope: () => ({ url: `/api/reports/${crypto.randomUUID()}/submit`, body: { version: 1 } }),
    },
    'POST /api/reports/:id/accept': {
      roles: PLAN_WRITERS,
      inScope: () => ({ ...review(), url: `${review().url}/accept` }),
    },
    'POST /api/reports/:id/return': {
      roles: PLAN_WRITERS,
      inScope: () => ({ ...review(), url: `${review().url}/return` }),
    },
  };
}

/** Activity records, progress and population denominators (issue 4). */
function activitySpecs(): Record<string, Spec> {
  const bulkBody = (adminUnitId: number) => ({
    year: 2026,
    rows: [{ adminUnitId, version: null, population: null, women15to49: null, couples: 1, pupils: null }],
  });
  const record = (c: Ctx) => ({
    planId: c.sl.plan,
    activityId: crypto.randomUUID(),
    startDate: '2026-03-01',
    endDate: '2026-03-01',
    measures: { kind: 'other' },
  });
  return {
    'GET /api/activity-records': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/activity-records' }),
    },
    'GET /api/activity-records/:id': {
      roles: 'authenticated',
      inScope: () => ({ url: `/api/activity-records/${crypto.randomUUID()}` }),
    },
    'POST /api/activity-records': {
      roles: PLAN_WRITERS,
      inScope: (c) => ({ url: '/api/activity-records', body: record(c) }),
      outOfScope: {
        req: (c) => ({ url: '/api/activity-records', body: { ...record(c), planId: c.lc.plan } }),
        status: 404,
      },
    },
    'PATCH /api/activity-records/:id': {
      roles: PLAN_WRITERS,
      inScope: () => ({ url: `/api/activity-records/${crypto.randomUUID()}`, body: { version: 1 } }),
    },
    'GET /api/plans/:id/progress': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/progress` }),
      outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/progress` }), status: 404 },
    },
    'GET /api/population-denominators': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/population-denominators?year=2026' }),
    },
    'PUT /api/population-denominators': {
      roles: PLAN_WRITERS,
      inScope: (c) => ({
        url: '/api/population-denominators',
        body: { adminUnitId: c.sl.unit, year: 2026, couples: 1 },
      }),
      outOfScope: {
        req: (c) => ({
          url: '/api/population-denominators',
          body: { adminUnitId: c.lc.commune, year: 2026, couples: 1 },
        }),
        status: 400,
        field: 'adminUnitId',
      },
    },
    'GET /api/population-denominators/grid': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/population-denominators/grid?year=2026' }),
    },
    'PUT /api/population-denominators/bulk': {
      roles: PLAN_WRITERS,
      inScope: (c) => ({ url: '/api/population-denominators/bulk', body: bulkBody(c.sl.unit) }),
      outOfScope: {
        req: (c) => ({ url: '/api/population-denominators/bulk', body: bulkBody(c.lc.commune) }),
        status: 400,
        field: ['rows', 0, 'adminUnitId'],
      },
    },
    'GET /api/activity-records.xlsx': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/activity-records.xlsx?planId=${c.sl.plan}` }),
      outOfScope: { req: (c) => ({ url: `/api/activity-records.xlsx?planId=${c.lc.plan}` }), status: 404 },
    },
    'POST /api/activity-records/import': {
      roles: PLAN_WRITERS,
      inScope: (c) => ({
        url: '/api/activity-records/import',
        body: { planId: c.sl.plan, fileName: 'x.csv', contentBase64: Buffer.from('x').toString('base64') },
      }),
      outOfScope: {
        req: (c) => ({
          url: '/api/activity-records/import',
          body: { planId: c.lc.plan, fileName: 'x.csv', contentBase64: Buffer.from('x').toString('base64') },
        }),
        status: 404,
      },
    },
    'GET /api/clubs': { roles: 'authenticated', inScope: () => ({ url: '/api/clubs' }) },
    'POST /api/clubs': {
      roles: PLAN_WRITERS,
      inScope: () => ({ url: '/api/clubs', body: { name: 'CLB thử', members: 10 } }),
    },
    'PATCH /api/clubs/:id': {
      roles: PLAN_WRITERS,
      inScope: () => ({ url: `/api/clubs/${crypto.randomUUID()}`, body: { version: 1 } }),
    },
    'POST /api/population-denominators/import': {
      roles: PLAN_WRITERS,
      inScope: () => ({
        url: '/api/population-denominators/import',
        body: { fileName: 'x.csv', contentBase64: Buffer.from('x').toString('base64') },
      }),
    },
  };
}

/** Facilities, commitments, inspections, the legal catalogue and attachments (issue 6). */
function registrySpecs(): Record<string, Spec> {
  const facilityBody = (unit: number) => ({
    kind: 'pharmacy',
    name: `Nhà thuốc ${Math.random()}`,
    adminUnitId: unit,
  });
  const readOne = (path: string, key: keyof Registry): Spec => ({
    roles: 'authenticated',
    inScope: (c) => ({ url: `${path}/${c.registry.sl[key].id}` }),
    outOfScope: { req: (c) => ({ url: `${path}/${c.registry.lc[key].id}` }), status: 404 },
  });
  const writeOne = (path: string, key: keyof Registry, roles: readonly Role[], body: object): Spec => ({
    roles,
    inScope: (c) => ({ url: `${path}/${c.registry.sl[key].id}`, body: { version: 999, ...body } }),
    outOfScope: {
      req: (c) => ({
        url: `${path}/${c.registry.lc[key].id}`,
        body: { version: c.registry.lc[key].version, ...body },
      }),
      status: 404,
    },
  });
  return {
    'GET /api/facilities': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/facilities' }),
      list: () => '/api/facilities?q=ma%20tran',
      listEmptyFor: REGISTRY_OUTSIDERS,
    },
    'GET /api/facilities/:id': readOne('/api/facilities', 'facility'),
    'POST /api/facilities': {
      roles: REGISTRY_WRITERS,
      inScope: (c) => ({ url: '/api/facilities', body: facilityBody(c.sl.unit) }),
      outOfScope: {
        req: (c) => ({ url: '/api/facilities', body: facilityBody(c.lc.commune) }),
        status: 400,
        field: 'adminUnitId',
      },
    },
    'PATCH /api/facilities/:id': writeOne('/api/facilities', 'facility', REGISTRY_WRITERS, { phone: '1' }),
    'POST /api/facilities/import': {
      roles: REGISTRY_WRITERS,
      inScope: () => ({
        url: '/api/facilities/import',
        body: { fileName: 'x.csv', contentBase64: Buffer.from('x').toString('base64') },
      }),
    },
    'GET /api/health-workers': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/health-workers' }),
      list: () => '/api/health-workers?q=nguoi',
      listEmptyFor: REGISTRY_OUTSIDERS,
    },
    'GET /api/health-workers/:id': readOne('/api/health-workers', 'worker'),
    'POST /api/health-workers': {
      roles: REGISTRY_WRITERS,
      inScope: (c) => ({ url: '/api/health-workers', body: { fullName: 'A', adminUnitId: c.sl.unit } }),
      outOfScope: {
        req: (c) => ({ url: '/api/health-workers', body: { fullName: 'A', adminUnitId: c.lc.commune } }),
        status: 400,
        field: 'adminUnitId',
      },
    },
    'PATCH /api/health-workers/:id': writeOne('/api/health-workers', 'worker', REGISTRY_WRITERS, {
      workplace: 'X',
    }),
    'GET /api/commitments': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/commitments' }),
      list: () => '/api/commitments',
      listEmptyFor: REGISTRY_OUTSIDERS,
    },
    'POST /api/commitments': {
      roles: REGISTRY_WRITERS,
      inScope: (c) => ({
        url: '/api/commitments',
        body: { facilityId: c.registry.sl.facility.id, signedOn: '2026-03-01', signerName: 'A' },
      }),
      outOfScope: {
        req: (c) => ({
          url: '/api/commitments',
          body: { facilityId: c.registry.lc.facility.id, signedOn: '2026-03-01', signerName: 'A' },
        }),
        status: 400,
        field: 'facilityId',
      },
    },
    'PATCH /api/commitments/:id': writeOne('/api/commitments', 'commitment', REGISTRY_WRITERS, {
      notes: 'X',
    }),
    'GET /api/commitments/coverage': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/commitments/coverage' }),
    },
    'GET /api/inspection-plans': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/inspection-plans' }),
    },
    'GET /api/inspection-plans/:id': readOne('/api/inspection-plans', 'plan'),
    'POST /api/inspection-plans': {
      roles: ['admin', 'province_officer'],
      inScope: () => ({
        url: '/api/inspection-plans',
        body: { title: 'K', periodStart: '2026-01-01', periodEnd: '2026-02-01' },
      }),
      outOfScope: {
        req: (c) => ({
          url: '/api/inspection-plans',
          body: {
            title: 'K',
            periodStart: '2026-01-01',
            periodEnd: '2026-02-01',
            facilityIds: [c.registry.lc.facility.id],
          },
        }),
        status: 400,
        field: 'facilityIds',
      },
    },
    'PUT /api/inspection-plans/:id': writeOne(
      '/api/inspection-plans',
      'plan',
      ['admin', 'province_officer'],
      {
        title: 'K',
        periodStart: '2026-01-01',
        periodEnd: '2026-02-01',
      },
    ),
    'GET /api/inspections': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/inspections' }),
      list: () => '/api/inspections',
      listEmptyFor: REGISTRY_OUTSIDERS,
    },
    'GET /api/inspections/priorities': {
      roles: ['admin', 'province_officer', 'leader', 'inspector'],
      inScope: () => ({ url: '/api/inspections/priorities' }),
      list: () => '/api/inspections/priorities',
    },
    'GET /api/inspections/:id': readOne('/api/inspections', 'inspection'),
    'POST /api/inspections': {
      roles: INSPECTION_WRITERS,
      inScope: (c) => ({
        url: '/api/inspections',
        body: { facilityId: c.registry.sl.facility.id, inspectedOn: '2026-03-01', team: 'Đoàn' },
      }),
      outOfScope: {
        req: (c) => ({
          url: '/api/inspections',
          body: { facilityId: c.registry.lc.facility.id, inspectedOn: '2026-03-01', team: 'Đoàn' },
        }),
        status: 400,
        field: 'facilityId',
      },
    },
    'PATCH /api/inspections/:id': writeOne('/api/inspections', 'inspection', INSPECTION_WRITERS, {
      findings: 'X',
    }),
    'PATCH /api/violations/:id': writeOne('/api/violations', 'violation', INSPECTION_WRITERS, {
      followUp: 'X',
    }),
    'GET /api/facility-figures': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/facility-figures?year=2026' }),
    },
    'GET /api/facility-figures.xlsx': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/facility-figures.xlsx?year=2026' }),
    },
    'GET /api/legal-provisions': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/legal-provisions' }),
    },
    'PATCH /api/legal-provisions/:id': {
      roles: ['admin'],
      inScope: () => ({ url: `/api/legal-provisions/${crypto.randomUUID()}`, body: { version: 1 } }),
    },
    'GET /api/checklist-items': {
      roles: 'authenticated',
      inScope: () => ({ url: '/api/checklist-items?province=14' }),
    },
    'POST /api/checklist-items': {
      roles: ['admin'],
      inScope: () => ({
        url: '/api/checklist-items',
        body: { label: 'Mục thử', appliesTo: ['pharmacy'], province: '14' },
      }),
    },
    'PATCH /api/checklist-items/:id': {
      roles: ['admin'],
      inScope: () => ({ url: `/api/checklist-items/${crypto.randomUUID()}`, body: { version: 1 } }),
    },
    'POST /api/attachments': {
      roles: ['admin', 'province_officer', 'reporter', 'inspector'],
      inScope: (c) => ({
        url: '/api/attachments',
        body: {
          fileName: 'a.pdf',
          contentBase64: Buffer.from('%PDF-1').toString('base64'),
          adminUnitId: c.sl.unit,
        },
      }),
      outOfScope: {
        req: (c) => ({
          url: '/api/attachments',
          body: {
            fileName: 'a.pdf',
            contentBase64: Buffer.from('%PDF-1').toString('base64'),
            adminUnitId: c.lc.commune,
          },
        }),
        status: 400,
        field: 'adminUnitId',
      },
    },
    'GET /api/attachments/:id': {
      roles: 'authenticated',
      inScope: (c) => ({ url: `/api/attachments/${c.attachment.sl}` }),
      outOfScope: { req: (c) => ({ url: `/api/attachments/${c.attachment.lc}` }), status: 404 },
    },
  };
}

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
  'GET /api/me/bundle': { roles: 'authenticated', inScope: () => ({ url: '/api/me/bundle' }) },
  'GET /api/figures/definitions': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/figures/definitions' }),
  },
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
    roles: REFERENCE_MANAGERS,
    inScope: (c) => ({ url: '/api/admin-units', body: villageBody(c.sl.unit) }),
    outOfScope: {
      req: (c) => ({ url: '/api/admin-units', body: villageBody(c.lc.commune) }),
      status: 400,
      field: 'parentId',
    },
  },
  'PATCH /api/admin-units/:id': {
    roles: REFERENCE_MANAGERS,
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
    roles: REFERENCE_MANAGERS,
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
    roles: REFERENCE_MANAGERS,
    inScope: (c) => ({ url: `/api/organisations/${c.sl.org}`, body: { version: 999, phone: '1' } }),
    outOfScope: {
      req: (c) => ({ url: `/api/organisations/${c.lc.org}`, body: { version: 1, phone: '1' } }),
      status: 404,
    },
  },
  'POST /api/organisations/import': {
    roles: REFERENCE_MANAGERS,
    // A heading only: admitted, then refused as empty (400), nothing created.
    inScope: () => ({
      url: '/api/organisations/import',
      body: { fileName: 'a.csv', contentBase64: Buffer.from('Tên cơ quan\n').toString('base64') },
    }),
    outOfScope: {
      req: () => ({
        url: '/api/organisations/import',
        body: {
          fileName: 'a.csv',
          contentBase64: Buffer.from('Tên cơ quan,Loại,Địa bàn\nHội Nông dân,Khác,12\n').toString('base64'),
        },
      }),
      status: 400,
      field: ['line', 2, 'Địa bàn'],
    },
  },
  'GET /api/users': {
    roles: REFERENCE_MANAGERS,
    inScope: () => ({ url: '/api/users' }),
    list: () => '/api/users',
  },
  'GET /api/users/:id': {
    roles: REFERENCE_MANAGERS,
    inScope: (c) => ({ url: `/api/users/${c.sl.user}` }),
    outOfScope: { req: (c) => ({ url: `/api/users/${c.lc.user}` }), status: 404 },
  },
  'POST /api/users': {
    roles: REFERENCE_MANAGERS,
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
          password: 'Hoa-Ban-2026',
          role: 'reporter',
          organisationId: c.lc.org,
        },
      }),
      status: 400,
      field: 'organisationId',
    },
  },
  'PATCH /api/users/:id': {
    roles: REFERENCE_MANAGERS,
    inScope: (c) => ({ url: `/api/users/${c.sl.user}`, body: { version: 999, phone: '1' } }),
    outOfScope: {
      req: (c) => ({ url: `/api/users/${c.lc.user}`, body: { version: 1, active: false } }),
      status: 404,
    },
  },
  'POST /api/users/:id/reset-password': {
    roles: REFERENCE_MANAGERS,
    inScope: (c) => ({ url: `/api/users/${c.sl.user}/reset-password`, body: { password: 'ngan' } }),
    outOfScope: {
      req: (c) => ({ url: `/api/users/${c.lc.user}/reset-password`, body: { password: 'Hoa-Ban-2026' } }),
      status: 404,
    },
  },
  'POST /api/users/import': {
    roles: REFERENCE_MANAGERS,
    // A heading only: admitted, then refused as empty (400), nothing created.
    inScope: () => ({
      url: '/api/users/import',
      body: { fileName: 'a.csv', contentBase64: Buffer.from('Tên đăng nhập\n').toString('base64') },
    }),
    outOfScope: {
      req: () => ({
        url: '/api/users/import',
        body: {
          fileName: 'a.csv',
          contentBase64: Buffer.from(
            'Tên đăng nhập,Họ tên,Vai trò,Cơ quan\nngoai.tinh,X,reporter,Sở Y tế tỉnh Lai Châu\n',
          ).toString('base64'),
        },
      }),
      status: 400,
      field: ['line', 2, 'Cơ quan'],
    },
  },
  'GET /api/audit': {
    roles: REFERENCE_MANAGERS,
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
    roles: PLAN_ROUTE_WRITERS,
    inScope: (c) => ({ url: '/api/plans', body: { organisationId: c.sl.org, content: {} } }),
    outOfScope: {
      req: (c) => ({ url: '/api/plans', body: { organisationId: c.lc.org, content: c.planContent } }),
      status: 400,
      field: 'organisationId',
    },
  },
  'PUT /api/plans/:id': {
    roles: PLAN_ROUTE_WRITERS,
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
    roles: PLAN_ROUTE_WRITERS,
    inScope: (c, role) => ({ url: `/api/plans/${planFor(c, role)}/issue`, body: { version: 999 } }),
    outOfScope: { req: (c) => ({ url: `/api/plans/${c.lc.plan}/issue`, body: { version: 1 } }), status: 404 },
  },
  'POST /api/plans/:id/revise': {
    roles: PLAN_ROUTE_WRITERS,
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
  'GET /api/births/monthly/grid': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/births/monthly/grid?year=2026' }),
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
  'GET /api/births/source': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/births/source?province=14' }),
    outOfScope: { req: () => ({ url: '/api/births/source?province=12' }), status: 404 },
  },
  'PUT /api/births/source': {
    roles: MANAGERS,
    // Setting today's choice again: admitted, and nothing changes for the other rows' tests.
    inScope: () => ({ url: '/api/births/source', body: { province: '14', source: 'first_stored' } }),
    outOfScope: {
      req: () => ({ url: '/api/births/source', body: { province: '12', source: 'monthly_form' } }),
      status: 404,
    },
  },
  ...registrySpecs(),
  ...activitySpecs(),
  ...reportSpecs(),
  'GET /api/admin/provinces': { roles: ['admin'], inScope: () => ({ url: '/api/admin/provinces' }) },
  // A code outside the catalogue: refused before any job starts, so the matrix changes nothing.
  'POST /api/admin/provinces/:code': {
    roles: ['admin'],
    inScope: () => ({ url: '/api/admin/provinces/99' }),
  },
  'GET /api/admin/provinces/:code/job': {
    roles: ['admin'],
    inScope: () => ({ url: '/api/admin/provinces/99/job' }),
  },
  'GET /api/geo/:province/communes': {
    roles: 'authenticated',
    inScope: () => ({ url: '/api/geo/14/communes' }),
  },
  'GET /api/geo/provinces': { roles: 'authenticated', inScope: () => ({ url: '/api/geo/provinces' }) },
  'GET /api/national/overview': {
    roles: NATIONAL,
    inScope: () => ({ url: '/api/national/overview?year=2026' }),
  },
  'GET /api/national-targets': { roles: 'authenticated', inScope: () => ({ url: '/api/national-targets' }) },
  'POST /api/national-targets': {
    roles: NATIONAL,
    inScope: () => ({ url: '/api/national-targets', body: { year: 2025, indicator: 'srb' } }),
  },
  'PATCH /api/national-targets/:id': {
    roles: NATIONAL,
    inScope: () => ({
      url: `/api/national-targets/${crypto.randomUUID()}`,
      body: { version: 1, value: 108 },
    }),
  },
  'POST /api/plans/:id/consolidated-report/send': {
    roles: MANAGERS,
    inScope: (c) => ({ url: `/api/plans/${c.sl.draft}/consolidated-report/send`, body: { year: 2026 } }),
    outOfScope: {
      req: (c) => ({ url: `/api/plans/${c.lc.plan}/consolidated-report/send`, body: { year: 2026 } }),
      status: 404,
    },
  },
  'POST /api/plans/:id/children': {
    roles: PLAN_ROUTE_WRITERS,
    inScope: (c) => ({ url: `/api/plans/${c.sl.plan}/children`, body: { organisationId: c.sl.org } }),
    outOfScope: {
      req: (c) => ({ url: `/api/plans/${c.sl.plan}/children`, body: { organisationId: c.lc.org } }),
      status: 400,
      field: 'organisationId',
    },
  },
};

/**
 * A facility with a worker, a commitment, an inspection plan (with the province's inspectors on
 * the team, if any) and an inspection with a violation, in `unit`, made by a province officer.
 */
async function registryIn(officer: Client, unit: number): Promise<Registry> {
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): any }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(r.body);
    return r.json();
  };
  const tag = Math.random().toString(36).slice(2, 7);
  const facility = await ok(
    officer.post('/api/facilities', {
      kind: 'health_facility',
      name: `Phòng khám Ma Trận ${tag}`,
      services: ['ultrasound'],
      adminUnitId: unit,
    }),
  );
  const worker = await ok(
    officer.post('/api/health-workers', {
      fullName: `Người ${tag}`,
      adminUnitId: unit,
      facilityId: facility.id,
      services: ['ultrasound'],
    }),
  );
  const commitment = await ok(
    officer.post('/api/commitments', {
      facilityId: facility.id,
      signedOn: '2026-01-05',
      signerName: 'Ký Thay',
    }),
  );
  const inspectors = ((await officer.get('/api/users?role=inspector')).json().items ?? []) as {
    id: string;
  }[];
  const plan = await ok(
    officer.post('/api/inspection-plans', {
      title: 'Kiểm tra ma trận',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      teamUserIds: inspectors.map((u) => u.id),
      facilityIds: [facility.id],
      workerIds: [worker.id],
    }),
  );
  const provisions = (await officer.get('/api/legal-provisions')).json().items as { id: string }[];
  const inspection = await ok(
    officer.post('/api/inspections', {
      planId: plan.id,
      facilityId: facility.id,
      inspectedOn: '2026-02-01',
      team: 'Đoàn',
      violations: [
        { legalProvisionId: provisions[0].id, description: 'Vi phạm thử', offenderKind: 'individual' },
      ],
    }),
  );
  const pick = (x: { id: string; version: number }) => ({ id: x.id, version: x.version });
  return {
    facility: pick(facility),
    worker: pick(worker),
    commitment: pick(commitment),
    plan: pick(plan),
    inspection: pick(inspection),
    violation: pick(inspection.violations[0]),
  };
}

/** The draft a role may write: a reporter its own station's, the others the province's. */
function planFor(c: Ctx, role: Role): string {
  if (role === 'national_reader') return c.nationalDraft;
  return role === 'reporter' ? c.sl.stationDraft : c.sl.draft;
}

/** One demo account per role, all of Sơn La; the reporter is a commune's Trạm Y tế. */
const ACCOUNTS: Record<Role, string> = {
  admin: 'admin',
  province_admin: 'quantri-sonla',
  province_officer: 'chicuc',
  leader: 'lanhdao',
  reporter: 'tyt-03646',
  inspector: 'thanhtra',
  national_reader: 'cucdanso',
};

let t: TestApp;
let ctx: Ctx;

beforeAll(async () => {
  t = await createTestApp();
  // The second province populated (communes, bodies, users, an issued and a draft plan, births).
  const second = await addSecondProvinceFixture(t);
  const admin = await t.as('admin');
  const chicuc = await t.as('chicuc');
  const toHieu = (await chicuc.get('/api/admin-units?parent=14&q=to%20hieu')).json().items[0].id;
  const slVillage = (await chicuc.post('/api/admin-units', villageBody(toHieu))).json();
  const lcProvince = (await admin.get('/api/admin-units?level=province&province=12')).json().items[0].id;
  const lcFirstCommune = second.communes[0];
  const lcCommune = lcFirstCommune.id;
  const lcVillage = (await admin.post('/api/admin-units', villageBody(lcCommune))).json();
  const lcOrg = (await admin.get('/api/organisations?province=12&kind=population_office')).json().items[0].id;
  const lcUser = (
    await admin.post('/api/users', {
      username: 'chicuc-laichau',
      displayName: 'Cán bộ Lai Châu',
      password: 'Hoa-Ban-2026',
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
  const pdf = Buffer.from('%PDF-1.4 matrix').toString('base64');
  const registry = {
    sl: await registryIn(await t.as('chicuc'), toHieu),
    lc: await registryIn(await t.as('chicuc-laichau', 'Hoa-Ban-2026'), lcCommune),
  };
  const attachment = {
    sl: (
      await chicuc.post('/api/attachments', { fileName: 'a.pdf', contentBase64: pdf, adminUnitId: toHieu })
    ).json().id,
    lc: (
      await admin.post('/api/attachments', { fileName: 'a.pdf', contentBase64: pdf, adminUnitId: lcCommune })
    ).json().id,
  };
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
      draft: second.draftPlan,
    },
    nationalDraft: await nationalDraft(slPlanContent),
    second,
    planContent: { ...slPlanContent, number: null },
    registry,
    attachment,
  };
  // Leave a trace in Lai Châu's audit log, so that the audit list has something to leak.
  await admin.patch(`/api/organisations/${lcOrg}`, { version: 1, phone: '0213 111' });
}, 180_000); // Two provinces populated through the API: slow on a loaded machine, not a timed check.

afterAll(() => t.close());

/** Cục Dân số's own draft plan (no province's bodies in it). */
async function nationalDraft(content: Record<string, unknown>): Promise<string> {
  const reader = await t.as('cucdanso');
  const office = (await reader.get('/api/me')).json().organisationId;
  const res = await reader.post('/api/plans', {
    organisationId: office,
    content: {
      ...content,
      number: null,
      issuerOrganisationId: office,
      issuerName: 'Cục Dân số',
      activities: [],
    },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

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
          const role: Role =
            spec.roles === 'authenticated'
              ? 'reporter'
              : spec.roles.includes('province_officer')
                ? 'province_officer'
                : (spec.roles[0] as Role);
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
            if (role === 'national_reader') continue;
            const res = await send(await clientFor(role), method, out.req(ctx));
            expect(res.statusCode, role).toBe(out.status);
            if (out.field)
              expect(res.json().issues[0].path).toEqual(Array.isArray(out.field) ? out.field : [out.field]);
          }
          // The national reader reads what a province issued (national.db.test.ts), never its
          // drafts, and changes nothing of it: its target is the province's draft where there is a plan.
          if (roles.includes('national_reader')) {
            const draftCtx = { ...ctx, lc: { ...ctx.lc, plan: ctx.lc.draft } };
            const req = out.req(draftCtx);
            const res = await send(await clientFor('national_reader'), method, req);
            if (method !== 'GET') expect([400, 403, 404], 'national_reader').toContain(res.statusCode);
            else if (req.url.includes(ctx.lc.draft))
              expect(res.statusCode, 'national_reader').toBe(out.status);
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
            if (role === 'national_reader') {
              // Nothing of any province but what it issued: no draft, no registry, no account.
              const res = await send(await clientFor(role), 'GET', { url: list(ctx) });
              expect(res.statusCode).toBe(200);
              const items = res.json().items as Record<string, unknown>[];
              const leaks = items.filter(
                (i) =>
                  i.provinceCode != null &&
                  i.provinceCode !== '00' &&
                  (i.status === undefined || i.status === 'draft'),
              );
              expect(leaks, role).toEqual([]);
              continue;
            }
            const res = await send(await clientFor(role), 'GET', { url: list(ctx) });
            expect(res.statusCode).toBe(200);
            const body = JSON.stringify(res.json());
            const items = res.json().items as Record<string, unknown>[];
            if (spec.listEmptyFor?.includes(role)) expect(items, role).toEqual([]);
            else expect(items.length, role).toBeGreaterThan(0);
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

// /api/me/bundle stands for five reads of "Tháng này" (issue 16.2): each of its pieces must be what
// the route it replaces answers the same user, and so scoped like it.
describe('GET /api/me/bundle answers what the routes it replaces answer', () => {
  for (const role of ROLES) {
    it(role, async () => {
      const c = await clientFor(role);
      const res = await c.get('/api/me/bundle');
      expect(res.statusCode).toBe(200);
      const b = res.json();
      const { year, from, to } = b.month;
      expect(b.plans).toEqual((await c.get(`/api/plans?year=${year}&status=issued`)).json().items);
      expect(b.clubs).toEqual((await c.get('/api/clubs')).json().items);
      if (b.plan) {
        expect(b.plan).toEqual((await c.get(`/api/plans/${b.plan.id}`)).json());
        expect(b.records).toEqual(
          (await c.get(`/api/activity-records?planId=${b.plan.id}&from=${from}&to=${to}`)).json().items,
        );
      }
      if (role === 'reporter') {
        // The station: its own plan, its commune and that commune's villages.
        expect(b.plan.id).toBe(ctx.sl.stationPlan);
        expect(b.unit.id).toBe(ctx.sl.unit);
        expect(b.villages).toEqual(
          (await c.get(`/api/admin-units?parentId=${ctx.sl.unit}&level=village`)).json().items,
        );
        expect(b.villages.map((v: { id: number }) => v.id)).toContain(ctx.sl.village.id);
      } else {
        expect(b.unit).toBeNull();
        expect(b.villages).toEqual([]);
      }
      // The national reader reads every province's issued plans, Lai Châu's too (the plans'
      // access rows prove it sees no draft); everyone else of Sơn La reads nothing of Lai Châu.
      if (role !== 'admin' && role !== 'national_reader') {
        expect(JSON.stringify(b)).not.toContain('Lai Châu');
        expect(b.plans.filter((p: { provinceCode: string }) => p.provinceCode !== '14')).toEqual([]);
      }
      if (role === 'national_reader')
        expect(b.plans.filter((p: { status: string }) => p.status === 'draft')).toEqual([]);
    });
  }
});

// Delegated administration (issue 17 item 6): each role × each target's standing × each action.
// A manager manages only what stands below it (server/access/standing.ts); written out here
// rather than computed from ROLE_STANDING, so that a change of the rule shows up as a failure.
type Target = Role | 'self';
const MANAGES_ACCOUNTS: Record<Role, readonly Target[]> = {
  admin: ['province_admin', 'province_officer', 'leader', 'inspector', 'reporter', 'national_reader'],
  province_admin: ['province_officer', 'leader', 'inspector', 'reporter'],
  province_officer: ['reporter'],
  leader: [],
  inspector: [],
  reporter: [],
  national_reader: [],
};
/**
 * `own_office` is the province officer's (Chi cục Dân số), `health_department` the province
 * administrator's (Sở Y tế); an admin has no organisation.
 */
type OrgTarget = 'own_office' | 'health_department' | 'province_partner' | 'commune_body' | 'station';
const MANAGES_ORGANISATIONS: Record<Role, readonly OrgTarget[]> = {
  admin: ['own_office', 'health_department', 'province_partner', 'commune_body', 'station'],
  province_admin: ['own_office', 'province_partner', 'commune_body', 'station'],
  province_officer: ['province_partner', 'commune_body', 'station'],
  leader: [],
  inspector: [],
  reporter: [],
  national_reader: [],
};

describe('delegated administration', () => {
  const accounts = new Map<Target, string>();
  const orgs = new Map<OrgTarget, { id: string; kind: string; unit: number }>();
  let province: number;
  let nationalOffice: string;
  const strongPassword = () => `Suoi-Mo-${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    const admin = await clientFor('admin');
    const find = async (q: string) =>
      (await admin.get(`/api/organisations?province=14&q=${encodeURIComponent(q)}`)).json().items[0];
    const syt = await find('So Y te tinh Son La');
    const ccds = await find('Chi cuc Dan so tinh Son La');
    const press = await find('Bao va Phat thanh');
    const ubnd = (await admin.get(`/api/organisations?unit=${ctx.sl.unit}&kind=people_committee`)).json()
      .items[0];
    province = syt.adminUnitId;
    orgs.set('own_office', { id: ccds.id, kind: ccds.kind, unit: province });
    orgs.set('health_department', { id: syt.id, kind: syt.kind, unit: province });
    orgs.set('province_partner', { id: press.id, kind: press.kind, unit: province });
    orgs.set('commune_body', { id: ubnd.id, kind: ubnd.kind, unit: ctx.sl.unit });
    orgs.set('station', { id: ctx.sl.org, kind: 'commune_health_station', unit: ctx.sl.unit });
    // Targets of their own, so that locking one does not sign out the accounts the matrix uses.
    const { systemPrincipal } = await import('../../src/server/access/principal.ts');
    const { createUser } = await import('../../src/server/modules/users/users.service.ts');
    const { organisations } = await import('../../src/server/db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    // A national reader belongs to Cục Dân số, the national body, and to nothing of a province.
    const [cucDanSo] = await t.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.provinceCode, '00'));
    nationalOffice = cucDanSo.id;
    const orgOf = (role: Role) =>
      role === 'admin'
        ? null
        : role === 'reporter'
          ? ctx.sl.org
          : role === 'national_reader'
            ? cucDanSo.id
            : ccds.id;
    for (const role of ROLES) {
      const made = await createUser(t.database.db, systemPrincipal('kiểm thử'), {
        username: `dich-${role.replace('_', '-')}`,
        displayName: `Đích ${role}`,
        password: strongPassword(),
        role,
        organisationId: orgOf(role),
      });
      accounts.set(role, made.id);
    }
  });

  const version = async (url: string) => (await (await clientFor('admin')).get(url)).json().version;
  async function selfId(c: Client): Promise<string> {
    return (await c.get('/api/me')).json().id;
  }

  for (const role of ROLES) {
    for (const target of [...ROLES, 'self'] as const) {
      const allowed = MANAGES_ACCOUNTS[role].includes(target);
      it(`${role} ${allowed ? 'manages' : 'may not manage'} an account: ${target}`, async () => {
        const c = await clientFor(role);
        const id = target === 'self' ? await selfId(c) : accounts.get(target)!;
        // Admin accounts, and Cục Dân số's outside any province, are hidden from the province's
        // managers altogether (404), not merely refused.
        const hidden =
          (target === 'admin' || target === 'national_reader') &&
          (role === 'province_officer' || role === 'province_admin');
        const expectAnswer = (res: { statusCode: number; json(): { code: string } }, what: string) => {
          if (allowed) expect(res.statusCode, what).toBeLessThan(300);
          else if (hidden && what !== 'create') expect(res.statusCode, what).toBe(404);
          else {
            expect(res.statusCode, what).toBe(403);
            expect(res.json().code, what).toBe('FORBIDDEN');
          }
        };
        if (target !== 'self') {
          const created = await c.post('/api/users', {
            username: `moi-${Math.random().toString(36).slice(2, 8)}`,
            displayName: 'Người mới',
            password: strongPassword(),
            role: target,
            // A province administrator sits in a province-level body (Chi cục Dân số here).
            organisationId:
              target === 'admin'
                ? null
                : target === 'province_admin'
                  ? orgs.get('own_office')!.id
                  : target === 'national_reader'
                    ? nationalOffice
                    : ctx.sl.org,
          });
          expectAnswer(created, 'create');
        }
        const url = `/api/users/${id}`;
        // Leaders, inspectors and reporters cannot even read accounts; the write is what matters.
        expectAnswer(await c.patch(url, { version: await version(url), phone: '0212 000' }), 'edit');
        expectAnswer(await c.post(`${url}/reset-password`, { password: strongPassword() }), 'reset password');
        expectAnswer(await c.patch(url, { version: await version(url), active: false }), 'deactivate');
        if (allowed) {
          const admin = await clientFor('admin');
          await admin.patch(url, { version: await version(url), active: true });
        }
      });
    }
    for (const target of [
      'own_office',
      'health_department',
      'province_partner',
      'commune_body',
      'station',
    ] as const) {
      const allowed = MANAGES_ORGANISATIONS[role].includes(target);
      it(`${role} ${allowed ? 'manages' : 'may not manage'} an organisation: ${target}`, async () => {
        const c = await clientFor(role);
        const o = orgs.get(target)!;
        const url = `/api/organisations/${o.id}`;
        const statuses = {
          create: (
            await c.post('/api/organisations', {
              name: `Cơ quan thử ${Math.random().toString(36).slice(2, 8)}`,
              kind: o.kind,
              adminUnitId: o.unit,
            })
          ).statusCode,
          edit: (await c.patch(url, { version: await version(url), phone: '0212 111' })).statusCode,
          deactivate: (await c.patch(url, { version: await version(url), active: false })).statusCode,
        };
        const expected = allowed ? 'ok' : 403;
        // The province administrator's own office (Sở Y tế): it may add another body of that kind
        // in its province, never edit or deactivate its own.
        const ownOfficeOfProvinceAdmin = role === 'province_admin' && target === 'health_department';
        expect(Object.fromEntries(Object.entries(statuses).map(([k, s]) => [k, s < 300 ? 'ok' : s]))).toEqual(
          { create: ownOfficeOfProvinceAdmin ? 'ok' : expected, edit: expected, deactivate: expected },
        );
        if (statuses.deactivate < 300)
          await (await clientFor('admin')).patch(url, { version: await version(url), active: true });
      });
    }
  }
});

// The other way round: the second province's own officer and reporter reach nothing of Sơn La.
describe('second province', () => {
  const lcUsers = () => [ctx.second.officer.username, ctx.second.reporter.username];
  const as = (u: string) => t.as(u, SECOND_PASSWORD);

  it("reads none of Sơn La's plans, drafts, areas, bodies or accounts", async () => {
    for (const u of lcUsers()) {
      const c = await as(u);
      const codes = {
        plan: (await c.get(`/api/plans/${ctx.sl.plan}`)).statusCode,
        draft: (await c.get(`/api/plans/${ctx.sl.draft}`)).statusCode,
        area: (await c.get('/api/srb/areas/03646')).statusCode,
        births: (await c.get('/api/births/monthly?unit=03646&year=2026')).statusCode,
        facility: (await c.get(`/api/facilities/${ctx.registry.sl.facility.id}`)).statusCode,
        attachment: (await c.get(`/api/attachments/${ctx.attachment.sl}`)).statusCode,
      };
      expect(codes, u).toEqual({
        plan: 404,
        draft: 404,
        area: 404,
        births: 404,
        facility: 404,
        attachment: 404,
      });
      for (const url of ['/api/plans', '/api/organisations?includeInactive=true', '/api/facilities']) {
        const body = (await c.get(url)).json();
        const items = (body.items ?? []) as { provinceCode?: string }[];
        expect(
          items.filter((i) => i.provinceCode === '14'),
          `${u} ${url}`,
        ).toEqual([]);
        expect(JSON.stringify(body), `${u} ${url}`).not.toContain('Sơn La');
      }
      const srb = (await c.get('/api/srb/estimates')).json();
      expect(srb.province.code, u).toBe('12');
    }
  });

  it("changes nothing of Sơn La's", async () => {
    const c = await as(ctx.second.officer.username);
    const writes = {
      plan: (await c.put(`/api/plans/${ctx.sl.draft}`, { version: 1, content: ctx.planContent })).statusCode,
      issue: (await c.post(`/api/plans/${ctx.sl.draft}/issue`, { version: 1 })).statusCode,
      births: (await c.put('/api/births/monthly', monthlyBody('03646'))).statusCode,
      organisation: (await c.patch(`/api/organisations/${ctx.sl.org}`, { version: 1, phone: '1' }))
        .statusCode,
      user: (await c.patch(`/api/users/${ctx.sl.user}`, { version: 1, phone: '1' })).statusCode,
      village: (await c.post('/api/admin-units', villageBody(ctx.sl.unit))).statusCode,
      send: (await c.post(`/api/plans/${ctx.sl.plan}/consolidated-report/send`, { year: 2026 })).statusCode,
    };
    expect(writes).toEqual({
      plan: 404,
      issue: 404,
      births: 404,
      organisation: 404,
      user: 404,
      village: 400,
      send: 404,
    });
  });
});

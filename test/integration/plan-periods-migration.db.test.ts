import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import JSZip from 'jszip';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemPrincipal } from '../../src/server/access/principal.ts';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../src/server/db/migrate.ts';
import { rows } from '../../src/server/db/tx.ts';
import { ensureReferenceData } from '../../src/server/modules/org-units/reference-loader.ts';
import { exportPlan } from '../../src/server/modules/plans/plan-export.service.ts';
import {
  createPlan,
  getPlan,
  issuePlan,
  listPlans,
  planValidation,
  updatePlan,
} from '../../src/server/modules/plans/plans.service.ts';
import { planContent } from '../../src/shared/contracts/plans.ts';

// Plans written before periods (migration 0014): a database at 0013 holding plans the old way —
// a `year` column and content with `year` — an issued plan, its superseded first issue and a
// revision still in draft; then the rest of the migrations, as an installation upgrading runs
// them. Every plan must read as its one-year period, and still load, validate, save, issue and
// print as it did.

const OLD_MIGRATIONS = 14; // 0000 … 0013: the schema before plans covered periods
const system = systemPrincipal('kiểm thử');

let database: Database;
let dropDatabase: () => Promise<void> = async () => {};

/** An empty database on this run's backend (PGlite in memory, or a new PostgreSQL database). */
async function emptyDatabase(): Promise<Database> {
  if (inject('testBackend') === 'pglite') return openDatabase({});
  const url = new URL(inject('pgTemplateUrl'));
  const name = `canbang_m_${crypto.randomBytes(6).toString('hex')}`;
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  url.pathname = `/${name}`;
  dropDatabase = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  return openDatabase({ url: url.toString(), poolSize: 3 });
}

/**
 * A yearly plan's content as the service stored it before periods (parsed, its defaults filled):
 * `year`, no `period`.
 */
function oldContent(orgId: string, year: number, over: Record<string, unknown> = {}) {
  return {
    year,
    issuerOrganisationId: orgId,
    parentBodyName: 'SỞ Y TẾ TỈNH SƠN LA',
    issuerName: 'CHI CỤC DÂN SỐ (KIỂM THỬ NÂNG CẤP)',
    number: '15',
    symbol: 'KH-CCDS',
    place: 'Sơn La',
    issuedDate: `${year}-03-01`,
    title: 'KẾ HOẠCH',
    subject: `Truyền thông giảm thiểu mất cân bằng giới tính khi sinh năm ${year}`,
    legalBases: [
      {
        verb: 'Căn cứ',
        kind: 'Luật',
        number: '73/2006/QH11',
        date: '2006-11-29',
        issuer: 'Quốc hội',
        title: 'Bình đẳng giới',
      },
    ],
    purposes: ['Nâng cao nhận thức về hệ lụy của mất cân bằng giới tính khi sinh.'],
    requirements: [],
    generalObjective: [],
    targets: [
      {
        id: crypto.randomUUID(),
        indicator: 'Tỷ số giới tính khi sinh',
        comparator: 'lte',
        value: 111.2,
        unit: 'bé trai/100 bé gái',
        unitIds: [],
      },
    ],
    activities: [
      {
        id: crypto.randomUUID(),
        title: 'Nói chuyện chuyên đề tại các xã, phường',
        content: [],
        forms: [],
        audiences: [],
        leadOrganisationId: orgId,
        coordinatingOrganisationIds: [],
        coordinatingNames: [],
        placeUnitIds: [],
        start: `${year}-04-01`,
        end: `${year}-11-30`,
        outputs: [{ description: 'buổi nói chuyện', quantity: 12, unit: 'buổi' }],
        budgetLines: [
          { id: crypto.randomUUID(), item: 'Hỗ trợ báo cáo viên', sourceKey: 'dp', amount: 6_000_000 },
        ],
        children: [],
      },
    ],
    funding: {
      sources: [{ key: 'dp', name: 'Ngân sách địa phương', amount: 6_000_000 }],
      total: 6_000_000,
    },
    responsibilities: [],
    reporting: { period: 'year', deadline: `${year}-12-05`, toName: 'Sở Y tế' },
    recipients: [{ name: 'Sở Y tế (b/c)' }],
    archive: 'Lưu: VT.',
    signature: { authority: null, positionLines: ['CHI CỤC TRƯỞNG'], signerName: 'Lò Thị Mai' },
    annexes: [],
    ...over,
  };
}

async function docxParagraphs(buffer: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
  );
}

const ids = { first: crypto.randomUUID(), issued: crypto.randomUUID(), draft: crypto.randomUUID() };
let orgId: string;
let old: Record<string, ReturnType<typeof oldContent>>;

beforeAll(async () => {
  database = await emptyDatabase();
  const db = database.db;
  // The schema as it was at 0013, with the province's units as an installation had them.
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  expect(migrations[OLD_MIGRATIONS].folderMillis).toBe(1796400000000); // 0014_plan_periods comes next
  await (db as any).dialect.migrate(migrations.slice(0, OLD_MIGRATIONS), (db as any).session, {
    migrationsFolder: MIGRATIONS_FOLDER,
  });
  await ensureReferenceData(db);
  const [province] = await rows<{ id: number }>(
    db,
    sql`select id from admin_units where code = '14' and level = 'province'`,
  );
  const [org] = await rows<{ id: string }>(
    db,
    sql`insert into organisations (name, kind, admin_unit_id, province_code, sort_key, search_text)
        values ('Chi cục Dân số (kiểm thử nâng cấp)', 'population_office', ${province.id}, '14', 'zz', 'chi cuc dan so kiem thu')
        returning id`,
  );
  orgId = org.id;
  // 2024's plan issued, then revised and issued again (the first superseded); a third revision
  // is still a draft; and a 2025 plan never issued.
  old = {
    first: oldContent(orgId, 2024),
    issued: oldContent(orgId, 2024, { number: '27', issuedDate: '2024-06-10' }),
    draft: oldContent(orgId, 2024, { number: '41', issuedDate: '2024-09-02' }),
    next: oldContent(orgId, 2025, { number: null, issuedDate: null }),
  };
  const insert = (
    id: string,
    c: ReturnType<typeof oldContent>,
    status: string,
    revision: number,
    previous: string | null,
  ) =>
    db.execute(sql`insert into plans (id, organisation_id, admin_unit_id, province_code, year, status,
        revision, previous_revision_id, subject, number, symbol, issued_date, content)
      values (${id}, ${orgId}, ${province.id}, '14', ${c.year}, ${status}, ${revision}, ${previous},
        ${c.subject}, ${c.number}, ${c.symbol}, ${c.issuedDate}, ${JSON.stringify(c)}::jsonb)`);
  await insert(ids.first, old.first, 'superseded', 1, null);
  await insert(ids.issued, old.issued, 'issued', 2, ids.first);
  await insert(ids.draft, old.draft, 'draft', 3, ids.issued);
  await insert(crypto.randomUUID(), old.next, 'draft', 1, null);

  // The upgrade: what the server runs when it starts on that database.
  const { applied } = await migrateDatabase(database);
  expect(applied).toBe(migrations.length - OLD_MIGRATIONS);
}, 120_000);

afterAll(async () => {
  await database?.close();
  await dropDatabase();
});

describe('plans written before periods, after migration 0014', () => {
  it('keep their year as a one-year period, in the columns and in the content', async () => {
    const found = await rows<{
      start_year: number;
      end_year: number;
      period: unknown;
      has_year: boolean;
      status: string;
    }>(
      database.db,
      sql`select start_year, end_year, content->'period' as period, content ? 'year' as has_year, status
          from plans order by start_year, revision`,
    );
    expect(found).toEqual([
      {
        start_year: 2024,
        end_year: 2024,
        period: { start: 2024, end: 2024 },
        has_year: false,
        status: 'superseded',
      },
      {
        start_year: 2024,
        end_year: 2024,
        period: { start: 2024, end: 2024 },
        has_year: false,
        status: 'issued',
      },
      {
        start_year: 2024,
        end_year: 2024,
        period: { start: 2024, end: 2024 },
        has_year: false,
        status: 'draft',
      },
      {
        start_year: 2025,
        end_year: 2025,
        period: { start: 2025, end: 2025 },
        has_year: false,
        status: 'draft',
      },
    ]);
    // Nothing else of the content moved: it is the old JSON with `period` for `year`.
    const plan = await getPlan(database.db, system, ids.issued);
    const { year, ...rest } = old.issued;
    expect(plan.content).toEqual({ ...rest, period: { start: year, end: year } });
    // A period that ends before it starts is refused by the database itself.
    await expect(
      database.db.execute(sql`update plans set end_year = 2023 where id = ${ids.issued}`),
    ).rejects.toThrow();
  });

  it('load and validate as the current form, and are listed under their year', async () => {
    for (const id of Object.values(ids)) {
      const plan = await getPlan(database.db, system, id);
      // The stored JSON is already in today's form: parsing it changes nothing.
      expect(planContent.parse(plan.content)).toEqual(plan.content);
      expect(await planValidation(database.db, system, id)).toEqual([]);
    }
    const in2024 = await listPlans(database.db, system, { year: 2024 });
    expect(in2024.map((p) => [p.revision, p.status, p.startYear, p.endYear])).toEqual([
      [3, 'draft', 2024, 2024],
      [2, 'issued', 2024, 2024],
      [1, 'superseded', 2024, 2024],
    ]);
    expect((await listPlans(database.db, system, { year: 2025 })).map((p) => p.endYear)).toEqual([2025]);
  });

  it('print as the same plan entered today, with its year and no period', async () => {
    const migrated = await docxParagraphs((await exportPlan(database.db, system, ids.issued, 'docx')).data);
    expect(migrated).toContain('Truyền thông giảm thiểu mất cân bằng giới tính khi sinh năm 2024');
    expect(migrated).toContain('Sơn La, ngày 10 tháng 6 năm 2024');
    expect(migrated.join('\n')).not.toMatch(/giai đoạn/);
    expect(migrated.join('\n')).toContain('111,2');
    // The same old JSON given to today's service (a file exported before the upgrade).
    const today = await createPlan(database.db, system, {
      organisationId: orgId,
      content: planContent.parse(old.issued),
    });
    expect(today.content.period).toEqual({ start: 2024, end: 2024 });
    expect(await docxParagraphs((await exportPlan(database.db, system, today.id, 'docx')).data)).toEqual(
      migrated,
    );
  });

  it('let the draft revision be saved and issued, superseding the plan it revises', async () => {
    const draft = await getPlan(database.db, system, ids.draft);
    const saved = await updatePlan(database.db, system, ids.draft, {
      version: draft.version,
      content: { ...draft.content, subject: `${draft.content.subject} (điều chỉnh)` },
    });
    expect(saved.content.period).toEqual({ start: 2024, end: 2024 });
    const issued = await issuePlan(database.db, system, ids.draft, { version: saved.version });
    expect(issued.status).toBe('issued');
    expect((await getPlan(database.db, system, ids.issued)).status).toBe('superseded');
    const [row] = await rows<{ start_year: number; end_year: number; subject: string }>(
      database.db,
      sql`select start_year, end_year, subject from plans where id = ${ids.draft}`,
    );
    expect(row).toEqual({
      start_year: 2024,
      end_year: 2024,
      subject: 'Truyền thông giảm thiểu mất cân bằng giới tính khi sinh năm 2024 (điều chỉnh)',
    });
  });
});

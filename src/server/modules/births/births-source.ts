import { and, eq, isNull } from 'drizzle-orm';
import type { BirthsSource, BirthsSourceDto } from '../../../shared/contracts/srb.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { provinceInScope, requireInScope, requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, appMeta } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { recordEvent } from '../audit/audit-events.ts';
import { lockProvinceBirths } from './births-once.ts';

// Which source of births counts for a province (issue 17): the station's monthly form or the
// province's import file, chosen by the province. Stored in app_meta (one key per province) so no
// migration is needed; the change is written to the audit log as an event.
//
// The rule, kept at write time so that counting never has to choose between two stored sources:
// - `monthly_form`: birth files are refused for the province; stations enter monthly forms.
// - `province_import`: monthly forms are refused; the province's files carry the births.
// - `first_stored` (default): both are accepted, the first stored for a commune-month counts.
// In every case a commune-month already counted by one source refuses the other
// (requireNoOtherSource), so switching never makes a month count twice: months stored before the
// switch keep counting from their source until that batch is withdrawn.

const CHANGERS = ['admin', 'province_officer'] as const;
const key = (provinceCode: string) => `births-source:${provinceCode}`;

type Stored = { source: BirthsSource; changedBy: string; changedByName?: string; changedAt: string };

export async function birthsSourceOf(db: Db, provinceCode: string): Promise<BirthsSource> {
  const [row] = await db
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, key(provinceCode)));
  return (row?.value as Stored | undefined)?.source ?? 'first_stored';
}

async function provinceOf(db: Db, p: Principal, code: string | undefined) {
  const provinceCode = code ?? p.provinceCode;
  if (!provinceCode)
    throw new AppError('VALIDATION', {
      detail: 'Tỉnh: hãy chọn tỉnh (mã 2 chữ số).',
      issues: [{ path: ['province'], message: 'Hãy chọn tỉnh.' }],
    });
  requireInScope(provinceInScope(p, provinceCode));
  const [unit] = await db
    .select({ code: adminUnits.code, name: adminUnits.name })
    .from(adminUnits)
    .where(
      and(eq(adminUnits.code, provinceCode), eq(adminUnits.level, 'province'), isNull(adminUnits.validTo)),
    );
  requireInScope(!!unit);
  return { code: provinceCode, name: unit.name };
}

export async function getBirthsSource(db: Db, p: Principal, code?: string): Promise<BirthsSourceDto> {
  const province = await provinceOf(db, p, code);
  const [row] = await db
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, key(province.code)));
  const stored = row?.value as Stored | undefined;
  return {
    province,
    source: stored?.source ?? 'first_stored',
    changedBy: stored?.changedBy ?? null,
    changedByName: stored?.changedByName ?? stored?.changedBy ?? null,
    changedAt: stored?.changedAt ?? null,
    canChange: (CHANGERS as readonly string[]).includes(p.role),
  };
}

export async function setBirthsSource(
  db: Db,
  p: Principal,
  input: { province: string; source: BirthsSource },
): Promise<BirthsSourceDto> {
  requireRole(p, CHANGERS);
  const province = await provinceOf(db, p, input.province);
  const before = await birthsSourceOf(db, province.code);
  if (before !== input.source)
    await withActor(db, actorOf(p), async (tx) => {
      // The births lock: a form or import being stored finishes under the old choice first.
      await lockProvinceBirths(tx, province.code);
      const value: Stored = {
        source: input.source,
        changedBy: p.username,
        changedByName: p.displayName,
        changedAt: new Date().toISOString(),
      };
      await tx
        .insert(appMeta)
        .values({ key: key(province.code), value })
        .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: new Date() } });
      await recordEvent(tx, {
        action: 'update',
        entity: 'births_source',
        entityId: province.code,
        actorId: p.system ? null : p.userId,
        actorUsername: p.username,
        ip: p.ip,
        detail: { before, after: input.source },
      });
    });
  return getBirthsSource(db, p, province.code);
}

const SOURCE_VI: Record<Exclude<BirthsSource, 'first_stored'>, string> = {
  monthly_form: 'biểu sinh hằng tháng của trạm y tế',
  province_import: 'tệp số liệu sinh do tỉnh nhập',
};

/**
 * Refuses a write of births from `incoming` when the province counts the other source. Called
 * under the province's births lock, so a change of the setting and a write meet in order.
 */
export async function requireCountingSource(
  tx: Db,
  provinceCode: string,
  incoming: Exclude<BirthsSource, 'first_stored'>,
): Promise<void> {
  const source = await birthsSourceOf(tx, provinceCode);
  if (source === 'first_stored' || source === incoming) return;
  throw new AppError('VALIDATION', {
    detail: `Nguồn số trẻ sinh được tính của tỉnh là ${SOURCE_VI[source]}, nên ${SOURCE_VI[incoming]} không được nhận (tránh tính hai lần). Cán bộ tỉnh đổi nguồn này ở trang Nhập số liệu sinh. Không có gì được lưu.`,
    issues: [{ path: ['source'], message: `Tỉnh chỉ tính ${SOURCE_VI[source]}.` }],
  });
}

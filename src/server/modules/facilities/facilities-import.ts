import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  FACILITY_IMPORT_HEADINGS,
  FACILITY_KIND_LABELS,
  FACILITY_SERVICE_LABELS,
  FACILITY_STATUS_LABELS,
  type FacilityKind,
  type FacilityService,
  type FacilityStatus,
} from '../../../shared/contracts/facilities.ts';
import { AppError, type ErrorIssue, rowIssuesError } from '../../../shared/errors.ts';
import { foldVietnamese, normaliseName, vnSortKey } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, facilities } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { readTable } from '../../files/read-table.ts';
import { requireRegistryWriter } from './facilities.policy.ts';

// Importing a facility list (XLSX or CSV) kept by the Chi cục or a Trạm Y tế. Every wrong cell is
// named by line and column, and nothing is saved while one is wrong. An entry is matched by its
// licence number (else by kind, name and commune): importing the same list again updates the
// entries, it never doubles them.

/** Accepted headings: the Vietnamese labels of the template, or their plain ASCII keys. */
const COLUMNS = {
  kind: ['loai', 'loai co so'],
  name: ['ten', 'ten co so'],
  licenceNumber: ['so giay phep', 'giay phep'],
  ownership: ['hinh thuc', 'cong lap/tu nhan'],
  services: ['dich vu'],
  communeCode: ['ma xa', 'ma xa, phuong', 'ma xa phuong'],
  village: ['thon ban', 'thon, ban', 'thon, ban, to'],
  address: ['dia chi'],
  headName: ['nguoi dung dau', 'nguoi phu trach'],
  phone: ['dien thoai', 'so dien thoai'],
  status: ['trang thai'],
} as const;
type Column = keyof typeof COLUMNS;

const key = (s: string) => foldVietnamese(s).replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();

const lookup = <T extends string>(labels: Record<T, string>, extra: Record<string, T> = {}) => {
  const m = new Map<string, T>(Object.entries(extra) as [string, T][]);
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    m.set(key(label), code);
    m.set(key(code), code);
  }
  return m;
};
const KINDS = lookup<FacilityKind>(FACILITY_KIND_LABELS, {
  'phong kham': 'health_facility',
  'benh vien': 'health_facility',
  'nha thuoc': 'pharmacy',
  'quay thuoc': 'pharmacy',
  'hieu sach': 'bookstore',
  'nha sach': 'bookstore',
});
const SERVICES = lookup<FacilityService>(FACILITY_SERVICE_LABELS);
const STATUSES = lookup<FacilityStatus>(FACILITY_STATUS_LABELS, {
  'hoat dong': 'active',
  'tam dinh chi': 'suspended',
  'dong cua': 'closed',
});
const OWNERSHIPS = new Map([
  ['cong lap', 'public' as const],
  ['tu nhan', 'private' as const],
  ['public', 'public' as const],
  ['private', 'private' as const],
]);

export interface FacilityImportResult {
  created: number;
  updated: number;
  rows: number;
}

export async function importFacilities(
  db: Db,
  p: Principal,
  file: { fileName: string; content: Buffer },
): Promise<FacilityImportResult> {
  requireRegistryWriter(p);
  const table = await readTable(file.fileName, file.content);
  if (table.length < 2) throw new AppError('VALIDATION', { detail: 'Tệp không có dòng dữ liệu nào.' });
  const header = table[0].map(key);
  const index = {} as Record<Column, number>;
  for (const [col, names] of Object.entries(COLUMNS) as [Column, readonly string[]][])
    index[col] = header.findIndex((h) => names.includes(h));
  const missing = (['kind', 'name', 'communeCode'] as Column[]).filter((c) => index[c] < 0);
  if (missing.length)
    throw new AppError('VALIDATION', {
      detail: `Dòng 1: thiếu cột ${missing.map((c) => FACILITY_IMPORT_HEADINGS[Object.keys(COLUMNS).indexOf(c)]).join(', ')}.`,
    });

  const communes = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.level, 'commune'), isNull(adminUnits.validTo)));
  const villages = await db.select().from(adminUnits).where(eq(adminUnits.level, 'village'));
  const issues: ErrorIssue[] = [];
  const problem = (line: number, column: string, message: string) =>
    issues.push({ path: ['line', line, column], message: `Dòng ${line}, cột ${column}: ${message}` });
  const parsed = table.slice(1).map((r, i) => {
    const line = i + 2;
    const cell = (c: Column) => (index[c] >= 0 ? (r[index[c]] ?? '').trim() : '');
    const kind = KINDS.get(key(cell('kind')));
    if (!kind)
      problem(
        line,
        'Loại',
        `"${cell('kind')}" không phải loại cơ sở (${Object.values(FACILITY_KIND_LABELS).join('; ')}).`,
      );
    const name = normaliseName(cell('name'));
    if (!name) problem(line, 'Tên cơ sở', 'còn trống.');
    const services = cell('services')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const code = SERVICES.get(key(s));
        if (!code)
          problem(
            line,
            'Dịch vụ',
            `"${s}" không phải dịch vụ (${Object.values(FACILITY_SERVICE_LABELS).join(', ')}).`,
          );
        return code;
      })
      .filter((s): s is FacilityService => !!s);
    const ownershipText = cell('ownership');
    const ownership = ownershipText ? OWNERSHIPS.get(key(ownershipText)) : null;
    if (ownershipText && !ownership)
      problem(line, 'Hình thức', `"${ownershipText}": ghi "Công lập" hoặc "Tư nhân".`);
    const statusText = cell('status');
    const status = statusText ? STATUSES.get(key(statusText)) : 'active';
    if (!status)
      problem(
        line,
        'Trạng thái',
        `"${statusText}": ghi "Đang hoạt động", "Tạm đình chỉ" hoặc "Đã đóng cửa".`,
      );
    const commune = communes.find((c) => c.code === cell('communeCode'));
    if (!commune)
      problem(line, 'Mã xã, phường', `không có xã, phường hiện hành mã "${cell('communeCode')}".`);
    else if (!unitInScope(p, commune.path) || (p.provinceCode && commune.provinceCode !== p.provinceCode))
      problem(line, 'Mã xã, phường', `${commune.name} nằm ngoài phạm vi của bạn.`);
    const villageText = cell('village');
    const village = villageText
      ? villages.find(
          (v) => v.parentId === commune?.id && foldVietnamese(v.name) === foldVietnamese(villageText),
        )
      : undefined;
    if (villageText && commune && !village)
      problem(line, 'Thôn, bản', `${commune.name} không có thôn, bản "${villageText}".`);
    return {
      line,
      kind: kind!,
      name,
      licenceNumber: cell('licenceNumber') || null,
      ownership: ownership ?? null,
      services: [...new Set(services)],
      commune: commune!,
      villageUnitId: village?.id ?? null,
      address: cell('address') || null,
      headName: cell('headName') || null,
      phone: cell('phone') || null,
      status: status!,
    };
  });
  const seen = new Map<string, number>();
  for (const r of parsed) {
    if (!r.licenceNumber || !r.kind) continue;
    const k = `${r.kind}|${r.licenceNumber}`;
    if (seen.has(k)) problem(r.line, 'Số giấy phép', `trùng với dòng ${seen.get(k)}.`);
    else seen.set(k, r.line);
  }
  const existing = await db.select().from(facilities);
  const matches = parsed.map((r) =>
    existing.find(
      (f) =>
        f.provinceCode === r.commune?.provinceCode &&
        f.kind === r.kind &&
        (r.licenceNumber
          ? f.licenceNumber === r.licenceNumber
          : !f.licenceNumber &&
            f.adminUnitId === r.commune.id &&
            foldVietnamese(f.name) === foldVietnamese(r.name)),
    ),
  );
  matches.forEach((m, i) => {
    const home = m && communes.find((c) => c.id === m.adminUnitId);
    // A commune's list must not take over another commune's entry that has the same licence,
    // nor learn where that entry is: the message names no place.
    if (m && (!home || !unitInScope(p, home.path)))
      problem(
        parsed[i].line,
        'Số giấy phép',
        'số giấy phép này đã được dùng cho một cơ sở khác ngoài phạm vi của bạn; hãy kiểm tra lại số giấy phép.',
      );
  });
  if (issues.length) throw rowIssuesError(issues);

  let created = 0;
  let updated = 0;
  await withActor(db, actorOf(p), async (tx) => {
    for (const [i, r] of parsed.entries()) {
      const match = matches[i];
      const values = {
        kind: r.kind,
        name: r.name,
        licenceNumber: r.licenceNumber,
        ownership: r.ownership,
        services: r.services,
        adminUnitId: r.commune.id,
        villageUnitId: r.villageUnitId,
        address: r.address,
        headName: r.headName,
        phone: r.phone,
        status: r.status,
        sortKey: vnSortKey(r.name),
        searchText: foldVietnamese(
          [r.name, r.licenceNumber, r.address, r.headName].filter(Boolean).join(' '),
        ),
      };
      if (match) {
        // A list for one commune must not take over another commune's entry with the same licence.
        if (!unitInScope(p, r.commune.path)) continue;
        await tx
          .update(facilities)
          // A new version: someone editing this facility in the app gets a conflict, not an overwrite.
          .set({ ...values, updatedAt: new Date(), version: sql`${facilities.version} + 1` })
          .where(eq(facilities.id, match.id));
        updated++;
      } else {
        await tx.insert(facilities).values({ ...values, provinceCode: r.commune.provinceCode });
        created++;
      }
    }
  });
  return { created, updated, rows: parsed.length };
}

import { and, eq, isNull, ne } from 'drizzle-orm';
import { AppError, rowIssuesError } from '../../../shared/errors.ts';
import {
  kindLevelProblem,
  ORGANISATION_KIND_CODES,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../../../shared/organisation-kinds.ts';
import { MANAGER_ROLES } from '../../../shared/roles.ts';
import { foldVietnamese, normaliseName, vnSortKey } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireRole, unitInScope } from '../../access/scope.ts';
import { organisationRefusal } from '../../access/standing.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, organisations } from '../../db/schema/index.ts';
import { withActor } from '../../db/tx.ts';
import { readTable } from '../../files/read-table.ts';
import { findColumns, headingKey, rowProblems } from '../../files/table-columns.ts';
import { checkKindAndName, organisationSearchText } from './organisations.service.ts';

// Bulk import of organisations (issue 14 item 5): a province's departments, committees and
// stations from one XLSX/CSV. All or nothing: every wrong cell is named by line and column; the
// same rules as one by one (kind against the unit's level, a name that names no other province,
// a parent in the same province, the importer's standing).

export const ORGANISATIONS_IMPORT_MAX_ROWS = 5000;

export const ORGANISATION_IMPORT_COLUMNS = {
  name: { heading: 'Tên cơ quan', also: ['ten', 'co quan'] },
  abbreviation: { heading: 'Tên viết tắt', also: ['viet tat'] },
  kind: { heading: 'Loại', also: ['loai co quan', 'kind'] },
  unit: { heading: 'Địa bàn', also: ['ma dia ban', 'dia ban (ten hoac ma)'] },
  parent: { heading: 'Cơ quan chủ quản', also: ['chu quan'] },
  headName: { heading: 'Người đứng đầu', also: ['thu truong'] },
  address: { heading: 'Địa chỉ' },
  phone: { heading: 'Điện thoại', also: ['so dien thoai'] },
  email: { heading: 'Thư điện tử', also: ['email'] },
} as const;
type Column = keyof typeof ORGANISATION_IMPORT_COLUMNS;

const KIND_BY_NAME = new Map<string, OrganisationKind>();
for (const k of ORGANISATION_KIND_CODES)
  for (const n of [k, ORGANISATION_KINDS[k].vi, ORGANISATION_KINDS[k].en]) KIND_BY_NAME.set(headingKey(n), k);

interface ImportRow {
  line: number;
  name: string;
  kind: OrganisationKind;
  unit: typeof adminUnits.$inferSelect | undefined;
  /** An organisation already stored, or one on an earlier line of the file. */
  parent: { id?: string; line?: number } | null;
  abbreviation: string | null;
  headName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export async function importOrganisations(
  db: Db,
  p: Principal,
  file: { fileName: string; content: Buffer },
): Promise<{ created: number }> {
  requireRole(p, MANAGER_ROLES);
  const table = await readTable(file.fileName, file.content);
  if (table.length < 2) throw new AppError('VALIDATION', { detail: 'Tệp không có dòng dữ liệu nào.' });
  if (table.length - 1 > ORGANISATIONS_IMPORT_MAX_ROWS)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail: `Tệp có hơn ${ORGANISATIONS_IMPORT_MAX_ROWS} cơ quan; hãy chia thành nhiều tệp.`,
    });
  const index = findColumns<Column>(table[0], ORGANISATION_IMPORT_COLUMNS, ['name', 'kind', 'unit']);
  const col = (c: Column) => ORGANISATION_IMPORT_COLUMNS[c].heading;
  const units = (
    await db
      .select()
      .from(adminUnits)
      .where(and(isNull(adminUnits.validTo), ne(adminUnits.level, 'village')))
  ).filter((u) => unitInScope(p, u.path));
  const existing = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      provinceCode: organisations.provinceCode,
      adminUnitId: organisations.adminUnitId,
    })
    .from(organisations);

  const problems = rowProblems();
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  for (const [i, r] of table.slice(1).entries()) {
    const line = i + 2;
    const cell = (c: Column) => (index[c] >= 0 ? (r[index[c]] ?? '').trim() : '');
    const name = normaliseName(cell('name'));
    if (name.length < 2) problems.add(line, col('name'), 'còn trống hoặc quá ngắn.');
    const kind = KIND_BY_NAME.get(headingKey(cell('kind')));
    if (!kind) problems.add(line, col('kind'), `"${cell('kind')}" không phải loại cơ quan.`);
    const unitText = cell('unit');
    const found = units.filter(
      (u) => u.code === unitText || foldVietnamese(u.name) === foldVietnamese(unitText),
    );
    const unit = found.length === 1 ? found[0] : undefined;
    if (!found.length)
      problems.add(
        line,
        col('unit'),
        `không có địa bàn "${unitText}" trong phạm vi của bạn (ghi tên đầy đủ hoặc mã).`,
      );
    else if (found.length > 1)
      problems.add(line, col('unit'), `có ${found.length} địa bàn tên "${unitText}"; hãy ghi mã địa bàn.`);
    if (unit && kind) {
      const levelProblem = kindLevelProblem(kind, unit.level);
      if (levelProblem) problems.add(line, col('kind'), levelProblem);
      else
        await checkKindAndName(db, unit, kind, name).catch((e: AppError) =>
          problems.add(line, col('name'), e.issues?.[0]?.message ?? e.message),
        );
      const refusal = organisationRefusal(p, { id: null, name, kind, unitPath: unit.path });
      if (refusal) problems.add(line, col('kind'), refusal);
    }
    if (unit) {
      const key = `${unit.id}|${foldVietnamese(name)}`;
      if (seen.has(key)) problems.add(line, col('name'), `trùng với dòng ${seen.get(key)}.`);
      else if (
        existing.some((o) => o.adminUnitId === unit.id && foldVietnamese(o.name) === foldVietnamese(name))
      )
        problems.add(line, col('name'), `"${name}" đã có ở ${unit.name}.`);
      seen.set(key, line);
    }
    const parentText = cell('parent');
    let parent: { id?: string; line?: number } | null = null;
    if (parentText && unit) {
      const inFile = rows.find(
        (x) =>
          x.unit?.provinceCode === unit.provinceCode && foldVietnamese(x.name) === foldVietnamese(parentText),
      );
      const inDb = existing.filter(
        (o) => o.provinceCode === unit.provinceCode && foldVietnamese(o.name) === foldVietnamese(parentText),
      );
      if (inFile) parent = { line: inFile.line };
      else if (inDb.length === 1) parent = { id: inDb[0].id };
      else
        problems.add(
          line,
          col('parent'),
          `không có cơ quan "${parentText}" trong cùng tỉnh (ở tệp, dòng trên, hoặc đã có).`,
        );
    }
    rows.push({
      line,
      name,
      kind: kind!,
      unit,
      parent,
      abbreviation: cell('abbreviation') || null,
      headName: cell('headName') || null,
      address: cell('address') || null,
      phone: cell('phone') || null,
      email: cell('email') || null,
    });
  }
  if (problems.issues.length) throw rowIssuesError(problems.issues);

  await withActor(db, actorOf(p), async (tx) => {
    const idOfLine = new Map<number, string>();
    for (const r of rows) {
      const [row] = await tx
        .insert(organisations)
        .values({
          name: r.name,
          abbreviation: r.abbreviation,
          kind: r.kind,
          adminUnitId: r.unit!.id,
          parentId: r.parent ? (r.parent.id ?? idOfLine.get(r.parent.line!)!) : null,
          provinceCode: r.unit!.provinceCode,
          headName: r.headName,
          address: r.address,
          phone: r.phone,
          email: r.email,
          sortKey: vnSortKey(r.name),
          searchText: organisationSearchText(r.name, r.abbreviation),
        })
        .returning({ id: organisations.id });
      idOfLine.set(r.line, row.id);
    }
  });
  return { created: rows.length };
}

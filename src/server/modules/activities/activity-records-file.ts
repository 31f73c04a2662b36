import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  type ActivityKind,
  type ActivityMeasures,
  type ActivityRecordDto,
  activityRecordInput,
  MEDIA_CHANNEL_LABELS,
  MEDIA_CHANNELS,
} from '../../../shared/contracts/activity-records.ts';
import type { PlanContent } from '../../../shared/contracts/plans.ts';
import { AppError, type ErrorIssue, rowIssuesError } from '../../../shared/errors.ts';
import { formatDateVi, parseDateVi } from '../../../shared/format/index.ts';
import { decimalStyle, parseCount, parseMeasure } from '../../../shared/parse-number.ts';
import { periodText } from '../../../shared/plans/period.ts';
import { foldVietnamese } from '../../../shared/text/index.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireRole } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { activityRecords } from '../../db/schema/index.ts';
import { rows as sqlRows, withActor } from '../../db/tx.ts';
import { readTable } from '../../files/read-table.ts';
import { numberActivities } from '../plans/plan-tree.ts';
import { loadPlan } from '../plans/plans.service.ts';
import {
  listActivityRecords,
  recordColumns,
  rootActivityOf,
  validateRecord,
} from './activity-records.service.ts';

// Activity records as a spreadsheet: one row per record, the activity named by its number in
// the plan ("1.2"); the kind's measures in a few shared columns. Export and import use the same
// columns, so an exported file can be corrected and imported again. Import is all-or-nothing and
// a row already imported (same plan, same cells) is not stored twice.

const COLUMNS = [
  ['number', 'STT hoạt động'],
  ['start', 'Từ ngày'],
  ['end', 'Đến ngày'],
  ['commune', 'Mã xã, phường'],
  ['total', 'Tổng số người'],
  ['men', 'Nam'],
  ['women', 'Nữ'],
  ['couples', 'Cặp vợ chồng'],
  ['adolescents', 'Vị thành niên, thanh niên'],
  ['result', 'Kết quả'],
  ['quantity', 'Số lượng'],
  ['unit', 'Đơn vị tính'],
  ['cost', 'Kinh phí (đồng)'],
  ['times', 'Số lượt, buổi'],
  ['minutes', 'Số phút'],
  ['days', 'Số ngày'],
  ['trainees', 'Số học viên'],
  ['households', 'Số hộ'],
  ['channel', 'Kênh'],
  ['school', 'Trường'],
  ['classes', 'Số lớp'],
  ['material', 'Loại sản phẩm'],
  ['club', 'Câu lạc bộ'],
  ['members', 'Số thành viên'],
  ['notes', 'Ghi chú'],
  // The record's identity: an exported file imported back (after corrections or not) recognises
  // its rows and never stores them a second time.
  ['id', 'Mã bản ghi (không sửa)'],
] as const;
type Col = (typeof COLUMNS)[number][0];
/** Measures that may have a decimal part (1,5 days); every other number is a count. */
const DECIMAL_COLUMNS = new Set<Col>(['days', 'quantity']);
const label = (c: Col) => COLUMNS.find(([k]) => k === c)![1];

function measuresFrom(kind: ActivityKind, v: (c: Col) => string, n: (c: Col) => number | null): unknown {
  const times = n('times');
  switch (kind) {
    case 'media': {
      const channel =
        MEDIA_CHANNELS.find(
          (ch) => foldVietnamese(MEDIA_CHANNEL_LABELS[ch]) === foldVietnamese(v('channel')),
        ) ?? (v('channel') ? v('channel') : 'loudspeaker');
      return { kind, items: [{ channel, count: times, minutes: n('minutes') }] };
    }
    case 'conference':
      return { kind, sessions: times };
    case 'school_session':
      return { kind, school: v('school'), classes: n('classes') ?? 0, sessions: times };
    case 'iec_material':
      return {
        kind,
        materialKind: v('material'),
        title: v('result'),
        produced: n('quantity') ?? 0,
        distributed: [],
      };
    case 'club':
      return {
        kind,
        clubName: v('club'),
        school: v('school') || null,
        members: n('members') ?? 0,
        meetings: times,
      };
    case 'commitment_conference':
      return { kind, signers: times ?? 0, facilityIds: [] };
    case 'training':
      return { kind, days: n('days'), trainees: n('trainees') };
    case 'counselling':
      return { kind, households: n('households') ?? 0, couples: n('couples') ?? 0, visits: times ?? 0 };
    case 'special_day':
      return { kind, day: ['11/10', '1/10'].includes(v('notes')) ? v('notes') : 'other', events: times };
    case 'supervision':
      return { kind, unitsVisited: times };
    case 'integration':
      return { kind, meetings: times };
    case 'survey':
      return { kind, respondents: times ?? 0 };
    default:
      return { kind: 'other' };
  }
}

/** The measure columns of a record, for the export. */
function measureCells(m: ActivityMeasures): Partial<Record<Col, string | number | null>> {
  switch (m.kind) {
    case 'media':
      return {
        times: m.items[0]?.count,
        minutes: m.items[0]?.minutes ?? null,
        channel: MEDIA_CHANNEL_LABELS[m.items[0]?.channel],
      };
    case 'conference':
      return { times: m.sessions };
    case 'school_session':
      return { school: m.school, classes: m.classes, times: m.sessions };
    case 'iec_material':
      return { material: m.materialKind };
    case 'club':
      return { club: m.clubName, school: m.school ?? null, members: m.members, times: m.meetings };
    case 'commitment_conference':
      return { times: m.signers };
    case 'training':
      return { days: m.days, trainees: m.trainees };
    case 'counselling':
      return { households: m.households, couples: m.couples, times: m.visits };
    case 'special_day':
      return { times: m.events, notes: m.day === 'other' ? null : m.day };
    case 'supervision':
      return { times: m.unitsVisited };
    case 'integration':
      return { times: m.meetings };
    case 'survey':
      return { times: m.respondents };
    default:
      return {};
  }
}

const communesOf = (db: Db, provinceCode: string) =>
  sqlRows<{ id: number; code: string }>(
    db,
    sql`select id, code from admin_units where level = 'commune' and valid_to is null and province_code = ${provinceCode}`,
  );

export async function exportActivityRecords(db: Db, p: Principal, planId: string) {
  const plan = await loadPlan(db, p, planId);
  const numbers = new Map(
    numberActivities((plan.content as PlanContent).activities).map((n) => [n.activity.id, n.number]),
  );
  const records: ActivityRecordDto[] = (await listActivityRecords(db, p, { planId, limit: 100_000 })).filter(
    (r) => numbers.has(r.activityId),
  );
  const codes = new Map((await communesOf(db, plan.provinceCode)).map((c) => [c.id, c.code]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cân Bằng';
  const ws = wb.addWorksheet('Hoạt động đã thực hiện', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map(([key, header]) => ({ key, header, width: Math.max(12, header.length + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const r of records) {
    ws.addRow({
      number: numbers.get(r.activityId),
      start: formatDateVi(r.startDate),
      end: formatDateVi(r.endDate),
      commune: r.communeUnitId ? codes.get(r.communeUnitId) : '',
      total: r.participants.total,
      men: r.participants.men ?? null,
      women: r.participants.women ?? null,
      couples: r.participants.groups.couples ?? null,
      adolescents: r.participants.groups.adolescents ?? null,
      result: r.outputs[0]?.description ?? (r.measures.kind === 'iec_material' ? r.measures.title : ''),
      quantity: r.outputs[0]?.quantity ?? (r.measures.kind === 'iec_material' ? r.measures.produced : null),
      unit: r.outputs[0]?.unit ?? '',
      cost: r.cost,
      notes: r.notes ?? '',
      id: r.id,
      ...measureCells(r.measures),
    });
  }
  ws.getColumn('cost').numFmt = '#,##0';
  return {
    data: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: `hoat-dong-da-thuc-hien-${periodText(plan.content.period)}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

export async function importActivityRecords(
  db: Db,
  p: Principal,
  planId: string,
  file: { fileName: string; content: Buffer },
): Promise<{ rows: number; created: number; skipped: number }> {
  requireRole(p, ['admin', 'province_officer', 'reporter']);
  const plan = await loadPlan(db, p, planId);
  if (plan.status !== 'issued')
    throw new AppError('VALIDATION', { detail: 'Chỉ nhập hoạt động cho kế hoạch đã ban hành.' });
  const content = plan.content as PlanContent;
  const byNumber = new Map(numberActivities(content.activities).map((n) => [n.number, n.activity]));
  const table = await readTable(file.fileName, file.content);
  if (table.length < 2) throw new AppError('VALIDATION', { detail: 'Tệp không có dòng dữ liệu nào.' });
  const head = table[0].map((h) => foldVietnamese(h));
  const index = new Map<Col, number>(
    COLUMNS.map(([k, h]) => [k, head.findIndex((x) => x === foldVietnamese(h) || x === k)]),
  );
  if ((index.get('number') ?? -1) < 0 || (index.get('start') ?? -1) < 0)
    throw new AppError('VALIDATION', { detail: 'Dòng 1: cần ít nhất cột "STT hoạt động" và "Từ ngày".' });
  const communes = await communesOf(db, plan.provinceCode);
  const issues: ErrorIssue[] = [];
  const decimals = decimalStyle(
    table
      .slice(1)
      .flatMap((r) => [...DECIMAL_COLUMNS].map((c) => (index.get(c)! >= 0 ? (r[index.get(c)!] ?? '') : ''))),
  );
  const style = decimals.style;
  if (decimals.error) throw new AppError('VALIDATION', { detail: `Tệp ${file.fileName}: ${decimals.error}` });
  const prepared: {
    input: ReturnType<typeof activityRecordInput.parse>;
    key: string;
    /** The id of the record the row was exported from. */
    exported: string | null;
  }[] = [];
  for (const [i, r] of table.slice(1).entries()) {
    const line = i + 2;
    const v = (c: Col) => ((index.get(c) ?? -1) >= 0 ? (r[index.get(c)!] ?? '').trim() : '');
    const bad = (c: Col, message: string) =>
      issues.push({ path: ['line', line, label(c)], message: `Dòng ${line}, cột ${label(c)}: ${message}` });
    // Counts are digits only; days and quantities may have decimals, read with the file's
    // convention (shared/parse-number.ts): "12.5" is never 125.
    const n = (c: Col) => {
      if (!v(c)) return null;
      const r = DECIMAL_COLUMNS.has(c)
        ? parseMeasure(v(c), style, 10_000_000)
        : parseCount(v(c), c === 'cost' ? 100_000_000_000 : 10_000_000);
      if (r.error) bad(c, r.error);
      return r.value ?? null;
    };
    const activity = byNumber.get(v('number'));
    if (!activity) {
      bad('number', `kế hoạch không có hoạt động số "${v('number')}".`);
      continue;
    }
    const day = (c: Col) => {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(v(c)) ? v(c) : parseDateVi(v(c));
      if (!d) bad(c, `"${v(c)}" không phải ngày (dd/mm/yyyy).`);
      return d ?? '';
    };
    const start = day('start');
    const end = v('end') ? day('end') : start;
    const commune = v('commune') ? communes.find((c) => c.code === v('commune')) : undefined;
    if (v('commune') && !commune) bad('commune', `không có xã, phường mã "${v('commune')}".`);
    const kind = (activity.kind && activity.kind !== 'list' ? activity.kind : 'other') as ActivityKind;
    const total = n('total') ?? 0;
    const groups = Object.fromEntries(
      (['couples', 'adolescents'] as const).filter((g) => n(g) != null).map((g) => [g, n(g)!]),
    );
    const candidate = {
      planId,
      activityId: activity.id,
      startDate: start,
      endDate: end,
      communeUnitId: commune?.id ?? null,
      participants: { total, men: n('men'), women: n('women'), groups },
      outputs: v('result')
        ? [{ description: v('result'), quantity: n('quantity'), unit: v('unit') || null }]
        : [],
      cost: n('cost') ?? 0,
      measures: measuresFrom(kind, v, n),
      notes: v('notes') || null,
    };
    // A cell already reported wrong on this line: its consequences would only repeat it.
    if (issues.some((x) => x.path[1] === line)) continue;
    const parsed = activityRecordInput.safeParse(candidate);
    if (!parsed.success) {
      for (const e of parsed.error.issues)
        issues.push({
          path: ['line', line, ...e.path.map(String)],
          message: `Dòng ${line} (${e.path.join('.')}): ${e.message}`,
        });
      continue;
    }
    try {
      await validateRecord(db, p, plan, parsed.data);
    } catch (err) {
      for (const e of (err as AppError).issues ?? [{ path: [], message: (err as Error).message }])
        issues.push({
          path: ['line', line, ...e.path],
          message: `Dòng ${line} (${e.path.join('.')}): ${e.message}`,
        });
      continue;
    }
    const exported = v('id');
    if (exported && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(exported)) {
      bad('id', `"${exported}" không phải mã bản ghi do Cân Bằng xuất ra; hãy để trống ô này ở dòng mới.`);
      continue;
    }
    const key = exported
      ? `record:${exported.toLowerCase()}`
      : `import:${crypto
          .createHash('sha256')
          .update(`${planId}|${JSON.stringify(r)}`)
          .digest('hex')
          .slice(0, 40)}`;
    prepared.push({ input: parsed.data, key, exported: exported ? exported.toLowerCase() : null });
  }
  if (issues.length) throw rowIssuesError(issues);
  if (!p.organisationId)
    throw new AppError('VALIDATION', { detail: 'Tài khoản không thuộc cơ quan, đơn vị nào.' });
  const [org] = await sqlRows<{ id: string; admin_unit_id: number }>(
    db,
    sql`select id, admin_unit_id from organisations where id = ${p.organisationId}`,
  );
  let created = 0;
  await withActor(db, actorOf(p), async (tx) => {
    const existing = new Set(
      (
        await sqlRows<{ id: string }>(
          tx as unknown as Db,
          sql`select id::text as id from activity_records where plan_id = ${planId}`,
        )
      ).map((r) => r.id),
    );
    for (const { input, key, exported } of prepared) {
      // A row exported from a record still stored is that record: not stored again.
      if (exported && existing.has(exported)) continue;
      const inserted = await tx
        .insert(activityRecords)
        .values({
          ...recordColumns(input),
          provinceCode: plan.provinceCode,
          planId,
          activityId: input.activityId,
          rootActivityId: await rootActivityOf(tx, input.activityId),
          organisationId: org.id,
          adminUnitId: org.admin_unit_id,
          clientKey: key,
          createdBy: p.username,
        })
        .onConflictDoNothing({ target: [activityRecords.organisationId, activityRecords.clientKey] })
        .returning({ id: activityRecords.id });
      created += inserted.length;
    }
  });
  return { rows: prepared.length, created, skipped: prepared.length - created };
}

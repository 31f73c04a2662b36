import crypto from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors.ts';
import { formatNumberVi } from '../../../shared/format/index.ts';
import { asciiFileNamePart } from '../../../shared/text/file-name.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { isAdmin, requireInScope, unitInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { adminUnits, attachments } from '../../db/schema/index.ts';
import { rows as sqlRows, withActor } from '../../db/tx.ts';
import type { DiskGuard } from '../../files/disk-space.ts';

// Scans, photos and minutes. Limits: 10 MB; PDF, JPEG, PNG or WebP recognised by their first
// bytes (not by the name the browser sends); downloads are always "attachment" + nosniff.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const SIGNATURES: { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { type: 'application/pdf', ext: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { type: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/png',
    ext: 'png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  },
  {
    type: 'image/webp',
    ext: 'webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

export interface AttachmentDto {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdBy: string;
  createdAt: string;
}

/** Only letters, digits, dot, dash and underscore survive in a stored name (no paths, no quotes). */
function safeName(name: string, ext: string): string {
  const base = asciiFileNamePart(name.replace(/\.[^.]*$/, '')).slice(0, 80);
  return `${base || 'tep'}.${ext}`;
}

export interface AttachmentStorage {
  disk: DiskGuard;
  quotaUserBytes: number;
  quotaOrgBytes: number;
}

const mbVi = (bytes: number) => `${formatNumberVi(bytes / 1024 / 1024, 1)} MB`;

/**
 * Quotas counted from the stored sizes: what the uploader has stored, and what the users of its
 * organisation have. Counted inside the write's transaction under an advisory lock so that
 * parallel uploads of one organisation cannot all pass the same check.
 */
async function requireQuota(tx: Db, p: Principal, size: number, storage: AttachmentStorage) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`attachments:${p.organisationId ?? p.username}`}))`,
  );
  const [{ mine }] = await sqlRows<{ mine: number }>(
    tx,
    sql`select coalesce(sum(size), 0)::float8 as mine from attachments where created_by = ${p.username}`,
  );
  if (mine + size > storage.quotaUserBytes)
    throw new AppError('VALIDATION', {
      detail: `Bạn đã lưu ${mbVi(mine)} tệp đính kèm; thêm tệp này (${mbVi(size)}) sẽ vượt hạn mức ${mbVi(storage.quotaUserBytes)} của mỗi người dùng. Hãy báo quản trị viên nếu cần thêm.`,
    });
  if (!p.organisationId) return;
  const [{ ours }] = await sqlRows<{ ours: number }>(
    tx,
    sql`select coalesce(sum(a.size), 0)::float8 as ours from attachments a
          join users u on u.username = a.created_by
         where u.organisation_id = ${p.organisationId}`,
  );
  if (ours + size > storage.quotaOrgBytes)
    throw new AppError('VALIDATION', {
      detail: `Đơn vị của bạn đã lưu ${mbVi(ours)} tệp đính kèm; thêm tệp này (${mbVi(size)}) sẽ vượt hạn mức ${mbVi(storage.quotaOrgBytes)} của mỗi đơn vị. Hãy báo quản trị viên nếu cần thêm.`,
    });
}

export async function uploadAttachment(
  db: Db,
  p: Principal,
  input: { fileName: string; content: Buffer; adminUnitId: number },
  storage: AttachmentStorage,
): Promise<AttachmentDto> {
  if (p.role === 'leader') throw new AppError('FORBIDDEN');
  if (!input.content.length) throw new AppError('VALIDATION', { detail: 'Tệp trống.' });
  if (input.content.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('VALIDATION', {
      detail: `Tệp ${input.fileName} nặng ${(input.content.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB, quá giới hạn 10 MB.`,
    });
  const kind = SIGNATURES.find((s) => s.test(input.content));
  if (!kind)
    throw new AppError('VALIDATION', {
      detail: `Tệp ${input.fileName} không phải PDF, JPEG, PNG hay WebP: chỉ nhận bản quét và ảnh.`,
    });
  const [unit] = await db.select().from(adminUnits).where(eq(adminUnits.id, input.adminUnitId));
  if (!unit || !unitInScope(p, unit.path))
    throw new AppError('VALIDATION', {
      issues: [{ path: ['adminUnitId'], message: 'Địa bàn không tồn tại hoặc ngoài phạm vi của bạn.' }],
    });
  // Room for the file plus the reserve, asked before the database grows (disk-space.ts).
  await storage.disk.requireRoom(input.content.length);
  const id = await withActor(db, actorOf(p), async (tx) => {
    await requireQuota(tx as unknown as Db, p, input.content.length, storage);
    const [row] = await tx
      .insert(attachments)
      .values({
        provinceCode: unit.provinceCode,
        unitPath: unit.path,
        fileName: safeName(input.fileName, kind.ext),
        contentType: kind.type,
        size: input.content.length,
        sha256: crypto.createHash('sha256').update(input.content).digest('hex'),
        data: input.content,
        createdBy: p.username,
      })
      .returning({ id: attachments.id });
    return row.id;
  });
  return (await attachmentInfo(db, p, [id]))[0];
}

function readable(p: Principal, a: { provinceCode: string; unitPath: string }): boolean {
  if (isAdmin(p)) return true;
  if (a.provinceCode !== p.provinceCode) return false;
  // Province-level readers see the province's files; a commune those placed in its subtree.
  return p.role === 'province_officer' || p.role === 'leader' || unitInScope(p, a.unitPath);
}

export async function attachmentInfo(db: Db, p: Principal, ids: string[]): Promise<AttachmentDto[]> {
  if (!ids.length) return [];
  const list = await db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      size: attachments.size,
      createdBy: attachments.createdBy,
      createdAt: attachments.createdAt,
      provinceCode: attachments.provinceCode,
      unitPath: attachments.unitPath,
    })
    .from(attachments)
    .where(inArray(attachments.id, ids));
  return list
    .filter((a) => readable(p, a))
    .map(({ provinceCode: _p, unitPath: _u, createdAt, ...a }) => ({
      ...a,
      createdAt: createdAt.toISOString(),
    }));
}

/** Attachments named in a record must exist and be readable by the one who names them. */
export async function requireAttachments(
  db: Db,
  p: Principal,
  ids: (string | null | undefined)[],
  field: string,
) {
  const wanted = ids.filter((x): x is string => !!x);
  const found = await attachmentInfo(db, p, wanted);
  if (found.length !== new Set(wanted).size)
    throw new AppError('VALIDATION', {
      issues: [{ path: [field], message: 'Tệp đính kèm không tồn tại hoặc ngoài phạm vi của bạn.' }],
    });
}

export async function downloadAttachment(db: Db, p: Principal, id: string) {
  const [a] = await db.select().from(attachments).where(eq(attachments.id, id));
  requireInScope(!!a && readable(p, a));
  return { data: a.data, fileName: a.fileName, contentType: a.contentType };
}

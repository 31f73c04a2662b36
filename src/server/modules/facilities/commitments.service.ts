import { sql } from 'drizzle-orm';
import type { CommitmentDto, CommitmentInput } from '../../../shared/contracts/facilities.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf, type Principal } from '../../access/principal.ts';
import { requireInScope } from '../../access/scope.ts';
import type { Db } from '../../db/client.ts';
import { commitments } from '../../db/schema/index.ts';
import { rows, withActor } from '../../db/tx.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { listActivityRecords } from '../activities/activity-records.service.ts';
import { requireAttachments } from '../attachments/attachments.service.ts';
import { registryVisible, requireRegistryWriter } from './facilities.policy.ts';
import { requireVisibleSubject } from './registry.repository.ts';

// Commitments are read and written with their signer: whoever sees the facility or person sees
// its commitments; whoever may register it may record them.

type Row = {
  id: string;
  province_code: string;
  facility_id: string | null;
  worker_id: string | null;
  subject_name: string;
  unit_name: string;
  signed_on: string;
  valid_until: string | null;
  signer_name: string;
  signer_title: string | null;
  activity_record_id: string | null;
  document_attachment_id: string | null;
  notes: string | null;
  revoked_at: Date | string | null;
  version: number;
};

export async function listCommitments(
  db: Db,
  p: Principal,
  q: { facilityId?: string; workerId?: string; ids?: string[] } = {},
): Promise<CommitmentDto[]> {
  const where = [
    sql`(exists (select 1 from facilities f where f.id = c.facility_id and ${registryVisible(p, 'facility')})
      or exists (select 1 from health_workers f where f.id = c.worker_id and ${registryVisible(p, 'worker')}))`,
  ];
  if (q.facilityId) where.push(sql`c.facility_id = ${q.facilityId}`);
  if (q.workerId) where.push(sql`c.worker_id = ${q.workerId}`);
  if (q.ids) where.push(q.ids.length ? sql`c.id = any(${`{${q.ids.join(',')}}`}::uuid[])` : sql`false`);
  const list = await rows<Row>(
    db,
    sql`select c.id, c.province_code, c.facility_id, c.worker_id, coalesce(fa.name, w.full_name) as subject_name, u.name as unit_name,
               c.signed_on::text, c.valid_until::text, c.signer_name, c.signer_title, c.activity_record_id,
               c.document_attachment_id, c.notes, c.revoked_at, c.version
          from commitments c
          left join facilities fa on fa.id = c.facility_id
          left join health_workers w on w.id = c.worker_id
          join admin_units u on u.id = coalesce(fa.admin_unit_id, w.admin_unit_id)
         where ${sql.join(where, sql` and `)}
         order by c.signed_on desc, c.id`,
  );
  return list.map((r) => ({
    id: r.id,
    provinceCode: r.province_code,
    facilityId: r.facility_id,
    workerId: r.worker_id,
    subjectName: r.subject_name,
    adminUnitName: r.unit_name,
    signedOn: r.signed_on,
    validUntil: r.valid_until,
    signerName: r.signer_name,
    signerTitle: r.signer_title,
    activityRecordId: r.activity_record_id,
    documentAttachmentId: r.document_attachment_id,
    notes: r.notes,
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
    version: r.version,
  }));
}

async function getCommitment(db: Db, p: Principal, id: string): Promise<CommitmentDto> {
  const [c] = await listCommitments(db, p, { ids: [id] });
  requireInScope(!!c);
  return c;
}

/** The conference a commitment was signed at must be a commitment-signing conference on record. */
async function requireConference(db: Db, p: Principal, recordId: string | null | undefined) {
  if (!recordId) return;
  const [r] = await listActivityRecords(db, p, { ids: [recordId] });
  if (r?.kind !== 'commitment_conference')
    throw new AppError('VALIDATION', {
      issues: [
        {
          path: ['activityRecordId'],
          message: 'Không có hội nghị ký cam kết này trong các hoạt động đã ghi nhận.',
        },
      ],
    });
}

export async function createCommitment(db: Db, p: Principal, input: CommitmentInput): Promise<CommitmentDto> {
  requireRegistryWriter(p);
  const { provinceCode } = await requireVisibleSubject(
    db,
    p,
    input,
    'Cơ sở hoặc cá nhân ký cam kết không có trong danh sách của bạn.',
  );
  await requireAttachments(db, p, [input.documentAttachmentId], 'documentAttachmentId');
  await requireConference(db, p, input.activityRecordId);
  const id = await withActor(db, actorOf(p), async (tx) => {
    const [row] = await tx
      .insert(commitments)
      .values({ ...input, provinceCode, createdBy: p.username })
      .returning({ id: commitments.id });
    return row.id;
  });
  return getCommitment(db, p, id);
}

export async function updateCommitment(
  db: Db,
  p: Principal,
  id: string,
  input: Partial<CommitmentInput> & { version: number; revoked?: boolean },
): Promise<CommitmentDto> {
  requireRegistryWriter(p);
  const current = await getCommitment(db, p, id);
  const { version, revoked, facilityId: _f, workerId: _w, ...values } = input;
  const signedOn = values.signedOn ?? current.signedOn;
  const validUntil = values.validUntil === undefined ? current.validUntil : values.validUntil;
  if (validUntil && validUntil < signedOn)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['validUntil'], message: 'Ngày hết hiệu lực phải sau ngày ký.' }],
    });
  await requireAttachments(db, p, [values.documentAttachmentId], 'documentAttachmentId');
  await requireConference(db, p, values.activityRecordId);
  await withActor(db, actorOf(p), (tx) =>
    updateVersioned(tx, commitments, id, version, {
      ...values,
      ...(revoked === undefined ? {} : { revokedAt: revoked ? sql`now()` : null }),
    }),
  );
  return getCommitment(db, p, id);
}

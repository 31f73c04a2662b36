import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/tx.ts';

// The audit log's hash chain (schema: audit_chain). Rows are not chained as they are inserted: that
// would serialise every writing transaction on one lock. They are sealed afterwards, in batches,
// once the transactions that wrote them are over (no running transaction is older), in the order
// sealed: hash = sha256(previous hash + "\n" + canbang_audit_row_text(row)). The server seals at start,
// every 30 seconds and at shutdown; a backup seals first.

/** Any fixed number: serialises sealers (several app servers on one PostgreSQL). */
const CHAIN_LOCK = 7_202_617;
const BATCH = 2000;

export function chainHash(previous: string, rowText: string): string {
  return crypto.createHash('sha256').update(`${previous}\n${rowText}`, 'utf8').digest('hex');
}

/**
 * Seals the audit rows whose transactions have ended. `recentOnly` looks at the last day's rows
 * (an index range, for the periodic run); otherwise the whole log (at start, before a backup).
 * Returns how many rows it sealed.
 */
export async function sealAudit(db: Db, opts: { recentOnly?: boolean } = {}): Promise<number> {
  let total = 0;
  // Within one call the scan moves forward by id, so sealing a long log is one pass, not one per
  // batch; rows passed over (their transaction was still running) wait for the next call.
  let cursor = 0;
  for (;;) {
    const sealed = await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
      const [last] = await rows<{ seq: string; hash: string }>(
        tx,
        sql`select c.seq::text as seq, c.hash from audit_chain c order by c.seq desc limit 1`,
      );
      // A row is sealed only when the transaction that wrote it is older than every running one
      // (xmin below the snapshot's horizon, compared on 32 bits as the xmin column is): no row
      // of a transaction still running can then land before it.
      const pending = await rows<{ id: string; text: string }>(
        tx,
        sql`select a.id::text as id, canbang_audit_row_text(a) as text
              from audit_log a
             where a.id > ${cursor}
               and not exists (select 1 from audit_chain c where c.audit_id = a.id)
               and a.xmin::text::bigint < pg_snapshot_xmin(pg_current_snapshot())::text::bigint % 4294967296
               ${opts.recentOnly ? sql`and a.at > now() - interval '1 day'` : sql``}
             order by a.id
             limit ${BATCH}`,
      );
      if (!pending.length) return 0;
      cursor = Number(pending[pending.length - 1].id);
      let seq = last ? Number(last.seq) : 0;
      let hash = last?.hash ?? '';
      const values = pending.map((r) => {
        hash = chainHash(hash, r.text);
        seq += 1;
        return sql`(${seq}, ${Number(r.id)}, ${hash})`;
      });
      await tx.execute(
        sql`insert into audit_chain (seq, audit_id, hash) values ${sql.join(values, sql`, `)}`,
      );
      return pending.length;
    });
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

export interface ChainBreak {
  /** Position in the chain (1 = first sealed row). */
  seq: number;
  auditId: number;
  problem: 'edited' | 'deleted' | 'missing_link';
}

export interface ChainReport {
  sealed: number;
  /** Rows not sealed yet (written in the last seconds, or added behind the chain's back). */
  unsealed: number;
  ok: boolean;
  /** The first breaks, in chain order (at most 20). */
  breaks: ChainBreak[];
}

/** Walks the chain and recomputes every link; read-only. */
export async function verifyAudit(db: Db): Promise<ChainReport> {
  const breaks: ChainBreak[] = [];
  let expectedSeq = 1;
  let previous = '';
  let sealed = 0;
  for (let after = 0; ; ) {
    const page = await rows<{ seq: string; audit_id: string; hash: string; text: string | null }>(
      db,
      sql`select c.seq::text as seq, c.audit_id::text as audit_id, c.hash,
                   case when a.id is null then null else canbang_audit_row_text(a) end as text
            from audit_chain c left join audit_log a on a.id = c.audit_id
           where c.seq > ${after} order by c.seq limit 5000`,
    );
    for (const link of page) {
      const seq = Number(link.seq);
      const auditId = Number(link.audit_id);
      // A gap in the sequence: the link before this one is gone, so this one cannot be checked.
      if (seq !== expectedSeq) breaks.push({ seq, auditId, problem: 'missing_link' });
      else if (link.text === null) breaks.push({ seq, auditId, problem: 'deleted' });
      else if (chainHash(previous, link.text) !== link.hash) breaks.push({ seq, auditId, problem: 'edited' });
      // Go on from the stored hash, so that each later link is judged on its own.
      previous = link.hash;
      expectedSeq = seq + 1;
      sealed++;
    }
    if (page.length < 5000) break;
    after = Number(page[page.length - 1].seq);
  }
  const [{ n }] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_log a where not exists (select 1 from audit_chain c where c.audit_id = a.id)`,
  );
  return { sealed, unsealed: n, ok: breaks.length === 0, breaks: breaks.slice(0, 20) };
}

const PROBLEM_VI: Record<ChainBreak['problem'], string> = {
  edited: 'nội dung dòng đã bị sửa sau khi niêm phong',
  deleted: 'dòng đã bị xóa',
  missing_link: 'thiếu mắt xích trước đó (một mắt xích đã bị xóa)',
};

/** The report in Vietnamese, for the CLI and restore. */
export function describeChain(r: ChainReport): string {
  const head = `Nhật ký thay đổi: ${r.sealed} dòng đã niêm phong bằng chuỗi băm${r.unsealed ? `, ${r.unsealed} dòng mới chưa niêm phong` : ''}.`;
  if (r.ok) return `${head} Chuỗi băm khớp: không dòng nào bị sửa hay xóa.`;
  const lines = r.breaks.map(
    (b) => `  - mắt xích số ${b.seq} (dòng nhật ký mã ${b.auditId}): ${PROBLEM_VI[b.problem]}`,
  );
  return `${head} Chuỗi băm GÃY tại ${r.breaks.length === 20 ? 'ít nhất ' : ''}${r.breaks.length} chỗ:\n${lines.join('\n')}`;
}

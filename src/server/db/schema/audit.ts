import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every write to an audited table lands here through the `canbang_audit()` trigger (see the
 * custom migration), in the same transaction as the write, with the actor set by withActor().
 * Doing it in the database means no code path can forget it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    /** insert | update | delete for row changes; login, logout, login_failed… for events. */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    provinceCode: text('province_code'),
    adminUnitId: integer('admin_unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_unit_idx').on(t.adminUnitId),
  ],
);

/**
 * The audit log's hash chain: each sealed audit row in the order it was sealed, with
 * hash = sha256(previous hash + the row's canonical text). Rows are sealed shortly after their
 * transaction commits (audit-chain.ts), so a row deleted, edited or slipped in later — in the
 * database, or in a backup file before restore — breaks the chain at a place `canbang audit
 * verify` names. Append-only like audit_log (trigger in the custom migration).
 */
export const auditChain = pgTable('audit_chain', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  auditId: bigint('audit_id', { mode: 'number' }).notNull().unique(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

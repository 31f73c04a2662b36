import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../../shared/roles.ts';
import { timestamps, version } from './common.ts';
import { organisations } from './organisations.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; login is case-insensitive. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** Scope = the admin-unit subtree of this organisation. Only system admins may have none. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    email: text('email'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    /** Set for an imported account's one-time password: every route but the change is refused. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** When the one-time password was first used to sign in: it signs in only once. */
    oneTimePasswordUsedAt: timestamp('one_time_password_used_at', { withTimezone: true, mode: 'date' }),
    ...timestamps,
    ...version,
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    index('users_organisation_idx').on(t.organisationId),
    check(
      'users_role_ck',
      sql`${t.role} in ('admin','province_officer','leader','reporter','inspector','province_admin','national_reader')`,
    ),
    check('users_org_ck', sql`${t.organisationId} is not null or ${t.role} = 'admin'`),
    check(
      'users_username_ck',
      sql`${t.username} = lower(${t.username}) and length(${t.username}) between 2 and 64`,
    ),
  ],
);

/**
 * Server-side sessions, so that logout, deactivation and password reset end them at once.
 * The cookie carries a random token; only its SHA-256 is stored.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

import { integer, timestamp } from 'drizzle-orm/pg-core';

/** created/updated timestamps and an optimistic-lock version, for every editable aggregate. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** Incremented by every update; an update names the version it read, so a stale save is refused. */
export const version = { version: integer('version').notNull().default(1) };

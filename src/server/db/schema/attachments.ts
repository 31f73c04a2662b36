import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/**
 * Uploaded evidence, scans and photos. Kept in the database (not on disk) so that backup,
 * restore and both drivers treat them like every other row; their bytes are only ever sent back
 * as downloads, never rendered by the server or the browser.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    /** The admin-unit path that decides who may read it (the owner's commune, or the province). */
    unitPath: text('unit_path').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('attachments_province_idx').on(t.provinceCode),
    check('attachments_size_ck', sql`${t.size} > 0 and ${t.size} <= 10485760`),
  ],
);

import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// Columns such as created_by and recorded_by keep the username (it names the account in the audit
// trail and never changes); people are shown by their name. The username stays in the DTO for
// administrators (the web shows it on hover), the name is looked up when read.

/** SQL: the display name of the account whose username is in `column` (the username if none). */
export function displayNameSql(column: AnyPgColumn | SQL): SQL<string> {
  return sql<string>`coalesce((select dn.display_name from users dn where dn.username = ${column}), ${column})`;
}

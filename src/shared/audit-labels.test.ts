import fs from 'node:fs';
import path from 'node:path';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../server/db/schema/index.ts';
import {
  AUDIT_ENTITIES,
  AUDIT_FIELDS,
  AUDIT_KINDS,
  formatAuditChange,
  formatAuditValue,
} from './audit-labels.ts';

// Every table with the audit trigger, read from the migrations: a table audited tomorrow without
// a label (or with an unlabelled column) fails here, not in front of an official.
const dir = path.resolve(import.meta.dirname, '../../migrations');
const audited = [
  ...new Set(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .flatMap((f) =>
        [
          ...fs
            .readFileSync(path.join(dir, f), 'utf8')
            .matchAll(/ON\s+"?(\w+)"?\s+FOR EACH ROW EXECUTE (?:FUNCTION|PROCEDURE) canbang_audit\(/gi),
        ].map((m) => m[1]),
      ),
  ),
];
const tables = new Map(
  (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t): [string, string[]] => [getTableName(t), Object.values(getTableColumns(t)).map((c) => c.name)]),
);

describe('audit labels', () => {
  it('finds the audited tables in the migrations', () => {
    expect(audited).toEqual(expect.arrayContaining(['violations', 'plans', 'unit_reports', 'expenditures']));
    expect(audited.length).toBeGreaterThanOrEqual(20);
  });

  it('labels every audited table and every one of its columns, in Vietnamese and English', () => {
    for (const table of audited) {
      expect(AUDIT_ENTITIES[table], table).toMatchObject({ vi: expect.any(String), en: expect.any(String) });
      const columns = tables.get(table);
      expect(columns, `schema of ${table}`).toBeDefined();
      for (const c of columns!) expect(AUDIT_FIELDS[c], `${table}.${c}`).toBeDefined();
    }
  });

  it('offers every audited table in the type filter', () => {
    const kinds = AUDIT_KINDS.map((k) => k.value);
    for (const table of audited) expect(kinds, table).toContain(table);
  });

  it('writes values as officials read them', () => {
    expect(formatAuditValue('violations', 'fine_amount', 35000000, 'vi')).toBe('35.000.000 đồng');
    expect(formatAuditChange('violations', 'status', 'open', 'sanctioned', 'vi')).toBe('Mở → Đã xử phạt');
    expect(formatAuditChange('violations', 'status', 'open', 'sanctioned', 'en')).toBe('Open → Sanctioned');
    expect(formatAuditValue('violations', 'decision_date', '2026-03-05', 'vi')).toBe('05/03/2026');
    expect(formatAuditValue('unit_reports', 'status', 'returned', 'vi')).toBe('Bị trả lại');
    expect(formatAuditValue('users', 'role', 'province_officer', 'vi')).not.toBe('province_officer');
    expect(formatAuditValue('users', 'active', false, 'vi')).toBe('Không');
  });
});

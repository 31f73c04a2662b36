import { AppError, type ErrorIssue } from '../../shared/errors.ts';
import { foldVietnamese } from '../../shared/text/index.ts';

// The columns of an imported table found by their headings, whatever their order, case or accents
// ("Tên đăng nhập", "ten dang nhap", "TEN_DANG_NHAP"). Used by the imports of accounts and
// organisations; every problem is named by line (the heading is line 1) and column.

export const headingKey = (s: string) => foldVietnamese(s).replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Each column: its heading as shown in the template, and other headings accepted for it. */
export type ColumnSpec<C extends string> = Record<C, { heading: string; also?: readonly string[] }>;

/** Column → index in the row (-1 when absent); refuses the file when a required column is missing. */
export function findColumns<C extends string>(
  header: string[],
  spec: ColumnSpec<C>,
  required: readonly C[],
): Record<C, number> {
  const keys = header.map(headingKey);
  const index = {} as Record<C, number>;
  for (const [col, { heading, also = [] }] of Object.entries(spec) as [C, ColumnSpec<C>[C]][]) {
    const names = [heading, ...also].map(headingKey);
    index[col] = keys.findIndex((k) => names.includes(k));
  }
  const missing = required.filter((c) => index[c] < 0);
  if (missing.length)
    throw new AppError('VALIDATION', {
      detail: `Dòng 1: thiếu cột ${missing.map((c) => `"${spec[c].heading}"`).join(', ')}. Không có gì được lưu.`,
    });
  return index;
}

/** Collects the problems of a table, each named "Dòng N, cột X: …". */
export function rowProblems() {
  const issues: ErrorIssue[] = [];
  return {
    issues,
    add(line: number, column: string, message: string) {
      issues.push({ path: ['line', line, column], message: `Dòng ${line}, cột ${column}: ${message}` });
    },
  };
}

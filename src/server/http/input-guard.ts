import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/errors.ts';
import { labelForPath } from '../../shared/field-labels.ts';

/**
 * How deeply a request's JSON, query or path may nest. The deepest real input is a plan: its
 * content → activities → children … six activity levels stay well under this. Checked before
 * validation, whose recursion would otherwise overflow the stack on a 700-deep body.
 */
export const MAX_INPUT_DEPTH = 24;

/**
 * Control characters no field of this product holds: C0 except tab, line feed and carriage return
 * (multi-line text keeps them), DEL and the C1 block. A NUL byte reached PostgreSQL as a 500.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

type Part = 'body' | 'querystring' | 'params';

/** The first problem in one part of a request, or null. Iterative, so no input can overflow it. */
export function inspectInput(value: unknown, part: Part): AppError | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const bad = CONTROL.exec(v);
      if (bad) return controlError(path, part, bad[0]);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      return new AppError('VALIDATION', {
        detail: `Dữ liệu gửi lên lồng nhau quá sâu (tối đa ${MAX_INPUT_DEPTH} cấp). Không có gì được lưu.`,
        issues: [
          {
            path,
            message: `${labelForPath(path.slice(0, 3), part)} ›…: lồng nhau quá ${MAX_INPUT_DEPTH} cấp.`,
          },
        ],
      });
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
      continue;
    }
    for (const [key, child] of Object.entries(v)) {
      const bad = CONTROL.exec(key);
      if (bad) return controlError([...path, key.replace(CONTROL, '�')], part, bad[0]);
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

function controlError(path: (string | number)[], part: Part, char: string): AppError {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const label = labelForPath(path, part);
  const message = `${label} chứa ký tự điều khiển không được phép (${code}). Hãy xóa ký tự đó rồi gửi lại.`;
  return new AppError('VALIDATION', {
    detail: `Dữ liệu không hợp lệ — ${message}`,
    issues: [{ path, message }],
  });
}

/**
 * Every request's query, path parameters and parsed body, whatever its route declares: one hook
 * for the whole app, so a new route cannot forget it (a route without a querystring schema still
 * has its query checked).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const problem =
      inspectInput(req.params, 'params') ??
      inspectInput(req.query, 'querystring') ??
      inspectInput(req.body, 'body');
    if (problem) throw problem;
  });
}

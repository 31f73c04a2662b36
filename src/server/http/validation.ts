import type { FastifySchemaCompiler } from 'fastify';
import { type ZodType, z } from 'zod';
import { AppError, type ErrorIssue } from '../../shared/errors.ts';
import { labelForPath } from '../../shared/field-labels.ts';
import { formatNumberVi } from '../../shared/format/numbers.ts';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  number: 'một số',
  int: 'một số nguyên',
  bigint: 'một số nguyên',
  string: 'chữ (văn bản)',
  boolean: 'đúng hoặc sai',
  array: 'một danh sách',
  object: 'một nhóm thông tin',
  date: 'một ngày',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'một địa chỉ thư điện tử',
  uuid: 'một mã định danh',
  guid: 'một mã định danh',
  url: 'một địa chỉ web',
  datetime: 'một ngày giờ',
  date: 'một ngày (YYYY-MM-DD)',
  time: 'một giờ',
};

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const n = (v: unknown) => (typeof v === 'number' ? formatNumberVi(v) : String(v));

/**
 * The message for an issue the schema gave no words of its own, naming the field by its
 * Vietnamese label: "Thiếu mật khẩu", "Số lượng phải là một số" — never zod's own wording
 * ("mong đợi số, nhận được undefined"), which means nothing to the people using the product.
 */
export function issueMessage(issue: RawIssue, label: string): string {
  const L = label;
  const l = lowerFirst(label);
  const i = issue as RawIssue & Record<string, any>;
  switch (issue.code) {
    case 'invalid_type':
      if (i.input === undefined || i.input === null || i.input === '') return `Thiếu ${l}.`;
      return `${L} phải là ${TYPE_NAMES[i.expected] ?? 'giá trị đúng kiểu'}.`;
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string') return min <= 1 ? `Thiếu ${l}.` : `${L} phải có ít nhất ${n(min)} ký tự.`;
      if (i.origin === 'array' || i.origin === 'set')
        return min <= 1 ? `${L} phải có ít nhất một mục.` : `${L} phải có ít nhất ${n(min)} mục.`;
      return i.inclusive ? `${L} phải từ ${n(min)} trở lên.` : `${L} phải lớn hơn ${n(min)}.`;
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return `${L} dài quá ${n(max)} ký tự.`;
      if (i.origin === 'array' || i.origin === 'set') return `${L} có quá ${n(max)} mục.`;
      return i.inclusive ? `${L} không được lớn hơn ${n(max)}.` : `${L} phải nhỏ hơn ${n(max)}.`;
    }
    case 'invalid_format':
      return FORMAT_NAMES[i.format]
        ? `${L} không phải ${FORMAT_NAMES[i.format]} hợp lệ.`
        : `${L} không đúng định dạng.`;
    case 'invalid_value': {
      const values = (i.values as unknown[]).map(String);
      return values.length <= 8
        ? `${L} không hợp lệ: hãy chọn một trong ${values.join(', ')}.`
        : `${L} không phải một giá trị được chấp nhận.`;
    }
    case 'not_multiple_of':
      return `${L} phải là bội số của ${n(i.divisor)}.`;
    case 'unrecognized_keys':
      return `${L} có trường không được chấp nhận: ${(i.keys as string[]).join(', ')}.`;
    default:
      return `${L} không hợp lệ.`;
  }
}

const plainPath = (path: PropertyKey[]) => path.map((p) => (typeof p === 'symbol' ? String(p) : p));

const CONTEXT: Record<string, 'body' | 'querystring' | 'params'> = {
  body: 'body',
  querystring: 'querystring',
  params: 'params',
};

/**
 * Fastify's validator for zod schemas (fastify-type-provider-zod's, with our messages): an issue
 * worded by the schema itself ("Hãy chọn cơ quan, đơn vị") is prefixed with the field's label;
 * any other is worded by issueMessage. The error reaches the client as one VALIDATION error.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const context = CONTEXT[httpPart ?? 'body'] ?? 'body';
    const ours = new Set<string>();
    const result = z.safeParse(schema, data, {
      error: (issue) => {
        const message = issueMessage(issue, labelForPath(plainPath(issue.path ?? []), context));
        ours.add(message);
        return message;
      },
    });
    if (result.success) return { value: result.data };
    const issues: ErrorIssue[] = result.error.issues.map((issue) => {
      const path = plainPath(issue.path);
      const message = ours.has(issue.message)
        ? issue.message
        : `${labelForPath(path, context)}: ${issue.message}`;
      return { path, message };
    });
    return {
      error: new AppError('VALIDATION', { detail: `Dữ liệu không hợp lệ — ${issues[0].message}`, issues }),
    };
  };

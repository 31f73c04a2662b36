import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../../shared/errors.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../shared/password-rules.ts';

/**
 * The password policy, in the spirit of NIST SP 800-63B §5.1.1.2 and OWASP ASVS V2.1: long
 * enough, not a known common or breached password (nor one dressed up with digits and symbols at
 * its ends: "Password2026!", "matkhau@123"), not the username, not too few different characters,
 * not the current password. No composition rules (upper case, symbols…): they make passwords
 * harder to remember, not to guess. A passphrase of ordinary words passes.
 *
 * The list is the common-passwords dictionary of zxcvbn-ts (@zxcvbn-ts/language-common, MIT):
 * about 49,000 passwords found most often in public breach corpora, Vietnamese ones among them
 * ("matkhau", "anhyeuem"). It ships with the product in node_modules; nothing is looked up online.
 */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** What the password is once digits, spaces and symbols at its two ends are taken off. */
function core(lower: string): string {
  return lower.replace(/^[\d\s\p{P}\p{S}]+|[\d\s\p{P}\p{S}]+$/gu, '');
}

export interface PasswordContext {
  /** The account's username: the password may not be it or contain it. */
  username?: string;
  /** Which field the error names (password, newPassword). */
  field?: string;
}

/** The reason the password is refused, in Vietnamese, or null when it is acceptable. */
export function passwordProblem(password: string, ctx: PasswordContext = {}): string | null {
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự (có thể là một câu dễ nhớ).`;
  if (length > MAX_PASSWORD_LENGTH) return `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`;
  const lower = password.normalize('NFC').toLocaleLowerCase('vi');
  const username = ctx.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lower.includes(username))
    return 'Mật khẩu không được chứa tên đăng nhập.';
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\s+/g, '')))
    return 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ. Hãy chọn mật khẩu khác.';
  const stripped = core(lower);
  if (stripped.length >= 3 && COMMON.has(stripped))
    return `Mật khẩu này chỉ là một mật khẩu phổ biến ("${stripped}") thêm số hoặc ký hiệu. Hãy chọn mật khẩu khác.`;
  if (new Set(lower).size < 5) return 'Mật khẩu có quá ít ký tự khác nhau. Hãy chọn mật khẩu khác.';
  return null;
}

/** Throws a VALIDATION error naming the field when the password breaks the policy. */
export function checkPasswordPolicy(password: string, ctx: PasswordContext = {}): void {
  const problem = passwordProblem(password, ctx);
  if (problem)
    throw new AppError('VALIDATION', {
      detail: problem,
      issues: [{ path: [ctx.field ?? 'password'], message: problem }],
    });
}

/** The new password is the one the account has now: refused, naming the field. */
export function samePasswordError(field = 'password'): AppError {
  const message = 'Mật khẩu mới phải khác mật khẩu hiện tại.';
  return new AppError('VALIDATION', { detail: message, issues: [{ path: [field], message }] });
}

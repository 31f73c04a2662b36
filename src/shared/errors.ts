// Stable error codes, made in one place (as fastify's FST_ERR_*). The API answers every error
// as { code, message, issues? } with the Vietnamese message; the web app may translate by code.
export const ERRORS = {
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
    en: 'You are not signed in or your session has expired.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    // One answer for a wrong password, an unknown or deactivated account and an account waiting
    // out repeated failures: none of them is told apart (no oracle); the second sentence is the hint.
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Sau nhiều lần sai liên tiếp, hãy đợi vài phút rồi thử lại.',
    en: 'Wrong username or password. After repeated failures, wait a few minutes before trying again.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Bạn đang dùng mật khẩu dùng một lần: hãy đổi mật khẩu trước khi làm việc tiếp.',
    en: 'You signed in with a one-time password: change your password before going on.',
  },
  CSRF: {
    status: 403,
    vi: 'Yêu cầu thiếu mã xác thực (CSRF). Hãy tải lại trang và thử lại.',
    en: 'Missing or wrong CSRF token. Reload the page and try again.',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'Not found.' },
  VALIDATION: { status: 400, vi: 'Dữ liệu không hợp lệ.', en: 'Invalid data.' },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu đã được người khác thay đổi trong lúc bạn sửa. Hãy tải lại để xem bản mới nhất; nội dung bạn nhập vẫn được giữ.',
    en: 'Someone else changed this while you were editing. Reload to see the latest version; your input is kept.',
  },
  DUPLICATE: { status: 409, vi: 'Dữ liệu đã tồn tại.', en: 'Already exists.' },
  INVALID_STATE: {
    status: 409,
    vi: 'Thao tác không hợp lệ ở trạng thái hiện tại.',
    en: 'Not allowed in the current state.',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Bạn đã thử đăng nhập sai quá nhiều lần. Hãy thử lại sau ít phút.',
    en: 'Too many failed attempts. Try again in a few minutes.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Tệp hoặc dữ liệu gửi lên quá lớn.', en: 'The upload is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Loại tệp không được chấp nhận.',
    en: 'File type not accepted.',
  },
  INSUFFICIENT_STORAGE: {
    status: 507,
    vi: 'Máy chủ hết chỗ lưu trữ: tạm thời không lưu được dữ liệu mới. Dữ liệu đã có vẫn xem được; hãy báo quản trị viên.',
    en: 'The server is out of storage: new data cannot be saved for now. Existing data can still be read; tell the administrator.',
  },
  DATA_DIR_LOCKED: {
    status: 503,
    vi: 'Thư mục dữ liệu đang được một tiến trình khác sử dụng.',
    en: 'The data folder is in use by another process.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    vi: 'Máy chủ tạm thời không kết nối được cơ sở dữ liệu. Dữ liệu của bạn không bị mất; hãy thử lại sau ít phút.',
    en: 'The server cannot reach its database for the moment. Nothing was lost; try again in a few minutes.',
  },
  FEATURE_UNAVAILABLE: {
    status: 503,
    vi: 'Chức năng này chưa sẵn sàng trên máy chủ.',
    en: 'This feature is not available on this server.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo cho quản trị viên.',
    en: 'Internal error. Please try again or tell the administrator.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** One problem with one field, row or line of the input. `path` names it (e.g. ["rows", 12, "girls"]). */
export interface ErrorIssue {
  path: (string | number)[];
  message: string;
  /** The same in English where the server has it, for the English pages. */
  messageEn?: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues?: ErrorIssue[];
  /** A more specific Vietnamese message than the code's default; shown to the user. */
  readonly detail?: string;

  constructor(code: ErrorCode, opts: { detail?: string; issues?: ErrorIssue[]; cause?: unknown } = {}) {
    super(opts.detail ?? ERRORS[code].vi, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.issues = opts.issues;
    this.detail = opts.detail;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.detail ?? ERRORS[this.code].vi };
    if (this.issues?.length) body.issues = this.issues;
    return body;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/**
 * A file with wrong rows: the first problem in the message, all of them (up to 200) in
 * `issues`, and the reassurance that nothing was saved (imports are all-or-nothing).
 */
export function rowIssuesError(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION', {
    detail: `${issues[0].message}${issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : ''} Không có gì được lưu.`,
    issues: issues.slice(0, 200),
  });
}

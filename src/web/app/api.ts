import type { ErrorIssue } from '../../shared/errors.ts';

/** An error answered by the API: its stable code, the Vietnamese message, the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ErrorIssue[] = [],
  ) {
    super(message);
  }
}

let csrfToken = '';
/** The session's CSRF token (from login and /api/me), sent with every write. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

let sessionLost: () => void = () => {};
/** Called when a request answers 401: the session expired or was ended elsewhere (password reset). */
export function onSessionLost(fn: () => void): void {
  sessionLost = fn;
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw networkError();
  }
  const data = res.headers.get('content-type')?.includes('json') ? await res.json().catch(() => null) : null;
  return answer<T>(url, res.status, data);
}

const networkError = () =>
  new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Hãy kiểm tra mạng và thử lại.');

/** The body of a finished request, or the ApiError it stands for. */
function answer<T>(url: string, status: number, data: ApiBody | null): T {
  // /api/me and /api/me/bundle are asked before anyone knows whether a session is open: a 401 there
  // means "signed out", not "the session ended".
  if (status === 401 && data?.code === 'UNAUTHENTICATED' && url !== '/api/me' && url !== '/api/me/bundle')
    sessionLost();
  if (status < 200 || status >= 300)
    throw new ApiError(
      status,
      // A body that is not ours (a proxy's 502 page): code HTTP, shown as "error <status>".
      data?.code ?? 'HTTP',
      data?.message ?? `Lỗi ${status} từ máy chủ.`,
      data?.issues ?? [],
    );
  return data as T;
}

type ApiBody = { code?: string; message?: string; issues?: ErrorIssue[] };

/**
 * A JSON POST that reports how much of its body has been sent (fetch cannot): for file uploads
 * on slow connections. `onProgress` gets 0–1; at 1 the server is still working on the request.
 */
export function postWithProgress<T>(
  url: string,
  body: unknown,
  onProgress: (sent: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      let data: ApiBody | null = null;
      try {
        data = xhr.getResponseHeader('content-type')?.includes('json') ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      try {
        resolve(answer<T>(url, xhr.status, data));
      } catch (err) {
        reject(err);
      }
    };
    xhr.send(JSON.stringify(body));
  });
}

export const get = <T>(url: string) => api<T>('GET', url);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body ?? {});
export const patch = <T>(url: string, body: unknown) => api<T>('PATCH', url, body);
export const put = <T>(url: string, body: unknown) => api<T>('PUT', url, body);

/** Query string from an object, leaving out empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

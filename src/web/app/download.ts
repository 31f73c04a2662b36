import { ApiError } from './api.ts';

/**
 * Downloads a file the API makes (an export) without leaving the page: on an error the API's
 * Vietnamese message is thrown as an ApiError for the page to show, never a raw JSON page.
 */
export async function downloadFile(url: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Hãy kiểm tra mạng và thử lại.');
  }
  if (!res.ok) {
    const body = res.headers.get('content-type')?.includes('json')
      ? await res.json().catch(() => null)
      : null;
    throw new ApiError(
      res.status,
      body?.code ?? 'HTTP',
      body?.message ?? `Lỗi ${res.status} từ máy chủ.`,
      body?.issues ?? [],
    );
  }
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(
    res.headers.get('content-disposition') ?? '',
  )?.[1];
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name ? decodeURIComponent(name) : 'tai-lieu';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Saves a file the API returned inside a JSON answer (base64), e.g. one-time passwords. */
export function saveBase64File(name: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const href = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

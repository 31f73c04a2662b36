import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../app/api.ts';
import { type QueuedReportDraft, sendReportDraft } from './report-outbox.ts';

// A report draft queued offline is sent over the version it was typed on; the server's version
// having moved is a conflict — unless what moved it was this very draft, sent before with its
// answer lost on the way back: then it is stored once and counts as sent.

const draft: QueuedReportDraft = {
  clientKey: 'report-r1',
  reportId: 'r1',
  version: 3,
  results: 'Đã làm',
  difficulties: null,
  proposals: null,
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const conflict = { code: 'CONFLICT', message: 'Báo cáo đã được sửa ở nơi khác.' };

afterEach(() => vi.unstubAllGlobals());

describe('sending a queued report draft', () => {
  it('puts the text over the version it was typed on', async () => {
    const fetch = vi.fn(async () => json(200, { ...draft, version: 4 }));
    vi.stubGlobal('fetch', fetch);
    expect((await sendReportDraft(draft)).version).toBe(4);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual({
      results: 'Đã làm',
      difficulties: null,
      proposals: null,
      version: 3,
    });
  });

  it('counts as sent when the server already holds this very text one version on', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(json(409, conflict))
        .mockResolvedValueOnce(json(200, { ...draft, version: 4 })),
    );
    expect((await sendReportDraft(draft)).results).toBe('Đã làm');
  });

  it('comes back as a conflict when someone else moved the report', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(json(409, conflict))
        .mockResolvedValueOnce(json(200, { ...draft, results: 'Sửa ở nơi khác', version: 4 })),
    );
    const err = await sendReportDraft(draft).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(409);
  });
});

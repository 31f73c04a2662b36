import type { UnitReportDto } from '../../../shared/contracts/reports.ts';
import { ApiError, get, put } from '../../app/api.ts';
import type { OutboxKind } from '../activities/useOutbox.ts';

/** A report's written parts saved without a connection, with the version they were typed over. */
export interface QueuedReportDraft {
  /** `report-<id>`: one waiting draft per report, a later save replacing it. */
  clientKey: string;
  reportId: string;
  version: number;
  results: string | null;
  difficulties: string | null;
  proposals: string | null;
}

export const reportDraftKey = (reportId: string) => `report-${reportId}`;

const sameText = (a: Pick<QueuedReportDraft, 'results' | 'difficulties' | 'proposals'>, b: typeof a) =>
  (a.results ?? null) === (b.results ?? null) &&
  (a.difficulties ?? null) === (b.difficulties ?? null) &&
  (a.proposals ?? null) === (b.proposals ?? null);

/**
 * Sends a queued draft over the version it was typed on. The server refuses a stale version (409);
 * when its version moved only because this very draft already got there (the answer was lost on the
 * way back), the report holds exactly this text and the draft counts as sent, stored once. Any other
 * move is a conflict, returned to the page to be settled.
 */
export async function sendReportDraft(d: QueuedReportDraft): Promise<UnitReportDto> {
  const url = `/api/reports/${d.reportId}`;
  try {
    return await put<UnitReportDto>(url, {
      results: d.results,
      difficulties: d.difficulties,
      proposals: d.proposals,
      version: d.version,
    });
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) {
      const now = await get<UnitReportDto>(url);
      if (now.version === d.version + 1 && sameText(now, d)) return now;
    }
    throw err;
  }
}

/** Report drafts saved offline (the third outbox beside activity records and monthly births). */
export const REPORT_OUTBOX: OutboxKind<QueuedReportDraft, UnitReportDto> = {
  name: 'reports',
  send: sendReportDraft,
  refresh: ['reports'],
  sentMessage: 'reports.outbox.sent',
};

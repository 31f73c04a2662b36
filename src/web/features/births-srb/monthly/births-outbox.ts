import type { MonthlyBirthsInput, MonthlyBirthsMonth } from '../../../../shared/contracts/srb.ts';
import type { OutboxKind } from '../../activities/useOutbox.ts';
import { saveMonthlyBirths } from '../api.ts';

/** A month's form saved without a connection; its key names the month, so a later save replaces it. */
export type QueuedMonth = MonthlyBirthsInput & { clientKey: string };

export const monthClientKey = (i: Pick<MonthlyBirthsInput, 'unitCode' | 'year' | 'month'>) =>
  `births-${i.unitCode}-${i.year}-${String(i.month).padStart(2, '0')}`;

/**
 * The monthly births queue. A form names the version it was loaded from (baseBatchId): sent twice
 * (an answer lost on the way back) or after someone else saved the month, the server refuses it
 * with a conflict, and it comes back to its form to be settled, never stored twice.
 */
export const BIRTHS_OUTBOX: OutboxKind<QueuedMonth, MonthlyBirthsMonth> = {
  name: 'births-monthly',
  send: ({ clientKey: _key, ...input }) => saveMonthlyBirths(input),
  refresh: ['births', 'srb'],
  sentMessage: 'srb.monthly.outboxSent',
};

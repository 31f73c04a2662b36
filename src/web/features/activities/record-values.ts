import { ACTIVITY_KINDS, type ActivityKind } from '../../../shared/contracts/activity-kinds.ts';
import type {
  ActivityMeasures,
  ActivityRecordDto,
  ActivityRecordInput,
} from '../../../shared/contracts/activity-records.ts';
import type { KeyValueStore } from './outbox.ts';

// The record form's values and the API body: the form holds the body's own field names (so the
// server's issue paths, ['participants','total'] or ['measures','items',0,'count'], land on the
// right field), with blanks where the user has not typed yet.

export type RecordValues = Omit<ActivityRecordInput, 'planId' | 'activityId' | 'clientKey' | 'cost'> & {
  cost: number | null;
};

export const isActivityKind = (k: string | null | undefined): k is ActivityKind =>
  !!k && (ACTIVITY_KINDS as readonly string[]).includes(k);

/** A new record's measures for a kind, with the counts a single event usually has. */
export function blankMeasures(kind: ActivityKind): ActivityMeasures {
  switch (kind) {
    case 'media':
      return { kind, items: [{ channel: 'loudspeaker', count: 1, minutes: null }] };
    case 'conference':
      return { kind, sessions: 1 };
    case 'school_session':
      return { kind, school: '', classes: 0, teams: null, sessions: 1 };
    case 'iec_material':
      return { kind, materialKind: '', title: '', produced: 0, distributed: [] };
    case 'club':
      return { kind, clubName: '', school: null, members: 0, meetings: 1 };
    case 'commitment_conference':
      return { kind, signers: 0, facilityIds: [] };
    case 'training':
      return { kind, days: 1, trainees: 1 };
    case 'counselling':
      return { kind, households: 0, couples: 0, visits: 0 };
    case 'special_day':
      return { kind, day: '11/10', events: 1 };
    case 'supervision':
      return { kind, unitsVisited: 1 };
    case 'integration':
      return { kind, meetings: 1 };
    case 'survey':
      return { kind, respondents: 0 };
    case 'other':
      return { kind };
  }
}

export function blankValues(kind: ActivityKind, today: string, communeUnitId: number | null): RecordValues {
  return {
    startDate: today,
    endDate: today,
    communeUnitId,
    villageUnitIds: [],
    audiences: [],
    participants: { total: 0, men: null, women: null, groups: {} },
    outputs: [],
    cost: null,
    fundingSourceKey: null,
    measures: blankMeasures(kind),
    notes: null,
    attachmentIds: [],
  };
}

export function valuesOf(r: ActivityRecordDto): RecordValues {
  return {
    startDate: r.startDate,
    endDate: r.endDate,
    communeUnitId: r.communeUnitId ?? null,
    villageUnitIds: r.villageUnitIds,
    audiences: r.audiences,
    participants: r.participants,
    outputs: r.outputs,
    cost: r.cost,
    fundingSourceKey: r.fundingSourceKey ?? null,
    measures: r.measures,
    notes: r.notes ?? null,
    attachmentIds: r.attachmentIds,
  };
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const trimmed = (v: string | null | undefined) => (blank(v) ? null : v!.trim());

/** The body the API takes, from what the form holds: blanks become null, empty rows go. */
export function bodyOf(v: RecordValues): Omit<ActivityRecordInput, 'planId' | 'activityId' | 'clientKey'> {
  const groups = Object.fromEntries(
    Object.entries(v.participants?.groups ?? {}).filter(([, n]) => !blank(n)),
  ) as ActivityRecordInput['participants']['groups'];
  return {
    startDate: v.startDate,
    endDate: v.endDate,
    communeUnitId: v.communeUnitId ?? null,
    villageUnitIds: v.villageUnitIds ?? [],
    audiences: v.audiences ?? [],
    participants: {
      total: v.participants?.total ?? 0,
      men: v.participants?.men ?? null,
      women: v.participants?.women ?? null,
      groups,
    },
    outputs: (v.outputs ?? [])
      .filter((o) => o && !blank(o.description))
      .map((o) => ({
        description: o.description.trim(),
        quantity: o.quantity ?? null,
        unit: trimmed(o.unit),
      })),
    cost: v.cost ?? 0,
    fundingSourceKey: v.fundingSourceKey ?? null,
    measures: measuresOf(v.measures),
    notes: trimmed(v.notes),
    attachmentIds: v.attachmentIds ?? [],
  };
}

function measuresOf(m: ActivityMeasures): ActivityMeasures {
  switch (m.kind) {
    case 'media':
      return {
        ...m,
        items: (m.items ?? []).filter(Boolean).map((i) => ({ ...i, minutes: i.minutes ?? null })),
      };
    case 'school_session':
      return { ...m, school: m.school?.trim() ?? '', teams: m.teams ?? null };
    case 'iec_material':
      return {
        ...m,
        materialKind: m.materialKind?.trim() ?? '',
        title: m.title?.trim() ?? '',
        distributed: (m.distributed ?? [])
          .filter((d) => d && !blank(d.recipient))
          .map((d) => ({ ...d, recipient: d.recipient.trim(), quantity: d.quantity ?? 0 })),
      };
    case 'club':
      return { ...m, clubName: m.clubName?.trim() ?? '', school: trimmed(m.school) };
    default:
      return m;
  }
}

/** A form's draft as typed, kept on this device until it is saved (or put in the outbox). */
export interface Draft {
  values: RecordValues;
  /** Made on the first Save and kept: a draft sent twice is stored once. */
  clientKey?: string;
  /** The server's refusal, when the draft came back from the outbox. */
  message?: string;
  issues?: { path: (string | number)[]; message: string }[];
}

export function draftStore(storage: KeyValueStore, userId: string) {
  const key = (planId: string, activityId: string) =>
    `canbang.activities.${userId}.draft.${planId}.${activityId}`;
  return {
    read(planId: string, activityId: string): Draft | null {
      try {
        const d = JSON.parse(storage.getItem(key(planId, activityId)) ?? 'null');
        return d && typeof d === 'object' && d.values ? (d as Draft) : null;
      } catch {
        return null;
      }
    },
    write(planId: string, activityId: string, d: Draft) {
      storage.setItem(key(planId, activityId), JSON.stringify(d));
    },
    clear(planId: string, activityId: string) {
      storage.removeItem(key(planId, activityId));
    },
  };
}

/** A draft's key: crypto.randomUUID where the page is a secure context, else the same from random bytes. */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The form's values of a body that came back from the outbox. */
export function valuesOfInput(input: ActivityRecordInput): RecordValues {
  const { planId: _p, activityId: _a, clientKey: _k, ...values } = input;
  return values;
}

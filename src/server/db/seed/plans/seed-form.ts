import crypto from 'node:crypto';
import type { PlanContent } from '../../../../shared/contracts/plans.ts';

// Seed plans are written with readable references — org('ccds-sl') for a demo organisation,
// unit('03646') for an official unit — and without ids; resolveSeedPlan() turns them into the
// plan's JSON form. Markers are strings so the seed files stay plain data.

export const org = (key: string) => `org:${key}`;
export const unit = (code: string) => `unit:${code}` as unknown as number;

type DeepPartialIds<T> = T extends (infer U)[]
  ? DeepPartialIds<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'id' ? never : K]: DeepPartialIds<T[K]> } & { id?: string }
    : T;
export type SeedPlan = DeepPartialIds<PlanContent>;

export interface SeedLookup {
  organisation(key: string): string;
  unit(code: string): number;
}

const ID_HOLDERS = new Set(['activities', 'children', 'targets', 'budgetLines']);

export function resolveSeedPlan(seed: SeedPlan, lookup: SeedLookup): PlanContent {
  const walk = (value: unknown, parentKey: string): unknown => {
    if (typeof value === 'string') {
      if (value.startsWith('org:')) return lookup.organisation(value.slice(4));
      if (value.startsWith('unit:')) return lookup.unit(value.slice(5));
      return value;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, parentKey));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, k);
      if (ID_HOLDERS.has(parentKey) && !out.id) out.id = crypto.randomUUID();
      return out;
    }
    return value;
  };
  return walk(seed, '') as PlanContent;
}

// How a plan's target compares (≥ 90 %, < 110…): plain constants, apart from the zod schemas
// (plans.ts) so that the number formatting a station's pages use does not bring zod to a phone.

export const TARGET_COMPARATORS = ['gte', 'gt', 'lte', 'lt', 'eq', 'range'] as const;
export const COMPARATOR_SIGNS: Record<(typeof TARGET_COMPARATORS)[number], string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
  range: '–',
};

import type { Principal } from './principal.ts';

/**
 * What a province has sent to Cục Dân số (its consolidated report of a year) is read by the
 * national reader as that province's leader reads it: read-only, over the province's subtree, and
 * no further. The services that build such a document take this principal instead of the national
 * reader's own, whose scope (the country unit) holds no province. Who is acting (for the audit)
 * stays the national reader.
 */
export function asProvinceReader(
  p: Principal,
  province: { unitId: number; unitPath: string; provinceCode: string },
): Principal {
  return {
    ...p,
    role: 'leader',
    unitId: province.unitId,
    unitPath: province.unitPath,
    provinceCode: province.provinceCode,
  };
}

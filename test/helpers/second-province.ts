import { systemPrincipal } from '../../src/server/access/principal.ts';
import type { Db } from '../../src/server/db/client.ts';
import { addProvince } from '../../src/server/modules/org-units/province-onboarding.service.ts';
import type { ProvinceAddResult } from '../../src/shared/contracts/provinces.ts';
import type { TestApp } from './test-app.ts';

/** The second real province the tests run in: Lạng Sơn, 65 communes and wards since 01/07/2025. */
export const SECOND_PROVINCE = { code: '20', name: 'Tỉnh Lạng Sơn', communes: 65 } as const;

/**
 * Adds Lạng Sơn to a test database through the product's own service (the one behind
 * `canbang province add` and the page "Thêm tỉnh"): units, former units, standard organisations.
 */
export async function addSecondProvince(target: Db | TestApp): Promise<ProvinceAddResult> {
  const db = 'database' in target ? target.database.db : target;
  return addProvince(db, systemPrincipal('kiểm thử'), SECOND_PROVINCE.code);
}

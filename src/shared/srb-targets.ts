import type { NationalSrbTarget } from './contracts/srb.ts';

/**
 * The national targets of the Population Strategy to 2030 (see ../shared/docs/LEGAL-NOTES.md):
 * SRB below 109 boys per 100 girls by 2025 (confirmed in the press) and below 107 by 2030 (as
 * commonly cited, and the Đề án 468/2016 aims at about 107 after 2025, but not confirmed from
 * the decision's text): marked unverified, and the pages say so.
 */
export const NATIONAL_SRB_TARGETS: NationalSrbTarget[] = [
  { year: 2025, below: 109, verified: true },
  { year: 2030, below: 107, verified: false },
];
export const NATIONAL_SRB_TARGET_SOURCE =
  'Chiến lược Dân số Việt Nam đến năm 2030 (Quyết định số 1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ)';

/** The target that applies to a year: the first milestone not yet passed. */
export function nationalTargetFor(year: number): NationalSrbTarget | null {
  return NATIONAL_SRB_TARGETS.find((t) => t.year >= year) ?? null;
}

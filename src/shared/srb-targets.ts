import type { NationalSrbTarget } from './contracts/srb.ts';

/**
 * The national targets of the Population Strategy to 2030: SRB below 109 boys per 100 girls by
 * 2025 and below 107 by 2030. Transcribed from the strategy's text as commonly cited; check
 * against the decision before quoting it in a document.
 */
export const NATIONAL_SRB_TARGETS: NationalSrbTarget[] = [
  { year: 2025, below: 109 },
  { year: 2030, below: 107 },
];
export const NATIONAL_SRB_TARGET_SOURCE =
  'Chiến lược Dân số Việt Nam đến năm 2030 (Quyết định số 1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ)';

/** The target that applies to a year: the first milestone not yet passed. */
export function nationalTargetFor(year: number): NationalSrbTarget | null {
  return NATIONAL_SRB_TARGETS.find((t) => t.year >= year) ?? null;
}

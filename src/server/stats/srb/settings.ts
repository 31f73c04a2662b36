import type { SrbSettingsDto } from '../../../shared/contracts/srb.ts';

/**
 * Settings of the SRB estimates, with their documented defaults (see SRB-STATISTICS.md):
 * - reference 105: the natural SRB the "balanced" component is centred on (1.063 is the
 *   South-eastern Asia estimate; the plans call 104–106 natural);
 * - threshold 106: P(SRB > threshold) is reported for every area (the plans' upper natural bound);
 * - window 3: years pooled, ending with the latest year in the data;
 * - flagProbability 0.8: an area is flagged "imbalanced" when P(imbalanced) reaches it, "watch"
 *   from 0.5; the literature's strict level is 0.95;
 * - minBirths 500: below this many births in the window the data are "too few to conclude"
 *   unless the evidence is strong anyway.
 */
export type SrbSettings = SrbSettingsDto;

export const DEFAULT_SRB_SETTINGS: SrbSettings = {
  reference: 105,
  threshold: 106,
  window: 3,
  flagProbability: 0.8,
  watchProbability: 0.5,
  minBirths: 500,
  naturalRange: [104, 106],
};

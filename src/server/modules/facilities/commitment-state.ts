import {
  COMMITMENT_SERVICES,
  type CommitmentState,
  type FacilityService,
  type FacilityStatus,
} from '../../../shared/contracts/facilities.ts';

// Who must sign, and whether their commitment holds on a given day. Pure code: the coverage
// figures, the gap list and the inspection ranking all read commitments through it.

export interface Signer {
  services: readonly FacilityService[];
  status: FacilityStatus;
}
export interface CommitmentPeriod {
  signedOn: string;
  validUntil: string | null;
  revoked: boolean;
}

/** Active facilities and people offering ultrasound or abortion are the 100% target. */
export function commitmentRequired(s: Signer): boolean {
  return s.status === 'active' && s.services.some((x) => COMMITMENT_SERVICES.includes(x));
}

/**
 * valid: a commitment signed on or before the day, not revoked, not expired (the last day of
 * validity still counts); lapsed: there were commitments but none holds on the day; missing:
 * none was ever signed (by the day).
 */
export function commitmentState(
  s: Signer,
  periods: readonly CommitmentPeriod[],
  onDate: string,
): CommitmentState {
  const signed = periods.filter((c) => c.signedOn <= onDate);
  const holds = signed.some((c) => !c.revoked && (!c.validUntil || c.validUntil >= onDate));
  if (holds) return 'valid';
  if (!commitmentRequired(s)) return 'not_required';
  return signed.length ? 'lapsed' : 'missing';
}

export interface CoverageCount {
  required: number;
  valid: number;
  lapsed: number;
  missing: number;
  rate: number | null;
}

/** Coverage of the required signers: the share whose commitment holds. */
export function coverageOf(states: readonly { required: boolean; state: CommitmentState }[]): CoverageCount {
  const required = states.filter((s) => s.required);
  const count = (st: CommitmentState) => required.filter((s) => s.state === st).length;
  const valid = count('valid');
  return {
    required: required.length,
    valid,
    lapsed: count('lapsed'),
    missing: count('missing'),
    rate: required.length ? valid / required.length : null,
  };
}

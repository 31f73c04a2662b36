import type { MeDto } from '../../../shared/contracts/auth.ts';

/**
 * What the signed-in user may do on these pages, mirroring the server's policy
 * (src/server/modules/facilities/facilities.policy.ts): the pages offer only what the server allows.
 */
export function facilityAccess(me: MeDto) {
  const r = me.role;
  return {
    /** Registers facilities and people and records their commitments. */
    register: r === 'admin' || r === 'province_officer' || r === 'reporter',
    /** Records inspections and their sanctions. */
    inspect: r === 'admin' || r === 'province_officer' || r === 'inspector',
    /** Draws up inspection plans (and lists the inspectors to put on them). */
    plan: r === 'admin' || r === 'province_officer',
    /** Sees inspection plans (a commune's Trạm Y tế sees only the records of its facilities). */
    plans: r !== 'reporter',
    /** Sees the ranking of where to inspect next. */
    priorities: r !== 'reporter',
    /** Sees the province (or more), so filters by commune. */
    provinceWide: r === 'admin' || r === 'province_officer' || r === 'leader',
    /** Edits the legal catalogue and the checklist. */
    admin: r === 'admin',
    /** A commune's Trạm Y tế: registers in its own commune only. */
    commune: r === 'reporter' ? me.unitId : null,
  };
}
export type FacilityAccess = ReturnType<typeof facilityAccess>;

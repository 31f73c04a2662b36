import type { Principal } from '../../access/principal.ts';
import { isAdmin, provinceInScope, unitInScope } from '../../access/scope.ts';

export interface PlanScope {
  organisationId: string;
  provinceCode: string;
  unitPath: string;
  status: string;
}

/**
 * Issued plans are public inside their province (a commune reads the province plan it
 * implements); drafts only inside the author's subtree — another commune's draft is not there.
 */
export function canReadPlan(p: Principal, plan: PlanScope): boolean {
  if (isAdmin(p)) return true;
  if (!provinceInScope(p, plan.provinceCode)) return false;
  return plan.status !== 'draft' || unitInScope(p, plan.unitPath);
}

/** Province officers write the plans of their subtree; a reporter only its own organisation's. */
export function canWritePlan(p: Principal, plan: Pick<PlanScope, 'organisationId' | 'unitPath'>): boolean {
  if (isAdmin(p)) return true;
  if (p.role === 'province_officer') return unitInScope(p, plan.unitPath);
  if (p.role === 'reporter') return p.organisationId === plan.organisationId;
  return false;
}

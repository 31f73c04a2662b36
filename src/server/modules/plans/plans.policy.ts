import type { Principal } from '../../access/principal.ts';
import { isAdmin, provinceInScope, readsEveryProvince, unitInScope } from '../../access/scope.ts';

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
  // The national reader reads what any province issued, and drafts only of its own (national) subtree.
  if (readsEveryProvince(p)) return plan.status !== 'draft' || unitInScope(p, plan.unitPath);
  if (!provinceInScope(p, plan.provinceCode)) return false;
  return plan.status !== 'draft' || unitInScope(p, plan.unitPath);
}

/** Province officers write the plans of their subtree; a reporter only its own organisation's. */
export function canWritePlan(p: Principal, plan: Pick<PlanScope, 'organisationId' | 'unitPath'>): boolean {
  if (isAdmin(p)) return true;
  // The national reader writes the national plans (its country unit's subtree), no province's.
  if (p.role === 'province_officer' || p.role === 'national_reader') return unitInScope(p, plan.unitPath);
  if (p.role === 'reporter') return p.organisationId === plan.organisationId;
  return false;
}

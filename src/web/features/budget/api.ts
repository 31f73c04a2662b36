import { useQuery } from '@tanstack/react-query';
import type {
  BudgetAllocationInput,
  BudgetAllocationsDto,
  BudgetDto,
  ExpenditureDto,
  ExpenditureInput,
} from '../../../shared/contracts/budget.ts';
import type { PlanSummaryDto } from '../../../shared/contracts/plans.ts';
import { compareVi } from '../../../shared/text/sort.ts';
import { get, post, put, qs } from '../../app/api.ts';

// The budget feature's reads and writes. Every key starts with 'budget' so that one invalidation
// after an expenditure or an allocation refreshes the figures, the shares and the list together.

/** Issued plans of every year (a budget is settled after its year), the newest year and the top of the cascade first. */
export const useBudgetPlans = () =>
  useQuery({
    queryKey: ['budget', 'plans'],
    queryFn: () =>
      get<{ items: PlanSummaryDto[] }>(`/api/plans${qs({ status: 'issued' })}`).then((r) =>
        [...r.items].sort(
          (a, b) =>
            b.endYear - a.endYear ||
            b.startYear - a.startYear ||
            Number(!!a.parentPlanId) - Number(!!b.parentPlanId) ||
            compareVi(a.organisationName, b.organisationName),
        ),
      ),
  });

export const useBudget = (planId: string | undefined, year?: number) =>
  useQuery({
    queryKey: ['budget', 'figures', planId, year],
    queryFn: () => get<BudgetDto>(`/api/plans/${planId}/budget${qs({ year })}`),
    enabled: !!planId,
    retry: false,
  });

export const useAllocations = (planId: string | undefined) =>
  useQuery({
    queryKey: ['budget', 'allocations', planId],
    queryFn: () => get<BudgetAllocationsDto>(`/api/plans/${planId}/budget/allocations`),
    enabled: !!planId,
    retry: false,
  });

export const useExpenditures = (planId: string | undefined) =>
  useQuery({
    queryKey: ['budget', 'expenditures', planId],
    queryFn: () => get<{ items: ExpenditureDto[] }>(`/api/plans/${planId}/expenditures`).then((r) => r.items),
    enabled: !!planId,
    retry: false,
  });

export const recordExpenditure = (input: ExpenditureInput) =>
  post<{ expenditure: ExpenditureDto; warnings: string[]; warningsEn: string[] }>('/api/expenditures', input);

export const setAllocation = (planId: string, input: BudgetAllocationInput) =>
  put<BudgetAllocationsDto>(`/api/plans/${planId}/budget/allocations`, input);

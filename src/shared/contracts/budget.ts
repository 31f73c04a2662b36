import { z } from 'zod';
import { isoDate } from './common.ts';

// Spending under a plan against its allocations (the plan's budget lines by activity and source,
// and the units' shares of those lines).

export const expenditureInput = z.object({
  planId: z.string().uuid(),
  activityId: z.string().uuid(),
  sourceKey: z.string().min(1, 'Hãy chọn nguồn kinh phí').max(100),
  spentOn: isoDate,
  amount: z.number().int('Số tiền là số nguyên đồng').positive('Số tiền phải lớn hơn 0').max(100_000_000_000),
  voucherNumber: z.string().trim().min(1, 'Hãy nhập số chứng từ').max(100),
  description: z.string().trim().max(1000).nullable().optional(),
});
export type ExpenditureInput = z.infer<typeof expenditureInput>;

export interface ExpenditureDto extends ExpenditureInput {
  id: string;
  organisationName: string;
  recordedBy: string;
  version: number;
}

export interface BudgetLineFigure {
  allocated: number;
  spent: number;
  /** spent ÷ allocated; null when nothing is allocated. */
  rate: number | null;
}

/** "Chi theo báo cáo hoạt động" against "Chi theo chứng từ", and records − vouchers. */
export interface MoneyReconciliation {
  byRecords: number;
  byVouchers: number;
  difference: number;
}

export interface BudgetDto {
  planId: string;
  /** The year of the plan's period whose vouchers are counted, and every year of it (the year selector). */
  year: number;
  years: number[];
  /** false: no budget line has an amount — "Kế hoạch chưa lập dự toán chi tiết", and no over-spending warning. */
  detailed: boolean;
  total: BudgetLineFigure & { planned: number | null };
  /** Spending is what vouchers record; the activity records' costs are shown beside it. */
  reconciliation: MoneyReconciliation;
  spentInWords: string;
  bySource: (BudgetLineFigure & {
    key: string;
    name: string;
    legalBasis: string | null;
    amount: number | null;
  })[];
  byActivity: (BudgetLineFigure & {
    activityId: string;
    numberLabel: string;
    title: string;
    over: boolean;
    /** Costs written in the activity's records ("chi theo báo cáo hoạt động"), beside the vouchers. */
    recordCost: number;
  })[];
  /**
   * Each unit's share of the lines the province divided among units (allocated), all it spent,
   * and `over` when its spending on a divided line passed its share of that line.
   */
  byUnit: (BudgetLineFigure & { organisationId: string; name: string; over: boolean })[];
  /** Spending past an allocation, in Vietnamese, naming the activity and the source. */
  warnings: string[];
  /** The same warnings in English, in the same order. */
  warningsEn: string[];
  /**
   * The sums by source, by activity and by unit agree with the total, and no line's shares among
   * units add up to more than the line (a division, never extra money).
   */
  reconciles: boolean;
}

/** Sets one unit's share of a budget line (an activity × a funding source); 0 removes it. */
export const budgetAllocationInput = z.object({
  activityId: z.string().uuid('Hãy chọn hoạt động'),
  sourceKey: z.string().min(1, 'Hãy chọn nguồn kinh phí').max(100),
  organisationId: z.string().uuid('Hãy chọn đơn vị'),
  amount: z
    .number('Hãy nhập số tiền')
    .int('Số tiền là số nguyên đồng')
    .nonnegative('Số tiền không được âm')
    .max(100_000_000_000),
  note: z.string().trim().max(500).nullable().optional(),
  /** The version the editor read; absent when the unit had no share yet. */
  version: z.number().int().positive().optional(),
});
export type BudgetAllocationInput = z.infer<typeof budgetAllocationInput>;

export interface BudgetAllocationDto {
  id: string;
  organisationId: string;
  organisationName: string;
  amount: number;
  note: string | null;
  /** What the unit has spent on this line. */
  spent: number;
  version: number;
}

/** What one activity of a plan has from one funding source (the sum of its budget lines from it). */
export interface PlanBudgetLine {
  activityId: string;
  numberLabel: string;
  title: string;
  sourceKey: string;
  sourceName: string;
  amount: number;
}

/** A budget line of the plan and its division among units. */
export interface BudgetAllocationLineDto extends PlanBudgetLine {
  /** The sum of all units' shares (the reader may see only some of the units). */
  divided: number;
  units: BudgetAllocationDto[];
}

export interface BudgetAllocationsDto {
  planId: string;
  lines: BudgetAllocationLineDto[];
}

import { z } from 'zod';
import { isoDate } from './common.ts';

// Spending under a plan against its allocations (the plan's budget lines by activity and source).

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

export interface BudgetDto {
  planId: string;
  total: BudgetLineFigure & { planned: number | null };
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
  })[];
  byUnit: { organisationId: string; name: string; spent: number }[];
  /** Spending past an allocation, in Vietnamese, naming the activity and the source. */
  warnings: string[];
  /** The sums by source, by activity and by unit agree with the total. */
  reconciles: boolean;
}

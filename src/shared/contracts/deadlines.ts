import { z } from 'zod';
import { isoDate } from './common.ts';

/** Something a user must deliver by a date (a report, for now), shown on their home page. */
export const deadlineDto = z.object({
  id: z.string(),
  title: z.string(),
  /** The same in English, for the English pages. */
  titleEn: z.string().optional(),
  dueDate: isoDate,
  status: z.enum(['due', 'overdue', 'done']),
  link: z.string().optional(),
});
export type DeadlineDto = z.infer<typeof deadlineDto>;

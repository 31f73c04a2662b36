import { z } from 'zod';

/** A figure of the catalogue as the API lists it (src/server/figures/types.ts is its source). */
export const figureDefinitionDto = z.object({
  id: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unit: z.enum(['count', 'money', 'percent', 'output', 'ratio']),
  formulaVi: z.string(),
  formulaEn: z.string(),
  countsVi: z.string(),
  countsEn: z.string(),
  breakdowns: z.array(z.enum(['plan', 'activity', 'adminUnit', 'period', 'fundingSource', 'unitOfMeasure'])),
});
export type FigureDefinitionDto = z.infer<typeof figureDefinitionDto>;

// The shape every figure of the catalogue has: what it is called, how it is computed, which records
// count, and the breakdowns it allows. Each figure file (outputs.ts, money.ts, …) exports its
// definitions beside the one function that computes them, so the text can never drift from the code.

export type FigureUnit = 'count' | 'money' | 'percent' | 'output' | 'ratio';
export type FigureBreakdown =
  | 'plan'
  | 'activity'
  | 'adminUnit'
  | 'period'
  | 'fundingSource'
  | 'unitOfMeasure';

export interface FigureDefinition {
  id: string;
  nameVi: string;
  nameEn: string;
  unit: FigureUnit;
  formulaVi: string;
  formulaEn: string;
  countsVi: string;
  countsEn: string;
  breakdowns: Array<FigureBreakdown>;
}

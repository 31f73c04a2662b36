export interface FigureDefinition {
  id: string;
  nameVi: string;
  nameEn: string;
  unit: 'count' | 'money' | 'percent' | 'output' | 'ratio';
  formulaVi: string;
  formulaEn: string;
  countsVi: string;
  countsEn: string;
  breakdowns: Array<'plan' | 'activity' | 'adminUnit' | 'period' | 'fundingSource' | 'unitOfMeasure'>;
}

import { moneyDefinitions } from './money.ts';
import { nationalFigures } from './national.ts';
import { outputDefinitions } from './outputs.ts';
import { reportingFigures } from './reporting.ts';
import { reportingSummaryFigures } from './reporting-summary.ts';
import { shareDefinitions } from './shares.ts';
import { targetDefinitions } from './targets.ts';
import type { FigureDefinition } from './types.ts';

// Every figure the product shows, defined once. A figure file adds its definitions here; the API
// (GET /api/figures/definitions), the "Cách tính" popovers and docs/FIGURES.md all read this list.

export const FIGURES: readonly FigureDefinition[] = [
  ...outputDefinitions,
  ...shareDefinitions,
  ...moneyDefinitions,
  ...reportingFigures,
  ...reportingSummaryFigures,
  ...targetDefinitions,
  ...nationalFigures,
];

export const FIGURES_BY_ID: ReadonlyMap<string, FigureDefinition> = new Map(FIGURES.map((f) => [f.id, f]));

/** The definition of a figure the code names; throws on a typo rather than showing no formula. */
export function figure(id: string): FigureDefinition {
  const f = FIGURES_BY_ID.get(id);
  if (!f) throw new Error(`Unknown figure ${id}`);
  return f;
}

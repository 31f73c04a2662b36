import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PlanDto, PlanSummaryDto } from '../../src/shared/contracts/plans.ts';
import { readJson, sendJson } from './e2e-app.ts';

/** Revision 2 of the province plan, with 30 + 50 million from the state budget and 20 from other sources. */
export async function planWithBudget(
  page: Page,
  /** A name for each funding source (e.g. one with markup, to test escaping); unchanged by default. */
  sourceName: (name: string, i: number) => string = (name) => name,
): Promise<PlanDto> {
  const { items } = await readJson<{ items: PlanSummaryDto[] }>(page, '/api/plans?year=2026&status=issued');
  const issued = items.find((p) => p.organisationName === 'Sở Y tế tỉnh Sơn La' && !p.parentPlanId)!;
  const original = await readJson<PlanDto>(page, `/api/plans/${issued.id}`);
  const draft = await sendJson<PlanDto>(page, 'POST', `/api/plans/${issued.id}/revise`, {});
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const line = (item: string, sourceKey: string, amount: number) => ({
    id: crypto.randomUUID(),
    item,
    sourceKey,
    amount,
  });
  const lines = [
    [line('Hội nghị triển khai kế hoạch', 'nsnn', 30_000_000)],
    [line('In tờ rơi, áp phích', 'nsnn', 50_000_000)],
    [line('Hỗ trợ các xã, phường', 'khac', 20_000_000)],
  ];
  const content = {
    ...original.content,
    number: '246',
    issuedDate: '2026-03-05',
    activities: original.content.activities.map((a, i) => (lines[i] ? { ...a, budgetLines: lines[i] } : a)),
    funding: {
      ...original.content.funding,
      total: 100_000_000,
      sources: original.content.funding.sources.map((s, i) => ({
        ...s,
        name: sourceName(s.name, i),
        amount: s.key === 'nsnn' ? 80_000_000 : 20_000_000,
      })),
    },
  };
  const saved = await sendJson<PlanDto>(page, 'PUT', `/api/plans/${draft.body.id}`, {
    version: draft.body.version,
    content,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const issuedNow = await sendJson<PlanDto>(page, 'POST', `/api/plans/${draft.body.id}/issue`, {
    version: saved.body.version,
  });
  expect(issuedNow.status, JSON.stringify(issuedNow.body)).toBe(200);
  return issuedNow.body;
}

import type { TestApp } from './test-app.ts';

/** The demo's issued province plan of Sơn La for 2026 (Kế hoạch 246/KH-SYT), as chicuc sees it. */
export async function sonLaPlan2026(t: TestApp): Promise<string> {
  const plans = (await (await t.as('chicuc')).get('/api/plans?year=2026')).json().items as {
    id: string;
    status: string;
    organisationName: string;
  }[];
  const plan = plans.find((p) => p.status === 'issued' && p.organisationName === 'Sở Y tế tỉnh Sơn La');
  if (!plan) throw new Error('the demo has no issued Sơn La plan for 2026');
  return plan.id;
}

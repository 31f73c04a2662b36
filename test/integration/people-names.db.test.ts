import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 18 item 4: people are shown by name ("Người ghi: thanhtra" read like a machine's log).
// The APIs send the display name next to the username (kept for administrators and the audit).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('people by name', () => {
  it('names who saved a month of births, who recorded an inspection and who changed a record', async () => {
    const station = await t.as('tyt-03646');
    // November 2026: the demo's simulated births end with October, and a month counts from one source.
    const saved = await station.put('/api/births/monthly', {
      unitCode: '03646',
      year: 2026,
      month: 11,
      baseBatchId: null,
      counts: ['1', '2', '3+'].map((birthOrder) => ({ birthOrder, boys: 3, girls: 2 })),
    });
    expect(saved.statusCode).toBe(200);
    const months = (await station.get('/api/births/monthly?unit=03646&year=2026')).json().months as {
      month: number;
      enteredBy: string | null;
      enteredByName: string | null;
    }[];
    expect(months.find((m) => m.month === 11)).toMatchObject({
      enteredBy: 'tyt-03646',
      enteredByName: 'Cán bộ dân số Trạm Y tế phường Tô Hiệu',
    });

    const inspector = await t.as('thanhtra');
    const inspections = (await inspector.get('/api/inspections')).json().items as {
      recordedBy: string;
      recordedByName: string;
    }[];
    expect(inspections.length).toBeGreaterThan(0);
    expect(inspections[0]).toMatchObject({
      recordedBy: 'thanhtra',
      recordedByName: 'Cán bộ thanh tra Sở Y tế Sơn La',
    });

    const officer = await t.as('chicuc');
    const imports = (await officer.get('/api/births/imports')).json().items as {
      createdBy: string;
      createdByName: string;
    }[];
    const form = imports.find((b) => b.createdBy === 'tyt-03646');
    expect(form?.createdByName).toBe('Cán bộ dân số Trạm Y tế phường Tô Hiệu');
    // A name that is not an account (the demo seed's "dữ liệu mẫu") stays as it is.
    expect(imports.find((b) => b.createdBy === 'dữ liệu mẫu')?.createdByName).toBe('dữ liệu mẫu');

    const audit = (await officer.get('/api/audit?user=tyt-03646')).json().items as {
      actorUsername: string;
      actorName: string;
    }[];
    expect(audit[0]).toMatchObject({
      actorUsername: 'tyt-03646',
      actorName: 'Cán bộ dân số Trạm Y tế phường Tô Hiệu',
    });
  });
});

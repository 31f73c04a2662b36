import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema/index.ts';
import { createMailer } from '../../src/server/mail/mailer.ts';
import { reminderDue, sendReportReminders } from '../../src/server/modules/reports/report-reminders.ts';
import { sonLaPlan2026 } from '../helpers/demo-plans.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// E-mail reminders of reports due, through a real SMTP conversation with a local test server.

let t: TestApp;
let smtp: SMTPServer;
let port: number;
const inbox: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c) => {
        raw += c.toString();
      });
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((ok) => smtp.listen(0, '127.0.0.1', ok));
  port = (smtp.server.address() as AddressInfo).port;
  await t.database.db
    .update(users)
    .set({ email: 'tyt.tohieu@example.vn' })
    .where(eq(users.username, 'tyt-03646'));
});
afterAll(async () => {
  await new Promise<void>((ok) => smtp.close(ok));
  await t.close();
});

/** Subject (RFC 2047 words, folded) and text body (quoted-printable or base64) of a raw message. */
function decode(raw: string) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const words = (s: string) =>
    s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
  const subject = words(/^Subject: (.*)$/im.exec(unfolded)![1]).trim();
  const rawBody = rest.join('\n\n');
  const body = /Content-Transfer-Encoding: base64/i.test(unfolded)
    ? Buffer.from(rawBody, 'base64').toString('utf8')
    : Buffer.from(
        rawBody
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(Number.parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
  return { subject, body };
}

describe('e-mail reminders', () => {
  it('remind 7, 3, 1 days before, on the day, and every 3 days once overdue', () => {
    const due = '2026-12-05';
    expect(
      ['2026-11-28', '2026-12-02', '2026-12-04', '2026-12-05', '2026-12-08'].map((d) => reminderDue(due, d)),
    ).toEqual([true, true, true, true, true]);
    expect(['2026-11-30', '2026-12-03', '2026-12-06', '2026-12-07'].map((d) => reminderDue(due, d))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('reach a unit whose report is not sent, once a day, in Vietnamese', async () => {
    const send = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Cân Bằng <canbang@localhost>',
    })!;
    expect(await sendReportReminders(t.database.db, send, '2026-12-01')).toBe(0);
    expect(await sendReportReminders(t.database.db, send, '2026-12-02')).toBe(1);
    expect(inbox).toHaveLength(1);
    expect(inbox[0].to).toEqual(['tyt.tohieu@example.vn']);
    const { subject, body } = decode(inbox[0].raw);
    expect(subject).toBe('Nhắc hạn báo cáo năm 2026 — Trạm Y tế phường Tô Hiệu');
    expect(body).toContain('hạn ngày 05/12/2026');
    expect(body).toContain('Kính gửi Trạm Y tế phường Tô Hiệu,');
    // The same day again: nothing more.
    expect(await sendReportReminders(t.database.db, send, '2026-12-02')).toBe(0);
    // Once the report is sent, no reminder even on the due day.
    const planId = await sonLaPlan2026(t);
    const tyt = await t.as('tyt-03646');
    const r = (await tyt.post('/api/reports', { planId })).json();
    expect((await tyt.post(`/api/reports/${r.id}/submit`, { version: r.version })).statusCode).toBe(200);
    expect(await sendReportReminders(t.database.db, send, '2026-12-05')).toBe(0);
    expect(inbox).toHaveLength(1);
  });
});

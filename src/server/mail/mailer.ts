import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}
export type SendMail = (mail: Mail) => Promise<void>;

/** A sender for SMTP_URL, or null when no SMTP server is configured (reminders stay in the app). */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): SendMail | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
  };
}

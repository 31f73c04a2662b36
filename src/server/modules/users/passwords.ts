import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id (OWASP: m=19 MiB, t=2, p=1). `Algorithm.Argon2id` is a const enum in the typings,
// which tsx cannot inline, hence the literal 2.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS as any);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user does not exist keeps the response time of
// "no such user" equal to "wrong password", so usernames cannot be probed by timing.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
}

/** A random password that passes the policy (12 random bytes): CLI accounts and one-time passwords. */
export function generatePassword(): string {
  return `Cb-${crypto.randomBytes(9).toString('base64url')}`;
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLE, LoginThrottle } from './login-throttle.ts';

const MIN = 60_000;

describe('login throttle', () => {
  it('lets 5 failures of one account from one address pass, then waits 30 s, doubling to 15 minutes', () => {
    const t = new LoginThrottle();
    let now = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(t.waitMs('1.1.1.1', 'chicuc', now)).toBe(0);
      t.fail('1.1.1.1', 'chicuc', now);
    }
    expect(t.waitMs('1.1.1.1', 'chicuc', now)).toBe(30_000);
    now += 30_000;
    expect(t.waitMs('1.1.1.1', 'chicuc', now)).toBe(0);
    t.fail('1.1.1.1', 'chicuc', now);
    expect(t.waitMs('1.1.1.1', 'chicuc', now)).toBe(60_000);
    for (let i = 0; i < 10; i++) t.fail('1.1.1.1', 'chicuc', now);
    expect(t.waitMs('1.1.1.1', 'chicuc', now)).toBe(15 * MIN);
    // Another address is not held up by this one's failures (16 < 20 for the account).
    expect(t.waitMs('2.2.2.2', 'chicuc', now)).toBe(0);
    // A day later the count is forgotten.
    expect(t.waitMs('1.1.1.1', 'chicuc', now + DEFAULT_THROTTLE.forgetAfterMs + 1)).toBe(0);
  });

  it('never holds up other accounts behind the same address (one NAT, many users)', () => {
    const t = new LoginThrottle();
    const now = 5_000_000;
    for (let i = 0; i < 200; i++) t.fail('10.9.9.9', `nguoi-${i % 40}`, now);
    expect(t.waitMs('10.9.9.9', 'lanhdao', now)).toBe(0);
    expect(t.waitMs('10.9.9.9', 'nguoi-1', now)).toBeGreaterThan(0);
  });

  it('slows guessing of one account spread over many addresses, except from an address that signed in before', () => {
    const t = new LoginThrottle();
    const now = 9_000_000;
    t.succeed('3.3.3.3', 'admin', now - MIN);
    for (let i = 0; i < 20; i++) t.fail(`203.0.113.${i}`, 'admin', now);
    expect(t.waitMs('198.51.100.1', 'admin', now)).toBe(30_000);
    expect(t.waitMs('3.3.3.3', 'admin', now)).toBe(0);
    t.succeed('3.3.3.3', 'admin', now);
    expect(t.waitMs('198.51.100.1', 'admin', now)).toBe(0);
  });
});

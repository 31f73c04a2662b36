/**
 * Slows password guessing per account, not per address: everyone behind one NAT shares an IP,
 * so a lock per IP let one person's typos (or an attacker's 50 guesses) lock a whole province out.
 *
 * Two counts of consecutive failures, each with its own free allowance and then a wait that
 * doubles with every further failure (capped):
 * - per (account, address): a user mistyping from their office;
 * - per account, from every address: a guesser spreading over many addresses. An address that
 *   signed in to the account successfully before is exempt from this one, so a guesser elsewhere
 *   cannot keep the owner out from the machine they always use.
 * Attempts made while a wait runs are refused without checking the password and do not count.
 * In memory: a single app server is the expected deployment; several servers each keep their own
 * counts, which only makes the limit looser by that factor.
 */
export interface ThrottleOptions {
  /** Failures of one account from one address before waits start. */
  freePerPair: number;
  /** Failures of one account from all addresses before waits start. */
  freePerAccount: number;
  /** The first wait; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A count not added to for this long is forgotten; a good address is remembered this long. */
  forgetAfterMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freePerPair: 5,
  freePerAccount: 20,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

interface Count {
  failures: number;
  last: number;
}

export class LoginThrottle {
  private counts = new Map<string, Count>();
  /** (account, address) pairs that signed in successfully, with when. */
  private known = new Map<string, number>();
  private operations = 0;

  constructor(private readonly opts: ThrottleOptions = DEFAULT_THROTTLE) {}

  /** Milliseconds until an attempt for `username` from `ip` is allowed; 0 when it is now. */
  waitMs(ip: string, username: string, now = Date.now()): number {
    this.sweep(now);
    const pair = this.delay(this.counts.get(pairKey(ip, username)), this.opts.freePerPair, now);
    const knownAt = this.known.get(pairKey(ip, username));
    const trusted = knownAt !== undefined && now - knownAt < this.opts.forgetAfterMs;
    const account = trusted
      ? 0
      : this.delay(this.counts.get(accountKey(username)), this.opts.freePerAccount, now);
    return Math.max(pair, account);
  }

  fail(ip: string, username: string, now = Date.now()): void {
    for (const key of [pairKey(ip, username), accountKey(username)]) {
      const c = this.counts.get(key);
      const fresh = !c || now - c.last > this.opts.forgetAfterMs;
      this.counts.set(key, { failures: fresh ? 1 : c.failures + 1, last: now });
    }
  }

  succeed(ip: string, username: string, now = Date.now()): void {
    this.counts.delete(pairKey(ip, username));
    this.counts.delete(accountKey(username));
    this.known.set(pairKey(ip, username), now);
  }

  private delay(c: Count | undefined, free: number, now: number): number {
    if (!c || c.failures < free || now - c.last > this.opts.forgetAfterMs) return 0;
    const wait = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (c.failures - free));
    return Math.max(0, c.last + wait - now);
  }

  /** Forgets old entries now and then, so a spray of made-up usernames cannot grow memory for good. */
  private sweep(now: number): void {
    if (++this.operations % 1000) return;
    for (const [key, c] of this.counts) if (now - c.last > this.opts.forgetAfterMs) this.counts.delete(key);
    for (const [key, at] of this.known) if (now - at > this.opts.forgetAfterMs) this.known.delete(key);
  }
}

const pairKey = (ip: string, username: string) => `p:${username}|${ip}`;
const accountKey = (username: string) => `a:${username}`;

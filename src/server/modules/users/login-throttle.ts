/**
 * Counts failed logins per (IP, username) and per IP in a sliding window. In memory: a single
 * app server is the expected deployment; several servers behind a proxy each keep their own
 * count, which only makes the limit looser by that factor.
 */
export interface ThrottleOptions {
  windowMs: number;
  maxPerUser: number;
  maxPerIp: number;
}

export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly opts: ThrottleOptions = { windowMs: 15 * 60_000, maxPerUser: 5, maxPerIp: 50 },
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.opts.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfter(ip: string, username: string, now = Date.now()): number {
    const user = this.recent(`u:${ip}|${username}`, now);
    const byIp = this.recent(`ip:${ip}`, now);
    const blockedBy = (list: number[], max: number) =>
      list.length >= max ? Math.ceil((list[list.length - max] + this.opts.windowMs - now) / 1000) : 0;
    return Math.max(blockedBy(user, this.opts.maxPerUser), blockedBy(byIp, this.opts.maxPerIp));
  }

  fail(ip: string, username: string, now = Date.now()): void {
    for (const key of [`u:${ip}|${username}`, `ip:${ip}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
  }

  succeed(ip: string, username: string): void {
    this.failures.delete(`u:${ip}|${username}`);
  }
}

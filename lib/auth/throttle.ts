// Pure sign-in throttling rules: no I/O, time is passed in.

export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60_000;
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const IP_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/** How far back attempts can matter to a rule. */
export function lookbackMs(rule: ThrottleRule): number {
  return rule.windowMs + rule.lockMs;
}

/**
 * When the lock ends, or null when not locked. A lock starts at the failure that makes
 * `maxFailures` failures within `windowMs`, and lasts `lockMs` from then.
 * @param failures failure times in ms, ascending
 */
export function lockedUntil(failures: readonly number[], now: number, rule: ThrottleRule): number | null {
  let until: number | null = null;
  for (let i = rule.maxFailures - 1; i < failures.length; i++) {
    const first = failures[i - rule.maxFailures + 1];
    const last = failures[i];
    if (last > now) break;
    if (last - first < rule.windowMs) {
      const end = last + rule.lockMs;
      if (end > now && (until === null || end > until)) until = end;
    }
  }
  return until;
}

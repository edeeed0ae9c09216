/** When to try a failed delivery (a webhook, a mail) again, and when to give up. */
export interface RetryPolicy {
  readonly baseMs: number;
  readonly capMs: number;
  readonly maxAttempts: number;
}

/**
 * Exponential backoff with full jitter: after the n-th failed attempt, a uniformly random wait in
 * [0, min(cap, base · 2^(n-1))]. Null when that was the last attempt allowed.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  failedAttempts: number,
  random: () => number = Math.random,
): number | null {
  if (failedAttempts >= policy.maxAttempts) return null;
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(failedAttempts - 1, 0), 40));
  return Math.floor(random() * ceiling);
}

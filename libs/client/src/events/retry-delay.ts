export interface RetryTiming {
  /** The first reconnection waits up to this long; each failure after it doubles the ceiling. */
  readonly baseMs: number;
  /** The ceiling never grows past this. */
  readonly capMs: number;
}

/**
 * How long to wait before the next connection, after `failures` consecutive failed ones: exponential backoff with
 * full jitter (a uniformly random wait up to the ceiling), so that many clients dropped at once by a restarting
 * server do not all come back in the same instant.
 */
export function retryDelayMs(failures: number, timing: RetryTiming, random: () => number = Math.random): number {
  const ceiling = Math.min(timing.capMs, timing.baseMs * 2 ** Math.max(0, failures));
  return Math.floor(random() * Math.max(0, ceiling));
}

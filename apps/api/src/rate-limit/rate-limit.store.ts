/** How many hits a key has had in its current window, and when that window ends. */
export interface WindowCount {
  readonly count: number;
  readonly resetInMs: number;
}

/**
 * Fixed windows: a key's window opens at its first hit and lasts `windowMs`. One implementation per process
 * (memory) and one shared by every instance (Redis).
 */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<WindowCount>;
  close(): Promise<void>;
}

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

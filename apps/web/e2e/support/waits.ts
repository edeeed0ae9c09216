import type { Locator } from 'playwright-core';

/** Waits for the locator's first match to be visible (Playwright's own auto-waiting). */
export async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/**
 * Reads `read` until `check` accepts its value, as Playwright's web-first assertions do; fails after `timeout`
 * with the last value read (or the last error), so a failure says what the page showed instead.
 */
export async function eventually<T>(
  read: () => T | Promise<T>,
  check: (value: T) => boolean,
  timeout = 15_000,
  what = 'the expected state',
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: { value: T } | { error: unknown };
  for (;;) {
    try {
      const value = await read();
      if (check(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) {
      const seen = 'value' in last ? describe(last.value) : `error: ${String(last.error)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((tick) => setTimeout(tick, 100));
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

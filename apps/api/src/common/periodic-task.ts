import type { Logger } from '@nestjs/common';

/** How often retention tasks (the event log, webhook deliveries) forget what they no longer keep. */
export const RETENTION_EVERY_MS = 60 * 60 * 1000;

/**
 * Runs `task` every `everyMs` without holding the process open; a failure is logged and the next run comes as
 * planned. Returns the function that stops it.
 */
export function startPeriodicTask(
  everyMs: number,
  logger: Logger,
  name: string,
  task: () => Promise<unknown>,
): () => void {
  const timer = setInterval(() => {
    task().catch((error: unknown) => logger.warn(`${name}: ${(error as Error).message}`));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

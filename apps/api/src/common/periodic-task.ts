import type { Logger } from '@nestjs/common';

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

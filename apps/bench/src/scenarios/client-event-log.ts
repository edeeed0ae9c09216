/** One event as a consumer received it: when, and which. */
interface Arrival {
  at: number;
  sequence: number;
  bulletinId: string;
}

/** What one consumer saw of the events published by the scenario. */
export interface Delivery {
  lost: number;
  duplicated: number;
  outOfOrder: number;
}

/**
 * The events one consumer received, in the order it received them, timed with performance.now(); a wait resolves
 * on the arrival that satisfies it (or at its deadline), so nothing polls.
 */
export class EventLog {
  readonly arrivals: Arrival[] = [];
  private readonly firstAt = new Map<string, number>();
  private readonly copies = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  record(bulletinId: string, sequence: number): void {
    const at = performance.now();
    this.arrivals.push({ at, sequence, bulletinId });
    if (!this.firstAt.has(bulletinId)) this.firstAt.set(bulletinId, at);
    this.copies.set(bulletinId, (this.copies.get(bulletinId) ?? 0) + 1);
    for (const listener of [...this.listeners]) listener();
  }

  /** When the bulletin's event first arrived. */
  arrivedAt(bulletinId: string): number | undefined {
    return this.firstAt.get(bulletinId);
  }

  /** When the first event after `time` arrived. */
  firstArrivedAfter(time: number): number | undefined {
    return this.arrivals.find((arrival) => arrival.at > time)?.at;
  }

  /** True once `done()` holds, false if `timeoutMs` passes first. */
  until(done: () => boolean, timeoutMs: number): Promise<boolean> {
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const settle = (result: boolean) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(result);
      };
      const listener = () => {
        if (done()) settle(true);
      };
      const timer = setTimeout(() => settle(false), timeoutMs);
      this.listeners.add(listener);
    });
  }

  /**
   * Of the bulletins published: how many never arrived, how many extra copies arrived, and how many events arrived
   * after one of a later sequence.
   */
  delivery(published: readonly string[]): Delivery {
    const lost = published.filter((id) => !this.copies.has(id)).length;
    const duplicated = published.reduce((extra, id) => extra + Math.max(0, (this.copies.get(id) ?? 0) - 1), 0);
    const outOfOrder = this.arrivals.filter(
      (arrival, i) => i > 0 && arrival.sequence <= this.arrivals[i - 1].sequence,
    ).length;
    return { lost, duplicated, outOfOrder };
  }
}

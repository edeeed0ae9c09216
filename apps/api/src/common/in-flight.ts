/**
 * Calls for the same key while one is running share its promise; a call after it settles runs afresh. For reads
 * many subscribers need at the same moment, and that must never be served stale.
 */
export class InFlight<K, V> {
  private readonly running = new Map<K, Promise<V>>();

  run(key: K, start: () => Promise<V>): Promise<V> {
    let promise = this.running.get(key);
    if (!promise) {
      promise = start().finally(() => this.running.delete(key));
      this.running.set(key, promise);
    }
    return promise;
  }
}

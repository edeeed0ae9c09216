import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@api/modules/events/event-bus.service';
import { AcknowledgementsRepository } from './acknowledgements.repository';

/** One live acknowledgement report: told when its bulletin's report may have changed. */
export interface ReportWatcher {
  /** Reads where the report stands now: call before reading the first report. */
  begin(): Promise<void>;
  /** Resolves once the report may differ from the one last read, at once if it already may; or when `signal` aborts. */
  changed(signal: AbortSignal): Promise<void>;
  /** Call just before reading the report again: what changed until now is in it. */
  seen(): void;
  dispose(): void;
}

class Watcher {
  /** The stamp of the report last read (null: none yet). */
  read: string | null = null;
  /** The newest stamp the watch has seen. */
  latest: string | null = null;
  private wake: (() => void) | null = null;

  observe(stamp: string | null): void {
    this.latest = stamp;
    if (this.moved()) this.wake?.();
  }

  moved(): boolean {
    return this.latest !== this.read;
  }

  changed(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted || this.moved()) return resolve();
      const done = () => {
        this.wake = null;
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.wake = done;
      signal.addEventListener('abort', done, { once: true });
    });
  }
}

/**
 * Tells live acknowledgement reports (acknowledgementsChanged) when their bulletin's receipts change. The database
 * is the truth: the receipt, or the new revision, is committed with its change; the event bus's notices
 * (acknowledgement notices and event notices, from this instance or through Redis from another) and its poll
 * ticks (EVENT_POLL_MS, which carry changes across instances without Redis) only wake the watch. Each wake reads
 * every watched bulletin's stamp in one query, and only the watchers whose stamp moved go on to re-read their
 * viewer and report. Nothing is read while nobody watches.
 */
@Injectable()
export class AcknowledgementWatch implements OnModuleInit, OnModuleDestroy {
  private readonly watchers = new Map<string, Set<Watcher>>();
  private running = false;
  private wokenAgain = false;
  private readonly stops: (() => void)[] = [];
  private readonly logger = new Logger(AcknowledgementWatch.name);

  constructor(
    private readonly bus: EventBus,
    private readonly acknowledgements: AcknowledgementsRepository,
  ) {}

  onModuleInit(): void {
    this.stops.push(
      this.bus.onAcknowledgementNotice(() => this.wake()),
      this.bus.onNotice(() => this.wake()),
    );
  }

  onModuleDestroy(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  watch(bulletinId: string): ReportWatcher {
    const watcher = new Watcher();
    let watching = this.watchers.get(bulletinId);
    if (!watching) {
      watching = new Set();
      this.watchers.set(bulletinId, watching);
    }
    watching.add(watcher);
    return {
      begin: async () => {
        const stamp = (await this.acknowledgements.reportStamps([bulletinId])).get(bulletinId) ?? null;
        watcher.latest = stamp;
        watcher.read = stamp;
      },
      changed: (signal) => watcher.changed(signal),
      seen: () => {
        watcher.read = watcher.latest;
      },
      dispose: () => {
        const set = this.watchers.get(bulletinId);
        set?.delete(watcher);
        if (set?.size === 0) this.watchers.delete(bulletinId);
      },
    };
  }

  private wake(): void {
    if (this.watchers.size === 0) return;
    if (this.running) {
      this.wokenAgain = true;
      return;
    }
    this.running = true;
    void this.run();
  }

  private async run(): Promise<void> {
    try {
      do {
        this.wokenAgain = false;
        const ids = [...this.watchers.keys()];
        if (ids.length === 0) break;
        const stamps = await this.acknowledgements.reportStamps(ids);
        for (const id of ids) {
          const stamp = stamps.get(id) ?? null;
          for (const watcher of this.watchers.get(id) ?? []) watcher.observe(stamp);
        }
      } while (this.wokenAgain);
    } catch (error) {
      // The next notice or poll tick reads again.
      this.logger.warn(`acknowledgement watch: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = false;
    }
  }
}

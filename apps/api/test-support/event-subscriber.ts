import type { Client } from 'graphql-ws';

export const BULLETIN_EVENTS = `subscription ($since: Float, $filter: BulletinEventFilter) {
  bulletinEvents(since: $since, filter: $filter) { sequence type bulletin { id reference tier title tags } }
}`;

export interface ReceivedEvent {
  sequence: number;
  type: string;
  bulletin: { id: string; title: string; tier: string; tags: string[] } & Record<string, unknown>;
}

/**
 * The close codes among a subscriber's errors (graphql-ws hands a closed socket's CloseEvent to `error`): 4403 when
 * the server ended the socket because its session ended (a deactivation, a sign-out, SessionEndings).
 */
export function closeCodesOf(errors: readonly unknown[]): number[] {
  return errors.flatMap((error) => {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === 'number' ? [code] : [];
  });
}

/** A `bulletinEvents` subscriber that records what it receives, through a real graphql-ws client. */
export class EventSubscriber {
  readonly received: ReceivedEvent[] = [];
  readonly errors: unknown[] = [];
  private stop: (() => void) | null = null;

  constructor(private readonly client: Client) {}

  start(variables: Record<string, unknown> = {}, query = BULLETIN_EVENTS): this {
    this.stop = this.client.subscribe<{ bulletinEvents: ReceivedEvent }>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors.push(result.errors);
          if (result.data) this.received.push(result.data.bulletinEvents);
        },
        error: (error) => this.errors.push(error),
        complete: () => undefined,
      },
    );
    return this;
  }

  /** What arrived about bulletins tagged `tag`, as "TYPE:title". */
  titles(tag: string): string[] {
    return this.tagged(tag).map((event) => `${event.type}:${event.bulletin.title}`);
  }

  tagged(tag: string): ReceivedEvent[] {
    return this.received.filter((event) => event.bulletin.tags.includes(tag));
  }

  end(): void {
    this.stop?.();
  }
}

/** Resolves once `condition` holds; fails after `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

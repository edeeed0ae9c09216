import { useCallback, useEffect, useRef, useState } from 'react';
import { type LiveStatus, openLiveStream } from '@web/api/live-events';
import { useSession } from '@web/auth/session-context';
import type { IncidentEventsSubscription } from '@web/graphql/generated/graphql';
import { INCIDENT_EVENTS } from './incident-query';

export type IncidentEvent = NonNullable<IncidentEventsSubscription['incidentEvents']>;

interface LiveIncidentsOptions {
  /** One report's events only; every report the viewer may read when absent. */
  readonly reportId?: string;
  /** Where the stream starts: the sequence read with the page (null: not read yet, so not started). */
  readonly since: number | null;
  /** Each event, in order, once: replayed ones first (those after `since`), then live ones. */
  readonly onEvent: (event: IncidentEvent) => void;
  /** The server no longer keeps events that old: read the page afresh (its next sequence restarts the stream). */
  readonly onExpired?: () => void;
}

/**
 * `incidentEvents` from `since`, kept open across sleep, network loss and token expiry (openLiveStream resumes from
 * the last sequence received, R16). It starts once per report (or list) and does not restart when the page reads a
 * newer sequence: it already has everything after the one it started from.
 */
export function useLiveIncidents({ reportId, since, onEvent, onExpired }: LiveIncidentsOptions): LiveStatus {
  const session = useSession();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [start, setStart] = useState<{ key: string; since: number } | null>(null);
  const handlers = useRef({ onEvent, onExpired });
  useEffect(() => {
    handlers.current = { onEvent, onExpired };
  });
  // The sequence the server said was too old: wait for the page to read a newer one before streaming again.
  const [expired, setExpired] = useState<number | null>(null);
  const key = reportId ?? '';
  if (since !== null && since !== expired && start?.key !== key) setStart({ key, since });

  useEffect(() => {
    if (!start) return;
    return openLiveStream({
      session,
      document: INCIDENT_EVENTS,
      variables: start.key ? { reportId: start.key } : {},
      since: start.since,
      sequenceOf: (data) => data.incidentEvents?.sequence ?? start.since,
      onData: (data) => {
        if (data.incidentEvents) handlers.current.onEvent(data.incidentEvents);
      },
      onStatus: setStatus,
      onExpired: () => {
        setExpired(start.since);
        setStart(null);
        handlers.current.onExpired?.();
      },
      onFatal: () => setStatus('offline'),
    });
  }, [session, start]);

  return status;
}

/**
 * `refetch` for a stream of events: one read at a time, and one more after it when events arrived meanwhile. A read
 * already on its way may have started before the change an event announces, so joining it could miss the change; a
 * burst of events costs two reads, not one per event.
 */
export function useCoalescedReread(refetch: () => Promise<unknown>): () => void {
  const state = useRef({ running: false, again: false });
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  return useCallback(() => {
    const current = state.current;
    if (current.running) {
      current.again = true;
      return;
    }
    current.running = true;
    void (async () => {
      do {
        current.again = false;
        await latest.current().catch(() => undefined);
      } while (current.again);
      current.running = false;
    })();
  }, []);
}

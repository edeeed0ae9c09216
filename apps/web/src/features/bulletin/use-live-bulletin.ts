import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { openLiveStream } from '@web/api/live-events';
import { useSession } from '@web/auth/session-context';
import type { BulletinEventType } from '@web/graphql/generated/graphql';
import { BULLETIN_LIVE_EVENTS, BULLETIN_PAGE } from './bulletin-query';

/** What happened to the open bulletin since the page was read; null while nothing has. */
export interface LiveChange {
  readonly type: BulletinEventType;
  readonly sequence: number;
}

/**
 * Keeps the open bulletin current: from `since` (the sequence read with the page), every event about this bulletin
 * reloads it from the API, which answers for the reader as they are now (an amendment they may no longer read
 * turns the page into the not-found page). The API has no subscription for one bulletin, so the stream carries
 * every event the reader may read and this keeps its own. The stream opens once per bulletin: a later `since`
 * (each reload brings one) does not restart it, since it resumes from the last event it received by itself.
 */
export function useLiveBulletin(id: string, since: number | null): LiveChange | null {
  const client = useApolloClient();
  const session = useSession();
  const [change, setChange] = useState<LiveChange | null>(null);
  const [start, setStart] = useState<{ id: string; since: number } | null>(null);
  const [changeFor, setChangeFor] = useState(id);

  // Another bulletin (the same page component, a new address): forget the last one's stream and change.
  if (changeFor !== id) {
    setChangeFor(id);
    setChange(null);
  }
  if (since !== null && start?.id !== id) setStart({ id, since });

  useEffect(() => {
    if (!start) return;
    const reload = () =>
      client
        .query({ query: BULLETIN_PAGE, variables: { id: start.id }, fetchPolicy: 'network-only' })
        // A failed reload leaves the page as it was; the next event, or a reload, tries again.
        .catch(() => undefined);
    return openLiveStream({
      session,
      document: BULLETIN_LIVE_EVENTS,
      variables: {},
      since: start.since,
      sequenceOf: (data) => data.bulletinEvents.sequence,
      onData: (data) => {
        const event = data.bulletinEvents;
        if (event.bulletin.id !== start.id) return;
        setChange({ type: event.type, sequence: event.sequence });
        void reload();
      },
      onStatus: () => undefined,
      // Asleep for longer than the server keeps events: read the bulletin afresh and follow on from now.
      onExpired: () => {
        void reload().then((result) => {
          const latest = result?.data?.latestEventSequence;
          if (latest !== undefined) setStart({ id: start.id, since: latest });
        });
      },
      // The page stays as it is; it was read moments ago and a reload reads it again.
      onFatal: () => undefined,
    });
  }, [client, session, start]);

  return change;
}

import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError } from '@web/api/api-error';
import { type LiveStatus, openLiveStream } from '@web/api/live-events';
import { useSession } from '@web/auth/session-context';
import { graphql } from '@web/graphql/generated';
import type { FeedBulletin } from './bulletin-fields';
import { type BulletinFilters, toEventFilter, toListFilter } from './bulletin-filters';
import { initialLiveFeed, liveFeedReducer, type LiveFeedState, type Page } from './live-feed';

export const PAGE_SIZE = 20;

const LATEST_EVENT_SEQUENCE = graphql(`
  query FeedLatestEventSequence {
    latestEventSequence
  }
`);

const FEED_BULLETINS = graphql(`
  query FeedBulletins($first: Int!, $after: String, $filter: BulletinFilter) {
    bulletins(first: $first, after: $after, filter: $filter) {
      ...FeedBulletinPage
    }
  }
`);

const FEED_SAVED_ITEMS = graphql(`
  query FeedSavedFeedItems($feedId: ID!, $first: Int!, $after: String) {
    feedItems(feedId: $feedId, first: $first, after: $after) {
      ...FeedBulletinPage
    }
  }
`);

const FEED_BULLETIN_EVENTS = graphql(`
  subscription FeedBulletinEvents($since: Float, $filter: BulletinEventFilter, $feedId: ID) {
    bulletinEvents(since: $since, filter: $filter, feedId: $feedId) {
      sequence
      type
      bulletin {
        ...FeedBulletinFields
      }
    }
  }
`);

/** Every bulletin the reader may read (filtered), or one of their saved feeds. */
export type FeedSource =
  { readonly kind: 'all'; readonly filters: BulletinFilters } | { readonly kind: 'saved'; readonly feedId: string };

interface Connection {
  readonly totalCount: number;
  readonly totalCountIsExact: boolean;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: FeedBulletin }[];
}

/** A query's data; without errors (they throw) it is always there. */
export function answered<T>(data: T | undefined): T {
  if (data === undefined) throw new ApiError('INTERNAL', 'The server sent an empty answer. Try again.');
  return data;
}

function toPage(connection: Connection): Page<FeedBulletin> {
  return {
    bulletins: connection.edges.map((edge) => edge.node),
    totalCount: connection.totalCount,
    totalCountIsExact: connection.totalCountIsExact,
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

/**
 * One page. `no-cache`: this list is kept by the live merge, not by Apollo's cache, whose single `bulletins`
 * entry (keyArgs: false) another page or the next page would overwrite.
 */
async function fetchPage(client: ApolloClient, source: FeedSource, after: string | null): Promise<Page<FeedBulletin>> {
  if (source.kind === 'saved') {
    const { data } = await client.query({
      query: FEED_SAVED_ITEMS,
      variables: { feedId: source.feedId, first: PAGE_SIZE, after },
      fetchPolicy: 'no-cache',
    });
    return toPage(answered(data).feedItems);
  }
  const { data } = await client.query({
    query: FEED_BULLETINS,
    variables: {
      first: PAGE_SIZE,
      after,
      // Retracted ones stay in the feed, marked: a withdrawn warning is news too.
      filter: { ...toListFilter(source.filters), statuses: ['PUBLISHED', 'RETRACTED'] },
    },
    fetchPolicy: 'no-cache',
  });
  return toPage(answered(data).bulletins);
}

export interface LiveFeed {
  readonly state: LiveFeedState<FeedBulletin>;
  readonly status: LiveStatus;
  /** The first page could not be loaded. */
  readonly error: unknown;
  /** The live stream stopped for a reason retrying will not fix. */
  readonly streamError: unknown;
  readonly loadingMore: boolean;
  readonly moreError: unknown;
  readonly loadMore: () => void;
  readonly showPending: () => void;
}

/**
 * The list for `source`, kept live. The order matters so nothing is missed: the newest event sequence first, then
 * the first page, then the stream from that sequence (what the page already has is dropped by the merge).
 * Mount it with a `key` per source: a new filter or feed starts over. `onExpired` is called when the server no
 * longer has the events since the page was loaded (a long sleep); the caller starts over.
 */
export function useLiveFeed(source: FeedSource, onExpired: () => void): LiveFeed {
  const client = useApolloClient();
  const session = useSession();
  // The caller remounts for another source: the first one is the one this instance follows.
  const [followed] = useState(source);
  const [state, dispatch] = useReducer(liveFeedReducer<FeedBulletin>, undefined, initialLiveFeed<FeedBulletin>);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<unknown>(null);
  const [streamError, setStreamError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const expired = useRef(onExpired);
  useEffect(() => {
    expired.current = onExpired;
  }, [onExpired]);

  useEffect(() => {
    let stopped = false;
    let close: (() => void) | null = null;
    const start = async () => {
      try {
        const latest = await client.query({ query: LATEST_EVENT_SEQUENCE, fetchPolicy: 'network-only' });
        if (stopped) return;
        const page = await fetchPage(client, followed, null);
        if (stopped) return;
        dispatch({ type: 'pageLoaded', page, append: false });
        close = openLiveStream({
          session,
          document: FEED_BULLETIN_EVENTS,
          variables:
            followed.kind === 'saved' ? { feedId: followed.feedId } : { filter: toEventFilter(followed.filters) },
          since: answered(latest.data).latestEventSequence,
          sequenceOf: (data) => data.bulletinEvents.sequence,
          onData: (data) => dispatch({ type: 'event', event: data.bulletinEvents }),
          onStatus: setStatus,
          onExpired: () => expired.current(),
          onFatal: setStreamError,
        });
      } catch (caught) {
        if (!stopped) setError(caught);
      }
    };
    void start();
    return () => {
      stopped = true;
      close?.();
    };
  }, [client, session, followed]);

  const loadingMoreRef = useRef(false);
  const loadMore = useCallback(() => {
    if (loadingMoreRef.current || !state.endCursor) return;
    loadingMoreRef.current = true;
    setLoadingMore(true);
    setMoreError(null);
    fetchPage(client, followed, state.endCursor)
      .then((page) => dispatch({ type: 'pageLoaded', page, append: true }))
      .catch((caught: unknown) => setMoreError(caught))
      .finally(() => {
        loadingMoreRef.current = false;
        setLoadingMore(false);
      });
  }, [client, followed, state.endCursor]);

  const showPending = useCallback(() => dispatch({ type: 'showPending' }), []);

  return { state, status, error, streamError, loadingMore, moreError, loadMore, showPending };
}

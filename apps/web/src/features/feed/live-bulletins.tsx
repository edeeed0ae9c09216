import { Button, Center, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { countBulletins } from './bulletin-labels';
import { BulletinList } from './bulletin-list';
import { pendingLabel } from './live-feed';
import { LiveStatusText } from './live-status';
import { type FeedSource, useLiveFeed } from './use-live-feed';
import classes from './feed-page.module.css';

interface LiveBulletinsProps {
  readonly source: FeedSource;
  /** Load everything again (after an error, or when the server no longer has the events since the page). */
  readonly onRestart: () => void;
  /** Shown when the list is empty. */
  readonly empty: ReactNode;
  /** Beside the count (e.g. "Save this view as a feed"). */
  readonly actions?: ReactNode;
}

/**
 * A list that stays current: the count and live status, the "3 new bulletins" bar, the bulletins, "Load more".
 * Mount it with a key per source.
 */
export function LiveBulletins({ source, onRestart, empty, actions }: LiveBulletinsProps) {
  const feed = useLiveFeed(source, onRestart);
  const { state } = feed;
  const waiting = state.pending.length;

  return (
    <div className={classes['live']}>
      <div className={classes['toolbar']}>
        <Text fw={600} className={classes['count']}>
          {state.loaded ? countBulletins(state.totalCount, state.totalCountIsExact) : ' '}
        </Text>
        <LiveStatusText status={feed.status} />
        {actions && <div className={classes['toolbarActions']}>{actions}</div>}
      </div>

      {/* Takes no room: the list does not move when the bar appears. */}
      <div className={classes['pendingSlot']} aria-live="polite">
        {waiting > 0 && (
          <Button className={classes['pendingBar']} radius="xl" onClick={feed.showPending}>
            {pendingLabel(waiting)} — show
          </Button>
        )}
      </div>

      {feed.streamError !== null && <ErrorNotice error={feed.streamError} onRetry={onRestart} />}

      {feed.error !== null ? (
        <ErrorNotice error={feed.error} onRetry={onRestart} />
      ) : !state.loaded ? (
        <LoadingState label="Loading bulletins…" />
      ) : state.items.length === 0 ? (
        empty
      ) : (
        <BulletinList entries={state.items} focus={state.focus} />
      )}

      {feed.moreError !== null && <ErrorNotice error={feed.moreError} onRetry={feed.loadMore} />}
      {state.loaded && state.hasNextPage && (
        <Center mt="md">
          <Button variant="default" onClick={feed.loadMore} loading={feed.loadingMore}>
            Load more
          </Button>
        </Center>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { useDocumentTitle } from '@web/components/use-document-title';
import { FeedMailSettings } from '@web/features/mail/feed-mail-settings';
import { graphql } from '@web/graphql/generated';
import { fromEventFilter, hasFilters } from './bulletin-filters';
import { FilterBar, useUrlFilters } from './filter-bar';
import { LiveBulletins } from './live-bulletins';
import {
  FilterSummary,
  type SavedFeed,
  SaveViewButton,
  SavedFeedActions,
  SavedFeedsMenu,
  SavedFeedsPanel,
} from './saved-feeds';
import type { FeedSource } from './use-live-feed';
import classes from './feed-page.module.css';

const FEED_SAVED_FEED = graphql(`
  query FeedSavedFeed($id: ID!) {
    feed(id: $id) {
      ...FeedSavedFeedFields
    }
  }
`);

/** `/`: every bulletin the reader may read; `/feeds/:feedId`: one of their saved feeds. */
export function FeedPage() {
  const { feedId } = useParams();
  return feedId ? <SavedFeedView feedId={feedId} /> : <AllBulletinsView />;
}

function FeedLayout({ children }: { children: ReactNode }) {
  return (
    <div className={classes['layout']}>
      <div className={classes['content']}>{children}</div>
      <aside className={classes['aside']}>
        <SavedFeedsPanel />
      </aside>
    </div>
  );
}

function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack className={classes['empty']} gap="xs" align="flex-start">
      <Text fw={700}>{title}</Text>
      {children}
    </Stack>
  );
}

/** Starts the live list over: new filters or feed (by key), or a retry (by generation). */
function useRestart() {
  const [generation, setGeneration] = useState(0);
  const restart = useCallback(() => setGeneration((value) => value + 1), []);
  return { generation, restart };
}

function AllBulletinsView() {
  useDocumentTitle('Feed');
  const { filters, setFilters, clearFilters, filtersKey } = useUrlFilters();
  const { generation, restart } = useRestart();
  const filtered = hasFilters(filters);
  const source = useMemo((): FeedSource => ({ kind: 'all', filters }), [filters]);

  return (
    <FeedLayout>
      <header className={classes['header']}>
        <div className={classes['headerRow']}>
          <Title order={1}>Feed</Title>
          <SavedFeedsMenu currentId={null} />
        </div>
        <Text c="dimmed">Every bulletin you may read, newest first. New ones arrive here as they are published.</Text>
      </header>
      <FilterBar filters={filters} onChange={setFilters} onClear={clearFilters} />
      <LiveBulletins
        key={`${filtersKey}#${generation}`}
        source={source}
        onRestart={restart}
        actions={<SaveViewButton filters={filters} />}
        empty={
          filtered ? (
            <EmptyState title="No bulletins match these filters">
              <Text size="sm">Try fewer filters; new bulletins that match will appear here as they are published.</Text>
              <Button variant="default" size="sm" onClick={clearFilters}>
                Clear filters
              </Button>
            </EmptyState>
          ) : (
            <EmptyState title="No bulletins yet">
              <Text size="sm">New bulletins will appear here as they are published.</Text>
            </EmptyState>
          )
        }
      />
    </FeedLayout>
  );
}

function SavedFeedView({ feedId }: { feedId: string }) {
  const { data, error, loading, refetch } = useQuery(FEED_SAVED_FEED, { variables: { id: feedId } });
  if (data?.feed) return <SavedFeedContent key={feedId} feed={data.feed} />;
  if (data && !data.feed) return <NotFoundPage />;
  return (
    <FeedLayout>
      <PendingFeed error={error} loading={loading} onRetry={() => void refetch()} />
    </FeedLayout>
  );
}

function PendingFeed({ error, loading, onRetry }: { error: unknown; loading: boolean; onRetry: () => void }) {
  useDocumentTitle('Feed');
  return (
    <>
      <Title order={1}>Saved feed</Title>
      {error && !loading ? <ErrorNotice error={error} onRetry={onRetry} /> : <LoadingState label="Opening the feed…" />}
    </>
  );
}

function SavedFeedContent({ feed }: { feed: SavedFeed }) {
  useDocumentTitle(feed.name);
  const { generation, restart } = useRestart();
  const source = useMemo((): FeedSource => ({ kind: 'saved', feedId: feed.id }), [feed.id]);
  const filters = useMemo(() => fromEventFilter(feed.filter), [feed.filter]);

  return (
    <FeedLayout>
      <header className={classes['header']}>
        <div className={classes['headerRow']}>
          <Title order={1} className={classes['feedName']}>
            {feed.name}
          </Title>
          <Group gap="xs">
            <SavedFeedActions feed={feed} />
            <SavedFeedsMenu currentId={feed.id} />
          </Group>
        </div>
        <Text c="dimmed">
          Saved feed: <FilterSummary filters={filters} empty="every bulletin you may read" />
        </Text>
      </header>
      <FeedMailSettings feedId={feed.id} feedName={feed.name} />
      <LiveBulletins
        key={`${feed.id}#${generation}`}
        source={source}
        onRestart={restart}
        empty={
          <EmptyState title="Nothing in this feed yet">
            <Text size="sm">New bulletins will appear here as they are published.</Text>
          </EmptyState>
        }
      />
    </FeedLayout>
  );
}

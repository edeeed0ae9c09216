import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import cards from '@web/components/card-list.module.css';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import { CATEGORY_LABELS } from '@web/features/feed/bulletin-labels';
import { REVIEW_QUEUE } from './review-query';
import { SecondPublisherMark } from './second-publisher-mark';
import classes from './review.module.css';

/**
 * For publishers: drafts sent for review and pending amendments that the API lets this viewer see (R11; a RED one
 * only for its named approver), most recently changed first. Each says whether it needs a second publisher and
 * whether this viewer may publish it, in the API's words; opening one shows the bulletin with its review panel.
 */
export function ReviewQueuePage() {
  useDocumentTitle('Review queue');
  const { data, error, loading, refetch, fetchMore } = useQuery(REVIEW_QUEUE, {
    variables: {},
    fetchPolicy: 'cache-and-network',
  });
  const [more, setMore] = useState(false);
  const queue = data?.reviewQueue;
  const items = queue?.edges.map((edge) => edge.node) ?? [];

  const showMore = async () => {
    if (!queue?.pageInfo.endCursor) return;
    setMore(true);
    try {
      await fetchMore({
        variables: { after: queue.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          reviewQueue: {
            ...fetchMoreResult.reviewQueue,
            edges: [...previous.reviewQueue.edges, ...fetchMoreResult.reviewQueue.edges],
          },
        }),
      });
    } finally {
      setMore(false);
    }
  };

  return (
    <Stack gap="md" className={classes['page']}>
      <Title order={1}>Review queue</Title>
      <Text c="dimmed" size="sm">
        Drafts sent for review and amendments waiting to be released, newest first. TLP:AMBER+STRICT and TLP:RED need a
        publisher other than their author; a TLP:RED one is listed only for the publisher it names.
      </Text>
      {error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {!data && loading && <LoadingState label="Loading the review queue…" />}
      {queue && items.length === 0 && <Text>Nothing is waiting for review.</Text>}
      {items.length > 0 && (
        <>
          <Text size="sm" role="status">
            {queue?.totalCount === 1 ? '1 bulletin is' : `${queue?.totalCount ?? items.length} bulletins are`} waiting.
          </Text>
          <ul className={cards['list']} aria-label="Waiting for review">
            {items.map((item) => {
              const review = item.review;
              return (
                <li key={item.id} className={cards['item']}>
                  <div className={cards['itemHead']}>
                    <TlpBadge tier={review?.tier ?? item.tier} />
                    <span className={classes['kind']}>
                      {review?.isAmendment ? `Pending amendment (revision ${review.revision})` : 'Draft in review'}
                    </span>
                    {review?.needsSecondPublisher && <SecondPublisherMark />}
                  </div>
                  <Anchor component={Link} to={`/bulletins/${item.id}`} className={cards['title']}>
                    {item.title}
                  </Anchor>
                  <dl className={classes['meta']}>
                    <div>
                      <dt>By</dt>
                      <dd>
                        {review?.author.displayName ?? 'Unknown'}
                        {item.originators.length > 0 &&
                          ` (${item.originators.map((organization) => organization.shortName).join(', ')})`}
                      </dd>
                    </div>
                    <div>
                      <dt>{review?.isAmendment ? 'Amended' : 'Submitted'}</dt>
                      <dd>
                        <DateTime value={item.updatedAt} />
                      </dd>
                    </div>
                    <div>
                      <dt>Category</dt>
                      <dd>{CATEGORY_LABELS[item.category]}</dd>
                    </div>
                    {review?.tier === 'RED' && (
                      <div>
                        <dt>Named approver</dt>
                        <dd>{review.approver?.displayName ?? 'None named'}</dd>
                      </div>
                    )}
                  </dl>
                  {review && (
                    <Text className={classes['verdict']} data-can={review.viewerCanPublish}>
                      {review.viewerCanPublish
                        ? 'You may publish it.'
                        : `You cannot publish it: ${review.cannotPublishReasonText ?? 'not allowed'}.`}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
          {queue?.pageInfo.hasNextPage && (
            <div>
              <Button variant="default" loading={more} onClick={() => void showMore()}>
                Show more
              </Button>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}

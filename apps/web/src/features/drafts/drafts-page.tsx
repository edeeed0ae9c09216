import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useViewer } from '@web/auth/viewer';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import { CATEGORY_LABELS } from '@web/features/feed/bulletin-labels';
import { graphql } from '@web/graphql/generated';
import type { MyDraftsQuery } from '@web/graphql/generated/graphql';
import { useSentDrafts } from './sent-drafts';
import classes from './drafts-page.module.css';

/** Drafts and bulletins in review that the API lets this viewer see (R11): their own, and for a publisher their organization's. */
export const MY_DRAFTS = graphql(`
  query MyDrafts {
    bulletins(first: 100, filter: { statuses: [DRAFT, IN_REVIEW] }) {
      totalCount
      edges {
        node {
          id
          title
          status
          tier
          category
          updatedAt
          review {
            author {
              id
              displayName
            }
          }
          reviewComments {
            revision
            comment
            at
            by {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

/** What became of a draft this browser saw in the list, once it has left it (published, or retracted since). */
export const SENT_DRAFT = graphql(`
  query SentDraft($id: ID!) {
    bulletin(id: $id) {
      id
      title
      status
      tier
      category
      reference
      publishedAt
      retractedAt
    }
  }
`);

type Draft = MyDraftsQuery['bulletins']['edges'][number]['node'];

export function DraftsPage() {
  useDocumentTitle('My drafts');
  const viewerId = useViewer().data?.viewer.user?.id ?? null;
  const { data, error, loading, refetch } = useQuery(MY_DRAFTS, { fetchPolicy: 'cache-and-network' });
  const drafts = useMemo(() => data?.bulletins.edges.map((edge) => edge.node) ?? [], [data]);
  const sent = useSentDrafts(viewerId, data ? drafts : null);
  const empty = data && drafts.length === 0 && sent.length === 0;
  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>My drafts</Title>
        <Button component={Link} to="/compose">
          Write a bulletin
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        Drafts you are writing, those sent for review, and what became of them: sent back with a comment, or published.
      </Text>
      {error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {!data && loading && <LoadingState label="Loading drafts…" />}
      {empty && <Text>No drafts. Bulletins you start writing are listed here.</Text>}
      {(drafts.length > 0 || sent.length > 0) && (
        <ul className={classes['list']} aria-label="Drafts">
          {drafts.map((draft) => (
            <DraftItem key={draft.id} draft={draft} viewerId={viewerId} />
          ))}
          {sent.map((id) => (
            <SentItem key={id} id={id} />
          ))}
        </ul>
      )}
    </Stack>
  );
}

function DraftItem({ draft, viewerId }: { draft: Draft; viewerId: string | null }) {
  const author = draft.review?.author;
  const returned = draft.status === 'DRAFT' ? (draft.reviewComments?.[0] ?? null) : null;
  const status = returned ? 'Sent back' : draft.status === 'IN_REVIEW' ? 'In review' : 'Draft';
  return (
    <li className={classes['item']}>
      <div className={classes['itemHead']}>
        <TlpBadge tier={draft.tier} />
        <span className={classes['status']} data-status={returned ? 'RETURNED' : draft.status}>
          {status}
        </span>
      </div>
      <Anchor
        component={Link}
        to={draft.status === 'DRAFT' ? `/bulletins/${draft.id}/edit` : `/bulletins/${draft.id}`}
        className={classes['title']}
      >
        {draft.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {author && <>{author.id === viewerId ? 'Yours' : `By ${author.displayName}`} · </>}
        {CATEGORY_LABELS[draft.category]} · last changed <DateTime value={draft.updatedAt} />
      </Text>
      {returned && (
        <div className={classes['returned']} data-testid="returned-comment">
          <Text size="sm" fw={700}>
            {returned.by.displayName} sent it back:
          </Text>
          <Text size="sm" className={classes['comment']}>
            {returned.comment}
          </Text>
          <Text size="xs" c="dimmed">
            <DateTime value={returned.at} />
          </Text>
        </div>
      )}
    </li>
  );
}

/** A draft seen here before that is no longer a draft: shown as published (or retracted), else not at all. */
function SentItem({ id }: { id: string }) {
  const { data } = useQuery(SENT_DRAFT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const bulletin = data?.bulletin;
  if (!bulletin || (bulletin.status !== 'PUBLISHED' && bulletin.status !== 'RETRACTED')) return null;
  const published = bulletin.status === 'PUBLISHED';
  return (
    <li className={classes['item']}>
      <div className={classes['itemHead']}>
        <TlpBadge tier={bulletin.tier} />
        <span className={classes['status']} data-status={bulletin.status}>
          {published ? 'Published' : 'Retracted'}
        </span>
        {bulletin.reference && <span className={classes['reference']}>{bulletin.reference}</span>}
      </div>
      <Anchor component={Link} to={`/bulletins/${bulletin.id}`} className={classes['title']}>
        {bulletin.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {CATEGORY_LABELS[bulletin.category]} · {published ? 'published' : 'retracted'}{' '}
        <DateTime value={published ? bulletin.publishedAt : bulletin.retractedAt} />
      </Text>
    </li>
  );
}

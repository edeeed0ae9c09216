import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import cards from '@web/components/card-list.module.css';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import { ImportStixButton } from '@web/features/compose/import-stix-dialog';
import { CATEGORY_LABELS } from '@web/features/feed/bulletin-labels';
import { graphql } from '@web/graphql/generated';
import type { MyDraftsQuery } from '@web/graphql/generated/graphql';
import classes from './drafts-page.module.css';

/** What both lists show of a bulletin. */
export const MY_BULLETIN_FIELDS = graphql(`
  fragment MyBulletinFields on Bulletin {
    id
    title
    status
    tier
    category
  }
`);

/**
 * The bulletins this viewer started (`authoredByMe`), as the API lets them read them (R6, R11): drafts and drafts in
 * review, each with why it was last sent back; then the 10 newest that were published (or retracted since).
 */
export const MY_DRAFTS = graphql(`
  query MyDrafts {
    drafts: bulletins(first: 100, filter: { authoredByMe: true, statuses: [DRAFT, IN_REVIEW] }) {
      edges {
        node {
          ...MyBulletinFields
          updatedAt
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
    sent: bulletins(first: 10, filter: { authoredByMe: true, statuses: [PUBLISHED, RETRACTED] }) {
      edges {
        node {
          ...MyBulletinFields
          reference
          publishedAt
          retractedAt
        }
      }
    }
  }
`);

type Draft = MyDraftsQuery['drafts']['edges'][number]['node'];
type Sent = MyDraftsQuery['sent']['edges'][number]['node'];

export function DraftsPage() {
  useDocumentTitle('My drafts');
  // Not through the cache: it keeps one `bulletins` list whatever the arguments (apollo-client.ts), and this page
  // asks for two. Each visit asks the API afresh.
  const { data, error, loading, refetch } = useQuery(MY_DRAFTS, { fetchPolicy: 'no-cache' });
  const drafts = data?.drafts.edges.map((edge) => edge.node) ?? [];
  const sent = data?.sent.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>My drafts</Title>
        <Group gap="sm">
          <ImportStixButton />
          <Button component={Link} to="/compose">
            Write a bulletin
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        Drafts you are writing, those sent for review, and what became of them: sent back with a comment, or published.
      </Text>
      {error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {!data && loading && <LoadingState label="Loading drafts…" />}
      {data && drafts.length === 0 && sent.length === 0 && (
        <Text>No drafts. Bulletins you start writing are listed here.</Text>
      )}
      {(drafts.length > 0 || sent.length > 0) && (
        <ul className={cards['list']} aria-label="Drafts">
          {drafts.map((draft) => (
            <DraftItem key={draft.id} draft={draft} />
          ))}
          {sent.map((bulletin) => (
            <SentItem key={bulletin.id} bulletin={bulletin} />
          ))}
        </ul>
      )}
    </Stack>
  );
}

function DraftItem({ draft }: { draft: Draft }) {
  const returned = draft.status === 'DRAFT' ? (draft.reviewComments?.[0] ?? null) : null;
  const status = returned ? 'Sent back' : draft.status === 'IN_REVIEW' ? 'In review' : 'Draft';
  return (
    <li className={cards['item']}>
      <div className={cards['itemHead']}>
        <TlpBadge tier={draft.tier} />
        <span className={classes['status']} data-status={returned ? 'RETURNED' : draft.status}>
          {status}
        </span>
      </div>
      <Anchor
        component={Link}
        to={draft.status === 'DRAFT' ? `/bulletins/${draft.id}/edit` : `/bulletins/${draft.id}`}
        className={cards['title']}
      >
        {draft.title}
      </Anchor>
      <Text size="sm" c="dimmed">
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

/** One of the viewer's bulletins that is no longer a draft: published, or retracted since. */
function SentItem({ bulletin }: { bulletin: Sent }) {
  const published = bulletin.status === 'PUBLISHED';
  return (
    <li className={cards['item']}>
      <div className={cards['itemHead']}>
        <TlpBadge tier={bulletin.tier} />
        <span className={classes['status']} data-status={bulletin.status}>
          {published ? 'Published' : 'Retracted'}
        </span>
        {bulletin.reference && <span className={classes['reference']}>{bulletin.reference}</span>}
      </div>
      <Anchor component={Link} to={`/bulletins/${bulletin.id}`} className={cards['title']}>
        {bulletin.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {CATEGORY_LABELS[bulletin.category]} · {published ? 'published' : 'retracted'}{' '}
        <DateTime value={published ? bulletin.publishedAt : bulletin.retractedAt} />
      </Text>
    </li>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import { CATEGORY_LABELS } from '@web/features/feed/bulletin-labels';
import { graphql } from '@web/graphql/generated';
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
        }
      }
    }
  }
`);

const STATUS_WORDS = { DRAFT: 'Draft', IN_REVIEW: 'In review' } as const;

export function DraftsPage() {
  useDocumentTitle('My drafts');
  const { data, error, loading, refetch } = useQuery(MY_DRAFTS, { fetchPolicy: 'cache-and-network' });
  const drafts = data?.bulletins.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>My drafts</Title>
        <Button component={Link} to="/compose">
          Write a bulletin
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        Drafts you are writing, and those sent for review and not yet published.
      </Text>
      {error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {!data && loading && <LoadingState label="Loading drafts…" />}
      {data && drafts.length === 0 && <Text>No drafts. Bulletins you start writing are listed here.</Text>}
      {drafts.length > 0 && (
        <ul className={classes['list']} aria-label="Drafts">
          {drafts.map((draft) => (
            <li key={draft.id} className={classes['item']}>
              <div className={classes['itemHead']}>
                <TlpBadge tier={draft.tier} />
                <span className={classes['status']} data-status={draft.status}>
                  {draft.status === 'DRAFT' || draft.status === 'IN_REVIEW' ? STATUS_WORDS[draft.status] : draft.status}
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
                {CATEGORY_LABELS[draft.category]} · last changed <DateTime value={draft.updatedAt} />
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

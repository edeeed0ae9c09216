import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import { Pager } from '@web/features/admin/pager';
import { useCursorPages } from '@web/features/admin/use-pages';
import { MailRecordsTable, MailStatusLegend } from '@web/features/mail/mail-records-table';
import { MY_MAILS } from '@web/features/mail/mail-queries';
import { AccountTabs } from './account-tabs';
import classes from './account.module.css';

const PAGE_SIZE = 25;
/** Waiting and retrying mails change within seconds to minutes: the page keeps itself current while open. */
const REFRESH_MS = 15_000;

/** `/account/mail`: every e-mail Bulwark sent (or tried to send) the signed-in person, latest first. */
export function MyMailPage() {
  useDocumentTitle('Your e-mail');
  const email = useViewer().data?.viewer.user?.email;
  const pages = useCursorPages();
  const list = useQuery(MY_MAILS, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
    pollInterval: REFRESH_MS,
  });
  const records = list.data?.myMails.edges.map((edge) => edge.node) ?? [];
  const refetch = () => void list.refetch().catch(() => undefined);

  return (
    <Stack gap="lg" className={classes['page']}>
      <AccountTabs />
      <Stack gap={4}>
        <Title order={1}>Your e-mail</Title>
        <Text c="dimmed" size="sm">
          Every e-mail Bulwark sent you{email ? ` at ${email}` : ''}, or tried to, latest first: whether it arrived at
          your mail server and what that server answered. You choose e-mail for each saved feed on the feed’s page.
        </Text>
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={refetch}>
          Refresh
        </Button>
      </Group>
      {list.error && <ErrorNotice error={list.error} onRetry={refetch} />}
      {!list.data && list.loading && <LoadingState label="Loading your e-mail…" />}
      {list.data && records.length === 0 && (
        <Text>
          No e-mail yet. Open one of your{' '}
          <Anchor component={Link} to="/">
            saved feeds
          </Anchor>{' '}
          and choose “Set up e-mail”; what the feed matches from then on is mailed as you choose.
        </Text>
      )}
      {records.length > 0 && (
        <>
          <MailRecordsTable records={records} label="Your e-mail" />
          <MailStatusLegend />
        </>
      )}
      {list.data && <Pager pages={pages} page={list.data.myMails} pageSize={PAGE_SIZE} noun="e-mails" />}
    </Stack>
  );
}

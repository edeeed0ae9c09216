import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { forwardRef, useId, useImperativeHandle, useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { MailRecordsTable, MailStatusLegend } from '@web/features/mail/mail-records-table';
import { MAIL_STATUS_WORDS, MAIL_STATUSES } from '@web/features/mail/mail-words';
import type { MailStatus } from '@web/graphql/generated/graphql';
import { ORGANIZATION_MAILS } from './mail-admin-queries';
import { Pager } from './pager';
import { useCursorPages } from './use-pages';
import classes from './admin.module.css';

const PAGE_SIZE = 25;
/** Waiting and retrying mails change within seconds to minutes. */
const REFRESH_MS = 15_000;

export interface OrganizationMailsHandle {
  refresh(): void;
}

/** Every e-mail sent (or tried) to the organization's people and shared mailboxes, latest first, by status. */
export const OrganizationMailsSection = forwardRef<OrganizationMailsHandle, { organizationName: string }>(
  function OrganizationMailsSection({ organizationName }, ref) {
    const headingId = useId();
    const [status, setStatus] = useState<MailStatus | ''>('');
    const pages = useCursorPages();
    const log = useQuery(ORGANIZATION_MAILS, {
      variables: { first: PAGE_SIZE, after: pages.after, ...(status && { status }) },
      fetchPolicy: 'cache-and-network',
      pollInterval: REFRESH_MS,
    });
    const refetch = () => void log.refetch().catch(() => undefined);
    useImperativeHandle(ref, () => ({ refresh: refetch }));
    const records = log.data?.organizationMails.edges.map((edge) => edge.node) ?? [];

    return (
      <section aria-labelledby={headingId} className={classes['panel']}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            Delivery records
          </Title>
          <Text size="sm">
            Every e-mail to the people and shared mailboxes of {organizationName}, latest first. A record never names
            the bulletins it was about.
          </Text>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label="Status"
              value={status}
              onChange={(event) => {
                setStatus(event.currentTarget.value as MailStatus | '');
                pages.reset();
              }}
              data={[
                { value: '', label: 'Every status' },
                ...MAIL_STATUSES.map((value) => ({ value, label: MAIL_STATUS_WORDS[value].label })),
              ]}
            />
            <Button variant="default" onClick={refetch}>
              Refresh
            </Button>
          </Group>
          {log.error && <ErrorNotice error={log.error} onRetry={refetch} />}
          {!log.data && log.loading && <LoadingState label="Loading delivery records…" />}
          {log.data && records.length === 0 && (
            <Text c="dimmed">{status ? 'No e-mail with this status.' : 'No e-mail sent yet.'}</Text>
          )}
          {records.length > 0 && (
            <>
              <MailRecordsTable records={records} label="Delivery records" />
              <MailStatusLegend />
            </>
          )}
          {log.data && <Pager pages={pages} page={log.data.organizationMails} pageSize={PAGE_SIZE} noun="e-mails" />}
        </Stack>
      </section>
    );
  },
);

import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import { MAIL_ADMIN_CONTEXT } from './mail-admin-queries';
import { MailDetailPanel } from './mail-detail-panel';
import { MailboxesSection } from './mailboxes-section';
import { OrganizationMailsSection, type OrganizationMailsHandle } from './organization-mails-section';
import classes from './admin.module.css';

/** `/admin/mail`: what the organization's e-mail may say, its shared mailboxes, and what was sent. */
export function MailAdminPage() {
  useDocumentTitle('E-mail');
  const context = useQuery(MAIL_ADMIN_CONTEXT, { fetchPolicy: 'cache-and-network' });
  const records = useRef<OrganizationMailsHandle>(null);
  const organization = context.data?.viewer.organization;

  return (
    <Stack gap="lg" className={classes['page']}>
      <Stack gap={4}>
        <Title order={1}>E-mail</Title>
        <Text c="dimmed" size="sm">
          {organization ? `How Bulwark e-mails ${organization.name}` : 'How Bulwark e-mails your organization'}: what
          the e-mail may say, the office’s shared mailboxes, and every e-mail sent. Each person chooses e-mail for their
          own saved feeds on the feed’s page.
        </Text>
      </Stack>
      {context.error && (
        <ErrorNotice error={context.error} onRetry={() => void context.refetch().catch(() => undefined)} />
      )}
      {!organization && context.loading && <LoadingState label="Loading your organization…" />}
      {organization && (
        <>
          <MailDetailPanel organization={organization} />
          <MailboxesSection organization={organization} onChanged={() => records.current?.refresh()} />
          <OrganizationMailsSection ref={records} organizationName={organization.name} />
        </>
      )}
    </Stack>
  );
}

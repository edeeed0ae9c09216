import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import { LiveStatusText } from '@web/features/feed/live-status';
import { IncidentList, IncidentTabs, useMinuteClock } from './incident-list';
import { useIncidentList } from './use-incident-list';
import classes from './incidents.module.css';

const REPORTED = { scope: 'REPORTED' } as const;

/** /incidents: the reports the viewer's office has sent, newest first, each with where it stands, live. */
export function MyReportsPage() {
  useDocumentTitle('Incident reports');
  const office = useViewer().data?.viewer?.organization.name;
  const list = useIncidentList(REPORTED);
  const now = useMinuteClock();
  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>Incident reports</Title>
        <Button component={Link} to="/incidents/new">
          Report an incident
        </Button>
      </Group>
      <IncidentTabs />
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text c="dimmed" size="sm">
          Reports sent by {office ?? 'your office'}, newest first. Each shows where it stands; the list follows changes
          as they happen.
        </Text>
        <LiveStatusText status={list.live} />
      </Group>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reread} />}
      {!list.loaded && list.loading && <LoadingState label="Loading your office’s reports…" />}
      {list.loaded && list.items.length === 0 && (
        <Text>Your office has not reported any incidents. When something happens, use “Report an incident”.</Text>
      )}
      {list.items.length > 0 && (
        <IncidentList label="Reports sent by your office" items={list.items} side="reporter" now={now} />
      )}
      {list.hasMore && (
        <div>
          <Button variant="default" loading={list.more} onClick={() => void list.showMore()}>
            Show more
          </Button>
        </div>
      )}
    </Stack>
  );
}

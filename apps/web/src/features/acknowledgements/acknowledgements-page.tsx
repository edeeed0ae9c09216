import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { toApiError } from '@web/api/to-api-error';
import { DateTime } from '@web/components/date-time';
import { downloadCsv } from '@web/components/download-file';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { TlpBanner } from '@web/components/tlp/tlp-banner';
import { useDocumentTitle } from '@web/components/use-document-title';
import { LiveStatusText } from '@web/features/feed/live-status';
import type { AcknowledgementDashboardQuery } from '@web/graphql/generated/graphql';
import { acknowledgementsCsv, acknowledgementsFileName } from './acknowledgements-csv';
import { ACKNOWLEDGEMENT_DASHBOARD, type AcknowledgementReport } from './acknowledgements-query';
import { useLiveAcknowledgements } from './use-live-acknowledgements';
import classes from './acknowledgements.module.css';

const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

type DashboardBulletin = NonNullable<AcknowledgementDashboardQuery['bulletin']>;

/** /bulletins/:id/acknowledgements: for the senders' publishers, who has acknowledged the current revision. */
export function AcknowledgementsPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ACKNOWLEDGEMENT_DASHBOARD, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const bulletin = data?.bulletin;
  const problem = error ? toApiError(error) : null;
  const reread = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  useDocumentTitle(bulletin ? `Acknowledgements · ${bulletin.reference ?? bulletin.title}` : 'Acknowledgements');
  if (bulletin) {
    if (!bulletin.acknowledgements || bulletin.status === 'DRAFT' || bulletin.status === 'IN_REVIEW')
      return <NoReport bulletin={bulletin} />;
    return <Dashboard bulletin={bulletin} initial={bulletin.acknowledgements} refetch={reread} />;
  }
  if (data !== undefined || (problem && NOT_FOUND_CODES.has(problem.code))) return <NotFoundPage what="bulletin" />;
  if (error)
    return (
      <Stack>
        <Title order={1}>Acknowledgements</Title>
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Stack>
    );
  return loading ? <LoadingState label="Opening the acknowledgements…" /> : null;
}

/** A reader who is not a publisher of a sender, or a bulletin not yet sent: nothing to report, said plainly. */
function NoReport({ bulletin }: { bulletin: DashboardBulletin }) {
  return (
    <Stack gap="sm" maw={560} py="xl">
      <Title order={1}>No acknowledgement report</Title>
      <Text>
        {bulletin.status === 'DRAFT' || bulletin.status === 'IN_REVIEW'
          ? 'This bulletin has not been published yet, so no one has been asked to acknowledge it.'
          : 'Who acknowledged a bulletin is shown to the publishers of the organizations that sent it.'}
      </Text>
      <div>
        <Button component={Link} to={`/bulletins/${bulletin.id}`} variant="default">
          Open the bulletin
        </Button>
      </div>
    </Stack>
  );
}

function Dashboard({
  bulletin,
  initial,
  refetch,
}: {
  bulletin: DashboardBulletin;
  initial: AcknowledgementReport;
  refetch: () => void;
}) {
  const live = useLiveAcknowledgements(bulletin.id, initial);
  const report = live.report ?? initial;
  // A new revision resets the report: read the bulletin again for its revision and publication time.
  const stale = report.revision !== bulletin.revision;
  useEffect(() => {
    if (stale) refetch();
  }, [stale, refetch]);
  const total = report.acknowledgedCount + report.pendingCount;
  const since = bulletin.publishedAt;
  return (
    <div className={classes['page']}>
      <Anchor component={Link} to={`/bulletins/${bulletin.id}`} size="sm">
        ← Back to the bulletin
      </Anchor>
      <TlpBanner tier={bulletin.tier} />
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Title order={1} className={classes['heading']}>
            Acknowledgements
          </Title>
          <Text className={classes['subtitle']}>
            {bulletin.reference && <span className={classes['mono']}>{bulletin.reference}</span>} {bulletin.title}
          </Text>
          <Text size="sm" c="dimmed">
            Revision {report.revision}, published <DateTime value={since} />
            {bulletin.status === 'RETRACTED' && ' · retracted'}
          </Text>
        </div>
        <Stack gap={4} className={classes['liveBox']}>
          <LiveStatusText status={live.status} />
          {live.updatedAt && (
            <Text size="xs" c="dimmed">
              Updated <DateTime value={live.updatedAt} />
            </Text>
          )}
        </Stack>
      </Group>
      {live.stopped && (
        <Alert color="yellow" role="alert" title="Live updates stopped" classNames={{ title: classes['alertTitle'] }}>
          {live.stopped.message} The figures below are the last ones received.
        </Alert>
      )}

      <section aria-labelledby="ack-totals-heading" className={classes['totals']}>
        <h2 id="ack-totals-heading" className={classes['visuallyHidden']}>
          Totals
        </h2>
        <dl className={classes['counts']} data-testid="ack-totals">
          <div>
            <dt>Acknowledged</dt>
            <dd>{report.acknowledgedCount}</dd>
          </div>
          <div>
            <dt>Pending</dt>
            <dd>{report.pendingCount}</dd>
          </div>
          <div>
            <dt>Recipients</dt>
            <dd>{total}</dd>
          </div>
          <div>
            <dt>Offices</dt>
            <dd>{report.organizations.length}</dd>
          </div>
        </dl>
        <Button
          variant="default"
          onClick={() =>
            downloadCsv(
              acknowledgementsFileName(bulletin.reference, report.revision),
              acknowledgementsCsv(report, since),
            )
          }
          disabled={total === 0}
        >
          Export CSV
        </Button>
      </section>

      {report.organizations.length === 0 ? (
        <Text>
          No one is expected to acknowledge this revision: it has no recipient offices (a TLP:CLEAR or TLP:GREEN
          bulletin goes to the whole community, a TLP:RED one to named people counted by their office).
        </Text>
      ) : (
        report.organizations.map((office) => (
          <OfficeReport key={office.organization.id} office={office} since={since} />
        ))
      )}
    </div>
  );
}

function OfficeReport({
  office,
  since,
}: {
  office: AcknowledgementReport['organizations'][number];
  since: string | null;
}) {
  const headingId = `office-${office.organization.id}`;
  const total = office.acknowledged.length + office.pending.length;
  return (
    <section aria-labelledby={headingId} className={classes['office']} data-testid="ack-office">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {office.organization.name}
        </Title>
        <Text size="sm" fw={600}>
          {office.acknowledged.length} of {total} acknowledged
        </Text>
      </Group>
      {total === 0 ? (
        <Text size="sm">No one at this office can read this revision.</Text>
      ) : (
        <div className={classes['tableScroll']}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">When</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {office.acknowledged.map((person) => (
                <Table.Tr key={person.userId} data-status="acknowledged">
                  <Table.Th scope="row" fw={400}>
                    <span className={classes['name']}>{person.displayName}</span>
                    <span className={classes['email']}>{person.email}</span>
                  </Table.Th>
                  <Table.Td>
                    <span className={classes['acknowledged']}>Acknowledged</span>
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={person.acknowledgedAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
              {office.pending.map((person) => (
                <Table.Tr key={person.userId} data-status="pending">
                  <Table.Th scope="row" fw={400}>
                    <span className={classes['name']}>{person.displayName}</span>
                    <span className={classes['email']}>{person.email}</span>
                  </Table.Th>
                  <Table.Td>
                    <span className={classes['pending']}>Pending</span>
                  </Table.Td>
                  <Table.Td>
                    {since ? (
                      <>
                        since <DateTime value={since} />
                      </>
                    ) : (
                      'since publication'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </section>
  );
}

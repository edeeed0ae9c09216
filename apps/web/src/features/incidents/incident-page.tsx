import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { toApiError } from '@web/api/to-api-error';
import { hasPermission } from '@web/auth/permissions';
import { useViewer } from '@web/auth/viewer';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { useDocumentTitle } from '@web/components/use-document-title';
import { BulletinBody } from '@web/features/bulletin/bulletin-body';
import { STATE_NAMES } from '@web/features/feed/bulletin-labels';
import { LiveStatusText } from '@web/features/feed/live-status';
import { HandlerPanel } from './handler-panel';
import { IncidentComments } from './incident-comments';
import { INCIDENT_PAGE, type PageIncident } from './incident-query';
import { IncidentIndicators, IncidentRelated } from './incident-related';
import { ImpactTag, StatusTag } from './incident-tags';
import { IncidentTimeline } from './incident-timeline';
import { INCIDENT_CATEGORY_LABELS } from './incident-words';
import { ReportTlpBanner } from './report-tlp-banner';
import { type IncidentEvent, useCoalescedReread, useLiveIncidents } from './use-live-incidents';
import classes from './incidents.module.css';

const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

/** What the report form leaves in the history entry of the page it opens. */
interface ArrivalState {
  readonly reported?: string;
}

/**
 * /incidents/:id: one report, for the reporting office and for the handlers of the offices it went to, kept current
 * live. A report that does not exist and one the viewer may not read show the same not-found page (R15).
 */
export function IncidentPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(INCIDENT_PAGE, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.incidentReport;
  const problem = error ? toApiError(error) : null;
  const notFound = !report && (data !== undefined || (problem !== null && NOT_FOUND_CODES.has(problem.code)));
  useDocumentTitle(report ? `${report.reference} · ${report.title}` : notFound ? 'Not found' : 'Incident report');

  const reread = useCoalescedReread(refetch);
  const offline = problem?.code === 'NETWORK';
  useEffect(() => {
    if (!offline) return;
    window.addEventListener('online', reread);
    return () => window.removeEventListener('online', reread);
  }, [offline, reread]);

  if (report)
    return (
      <IncidentView
        key={report.id}
        report={report}
        pageSequence={data?.latestIncidentEventSequence ?? 0}
        reread={reread}
      />
    );
  if (notFound) return <NotFoundPage />;
  if (error)
    return (
      <Stack>
        <Title order={1}>Incident report</Title>
        <ErrorNotice error={error} onRetry={reread} />
      </Stack>
    );
  return loading ? <LoadingState label="Opening the report…" /> : <NotFoundPage />;
}

/**
 * The report's events: replayed from the start when the page opens (the timeline), then live. Each one after the
 * sequence read with the page reads the report again. If the server no longer keeps the oldest, the stream starts
 * from the page's own sequence and the timeline is told from the report's fields instead.
 */
function useReportEvents(reportId: string, pageSequence: number, reread: () => void) {
  const [events, setEvents] = useState<IncidentEvent[]>([]);
  const [complete, setComplete] = useState(true);
  const status = useLiveIncidents({
    reportId,
    since: complete ? 0 : pageSequence,
    onEvent: (event) => {
      if (event.report.id !== reportId) return;
      setEvents((known) => (known.some((seen) => seen.sequence === event.sequence) ? known : [...known, event]));
      if (event.sequence > pageSequence) reread();
    },
    onExpired: () => {
      setComplete(false);
      setEvents([]);
      reread();
    },
  });
  return { events: complete ? events : null, status };
}

function Fact({ term, full = false, children }: { term: string; full?: boolean; children: ReactNode }) {
  return (
    <div className={full ? classes['fullFact'] : undefined}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function IncidentView({
  report,
  pageSequence,
  reread,
}: {
  report: PageIncident;
  pageSequence: number;
  reread: () => void;
}) {
  const viewer = useViewer().data?.viewer;
  const location = useLocation();
  const arrival = (location.state ?? null) as ArrivalState | null;
  const live = useReportEvents(report.id, pageSequence, reread);
  const reporterSide = viewer?.organization.id === report.reportingOrganization.id;
  const handler = report.mayTriage;
  const backTo =
    handler && hasPermission(viewer, 'INCIDENT_TRIAGE') && !reporterSide ? '/incidents/queue' : '/incidents';

  return (
    <article className={classes['page']} aria-labelledby="incident-title">
      <Anchor component={Link} to={backTo} size="sm">
        ← {backTo === '/incidents/queue' ? 'Back to the triage queue' : 'Back to incident reports'}
      </Anchor>
      {arrival?.reported === report.reference && (
        <Alert color="green" role="status" title="Report sent" styles={{ title: { color: '#1b5e20' } }}>
          {report.reference} is with {report.recipientOrganizations.map((organization) => organization.name).join(', ')}
          . Their questions and answers will appear below, and this page follows them as they come.
        </Alert>
      )}
      <ReportTlpBanner tier={report.tier} />
      <Title order={1} id="incident-title" className={classes['title']}>
        {report.title}
      </Title>
      <Text className={classes['byline']}>
        Reported by {report.reporterName}, {report.reportingOrganization.name}
      </Text>
      <LiveStatusText status={live.status} />
      {reporterSide && report.status === 'NEEDS_INFO' && (
        <div className={classes['needsInfo']} role="note" aria-labelledby="needs-info-heading">
          <h2 id="needs-info-heading" className={classes['needsInfoTitle']}>
            The handlers have a question for your office
          </h2>
          <Text size="sm">
            Read it in the comments below and <Anchor href="#incident-comment">answer there</Anchor>.
          </Text>
        </div>
      )}
      <dl className={classes['facts']}>
        <Fact term="Reference">
          <span className={classes['mono']}>{report.reference}</span>
        </Fact>
        <Fact term="Effect on voting">
          <ImpactTag impact={report.impact} />
        </Fact>
        <Fact term="Status">
          <StatusTag status={report.status} />
        </Fact>
        <Fact term="Kind">{INCIDENT_CATEGORY_LABELS[report.category]}</Fact>
        <Fact term="Began">
          <DateTime value={report.startedAt} />
        </Fact>
        <Fact term="Reported">
          <DateTime value={report.createdAt} />
        </Fact>
        {report.jurisdiction && <Fact term="State">{STATE_NAMES[report.jurisdiction] ?? report.jurisdiction}</Fact>}
        {report.location && <Fact term="Where, or which system">{report.location}</Fact>}
        <Fact term="Handler">{report.assignedToYou ? 'You' : (report.assigneeName ?? 'Not taken yet')}</Fact>
        <Fact term="A bulletin may name the reporting office">{report.reporterMayBeNamed ? 'Yes' : 'No'}</Fact>
        <Fact term="Sent to" full>
          <ul className={classes['linkList']} aria-label="Sent to">
            {report.recipientOrganizations.map((organization) => (
              <li key={organization.id}>{organization.name}</li>
            ))}
          </ul>
        </Fact>
      </dl>
      {handler && <HandlerPanel report={report} onChanged={reread} />}
      <IncidentTimeline report={report} events={live.events} />
      <section aria-labelledby="description-heading">
        <Title order={2} size="h3" id="description-heading">
          What happened
        </Title>
        <BulletinBody html={report.descriptionHtml} />
      </section>
      <IncidentIndicators report={report} />
      <IncidentRelated report={report} />
      <IncidentComments report={report} reporterSide={reporterSide} onSent={reread} />
    </article>
  );
}

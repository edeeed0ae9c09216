import { Text, Title } from '@mantine/core';
import { DateTime } from '@web/components/date-time';
import type { IncidentStatus } from '@web/graphql/generated/graphql';
import type { PageIncident } from './incident-query';
import { STATUS_HINTS, STATUS_LABELS, STATUS_ORDER } from './incident-words';
import type { IncidentEvent } from './use-live-incidents';
import classes from './incidents.module.css';

export interface TimelineEntry {
  readonly key: string;
  readonly at: string;
  readonly words: string;
}

/**
 * What happened to the report, oldest first, from its events (the stream replays them when the page opens). Comments
 * are left to the thread below, where they are read in full.
 */
export function entriesFromEvents(report: PageIncident, events: readonly IncidentEvent[]): TimelineEntry[] {
  const lastTake = [...events].reverse().find((event) => event.type === 'ASSIGNED');
  return events.flatMap((event): TimelineEntry[] => {
    const key = String(event.sequence);
    switch (event.type) {
      case 'REPORTED':
        return [{ key, at: event.occurredAt, words: `Reported by ${report.reporterName}` }];
      case 'ASSIGNED':
        return [
          {
            key,
            at: event.occurredAt,
            words: event === lastTake && report.assigneeName ? `Taken by ${report.assigneeName}` : 'Taken by a handler',
          },
        ];
      case 'STATUS_CHANGED':
        return event.status ? [{ key, at: event.occurredAt, words: `Status: ${STATUS_LABELS[event.status]}` }] : [];
      default:
        return [];
    }
  });
}

/** Without the events (the stream not up yet, or they are older than the server keeps): what the report says. */
export function entriesFromReport(report: PageIncident): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { key: 'reported', at: report.createdAt, words: `Reported by ${report.reporterName}` },
  ];
  if (report.firstResponseAt)
    entries.push({ key: 'first-response', at: report.firstResponseAt, words: 'First answer from a handler' });
  if (report.status !== 'RECEIVED')
    entries.push({ key: 'now', at: report.updatedAt, words: `Status: ${STATUS_LABELS[report.status]} (last change)` });
  return entries;
}

/** The steps a report goes through, with where this one is; "Question" only when a handler asked one. */
function Steps({ status, asked }: { status: IncidentStatus; asked: boolean }) {
  const current = STATUS_ORDER.indexOf(status);
  const steps = STATUS_ORDER.filter((step) => step !== 'NEEDS_INFO' || status === 'NEEDS_INFO' || asked);
  return (
    <ol className={classes['steps']} aria-label="Progress">
      {steps.map((step) => (
        <li
          key={step}
          data-status={step}
          data-done={STATUS_ORDER.indexOf(step) < current}
          aria-current={step === status ? 'step' : undefined}
        >
          {STATUS_LABELS[step]}
        </li>
      ))}
    </ol>
  );
}

export function IncidentTimeline({
  report,
  events,
}: {
  report: PageIncident;
  /** The report's events so far; null when the server no longer has them all. */
  events: readonly IncidentEvent[] | null;
}) {
  const fromEvents = events && events.length > 0 ? entriesFromEvents(report, events) : null;
  const entries = fromEvents ?? entriesFromReport(report);
  const asked = (events ?? []).some((event) => event.status === 'NEEDS_INFO');
  return (
    <section aria-labelledby="timeline-heading">
      <Title order={2} size="h3" id="timeline-heading">
        Status: {STATUS_LABELS[report.status]}
      </Title>
      <Text size="sm" mb="xs">
        {STATUS_HINTS[report.status]}
      </Text>
      <Steps status={report.status} asked={asked} />
      <ol className={classes['timeline']} aria-label="Timeline">
        {entries.map((entry, index) => (
          <li key={entry.key} aria-current={index === entries.length - 1 ? 'true' : undefined}>
            <span>{entry.words}</span>
            <span className={classes['when']}>
              <DateTime value={entry.at} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

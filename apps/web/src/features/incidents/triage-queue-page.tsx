import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import { isStateCode, STATE_NAMES } from '@web/features/feed/bulletin-labels';
import { LiveStatusText } from '@web/features/feed/live-status';
import type { IncidentReportFilter } from '@web/graphql/generated/graphql';
import { IncidentList, IncidentTabs, useMinuteClock } from './incident-list';
import {
  IMPACT_LABELS,
  IMPACT_ORDER,
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_SHORT,
  isIncidentCategory,
  isIncidentStatus,
  isVotingImpact,
  OPEN_STATUSES,
  STATUS_LABELS,
  STATUS_ORDER,
} from './incident-words';
import { useIncidentList } from './use-incident-list';
import classes from './incidents.module.css';

const ANY = '';
/** The status filter's default: everything still needing someone. */
const OPEN = 'open';
const ALL = 'all';

const STATUS_OPTIONS = [
  { value: OPEN, label: 'Open' },
  { value: ALL, label: 'Any status' },
  ...STATUS_ORDER.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];
const IMPACT_OPTIONS = [
  { value: ANY, label: 'Any effect on voting' },
  ...[...IMPACT_ORDER].reverse().map((impact) => ({ value: impact, label: IMPACT_LABELS[impact] })),
];
const CATEGORY_OPTIONS = [
  { value: ANY, label: 'Any kind' },
  ...INCIDENT_CATEGORIES.map((category) => ({ value: category, label: INCIDENT_CATEGORY_SHORT[category] })),
];
const STATE_OPTIONS = [
  { value: ANY, label: 'Any state' },
  ...Object.entries(STATE_NAMES)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label)),
];

/** The filter the address asks for (?status=&impact=&category=&state=), unknown values ignored. */
export function queueFilter(params: URLSearchParams): IncidentReportFilter {
  const status = params.get('status') ?? OPEN;
  const impact = params.get('impact') ?? ANY;
  const category = params.get('category') ?? ANY;
  const state = params.get('state') ?? ANY;
  return {
    scope: 'RECEIVED',
    ...(status === ALL ? {} : { statuses: isIncidentStatus(status) ? [status] : [...OPEN_STATUSES] }),
    ...(isVotingImpact(impact) ? { impacts: [impact] } : {}),
    ...(isIncidentCategory(category) ? { categories: [category] } : {}),
    ...(isStateCode(state) ? { jurisdictions: [state] } : {}),
  };
}

/**
 * /incidents/queue, for handlers: reports sent to their organization, newest first, live. What stops voting is
 * said first and drawn in red; each report says who has taken it and how long it has waited.
 */
export function TriageQueuePage() {
  useDocumentTitle('Triage queue');
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => queueFilter(params), [params]);
  const list = useIncidentList(filter);
  const now = useMinuteClock();
  const halted = list.items.filter(
    (item) => item.impact === 'HALTED' && (OPEN_STATUSES as readonly string[]).includes(item.status),
  );
  const choose = (name: string, value: string, fallback: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === fallback) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>Triage queue</Title>
        <Button component={Link} to="/incidents/new" variant="default">
          Report an incident
        </Button>
      </Group>
      <IncidentTabs />
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text c="dimmed" size="sm">
          Incident reports sent to your organization, newest first. Take one to become its handler: the reporting office
          sees that someone is on it.
        </Text>
        <LiveStatusText status={list.live} />
      </Group>
      <div className={classes['filters']} role="group" aria-label="Filters">
        <NativeSelect
          label="Status"
          data={STATUS_OPTIONS}
          value={params.get('status') ?? OPEN}
          onChange={(event) => choose('status', event.currentTarget.value, OPEN)}
        />
        <NativeSelect
          label="Effect on voting"
          data={IMPACT_OPTIONS}
          value={params.get('impact') ?? ANY}
          onChange={(event) => choose('impact', event.currentTarget.value, ANY)}
        />
        <NativeSelect
          label="Kind"
          data={CATEGORY_OPTIONS}
          value={params.get('category') ?? ANY}
          onChange={(event) => choose('category', event.currentTarget.value, ANY)}
        />
        <NativeSelect
          label="State"
          data={STATE_OPTIONS}
          value={params.get('state') ?? ANY}
          onChange={(event) => choose('state', event.currentTarget.value, ANY)}
        />
      </div>
      {halted.length > 0 && (
        <p className={classes['haltedAlert']} data-testid="halted-count">
          {halted.length === 1
            ? '1 open report says voting has stopped.'
            : `${halted.length} open reports say voting has stopped.`}
        </p>
      )}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reread} />}
      {!list.loaded && list.loading && <LoadingState label="Loading the triage queue…" />}
      {list.loaded && list.items.length === 0 && <Text>No report matches these filters.</Text>}
      {list.items.length > 0 && (
        <>
          <Text size="sm" role="status">
            {list.totalCount === 1 ? '1 report' : `${list.totalCount ?? list.items.length} reports`}
          </Text>
          <IncidentList label="Incident reports to triage" items={list.items} side="handler" now={now} />
        </>
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

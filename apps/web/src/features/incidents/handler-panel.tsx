import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { hasPermission } from '@web/auth/permissions';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import type { IncidentStatus } from '@web/graphql/generated/graphql';
import { DRAFT_BULLETIN_FROM_INCIDENT, type PageIncident, SET_INCIDENT_STATUS, TAKE_INCIDENT } from './incident-query';
import { STATUS_LABELS, STATUS_ORDER } from './incident-words';
import classes from './incidents.module.css';

const STATUS_OPTIONS = STATUS_ORDER.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/**
 * For a handler of the report (an analyst or publisher of an office it was sent to, as the API says with
 * mayTriage): take it, set its status, and start a bulletin from it. The API decides each again.
 */
export function HandlerPanel({ report, onChanged }: { report: PageIncident; onChanged: () => void }) {
  const navigate = useNavigate();
  const viewer = useViewer().data?.viewer;
  const [status, setStatus] = useState<IncidentStatus>(report.status);
  const [shownFor, setShownFor] = useState(report.status);
  // The report's status moved (here, or live from another handler): the select follows it.
  if (shownFor !== report.status) {
    setShownFor(report.status);
    setStatus(report.status);
  }
  const [take, taking] = useMutation(TAKE_INCIDENT);
  const [change, changing] = useMutation(SET_INCIDENT_STATUS);
  const [draft, drafting] = useMutation(DRAFT_BULLETIN_FROM_INCIDENT);
  const [done, setDone] = useState<string | null>(null);
  const mayDraft = hasPermission(viewer, 'BULLETIN_DRAFT');
  const error = taking.error ?? changing.error ?? drafting.error;

  const takeIt = async () => {
    const result = await take({ variables: { id: report.id } }).catch(() => null);
    if (result?.data) {
      setDone('You are now its handler.');
      onChanged();
    }
  };
  const setIt = async () => {
    const result = await change({ variables: { id: report.id, status } }).catch(() => null);
    if (result?.data) {
      setDone(`Status set to “${STATUS_LABELS[status]}”.`);
      onChanged();
    }
  };
  const draftIt = async () => {
    const result = await draft({ variables: { id: report.id } }).catch(() => null);
    const bulletin = result?.data?.draftBulletinFromIncidentReport;
    if (bulletin) void navigate(`/bulletins/${bulletin.id}/edit`);
  };

  return (
    <section className={classes['panel']} aria-labelledby="handler-heading">
      <Title order={2} id="handler-heading" className={classes['panelTitle']}>
        For handlers
      </Title>
      <Text size="sm">
        {report.assignedToYou
          ? 'You are handling this report.'
          : report.assigneeName
            ? `${report.assigneeName} is handling this report.`
            : 'No one has taken this report yet.'}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {!report.assignedToYou && (
          <Button onClick={() => void takeIt()} loading={taking.loading}>
            {report.assigneeName ? 'Take over' : 'Take'}
          </Button>
        )}
        <NativeSelect
          id="incident-status"
          label="Status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as IncidentStatus)}
        />
        <Button
          variant="default"
          onClick={() => void setIt()}
          loading={changing.loading}
          disabled={status === report.status}
        >
          Set status
        </Button>
        {mayDraft && (
          <Button variant="default" onClick={() => void draftIt()} loading={drafting.loading}>
            Draft a bulletin from this report
          </Button>
        )}
      </Group>
      {status === 'NEEDS_INFO' && report.status !== 'NEEDS_INFO' && (
        <Text size="sm" c="dimmed">
          Write your question in the comments below: the reporting office sees it with the new status.
        </Text>
      )}
      {mayDraft && (
        <Text size="xs" c="dimmed">
          The draft starts from this report, marked TLP:GREEN.{' '}
          {report.reporterMayBeNamed
            ? 'The reporting office agreed that a bulletin may name it.'
            : 'The reporting office did not agree to be named: the draft describes it without its name.'}{' '}
          Nothing is sent until a publisher releases it.
        </Text>
      )}
      {done && !error && (
        <Text size="sm" role="status" fw={600}>
          {done}
        </Text>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}

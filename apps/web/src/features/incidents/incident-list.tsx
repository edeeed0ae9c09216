import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, NavLink } from 'react-router';
import { hasPermission } from '@web/auth/permissions';
import { useViewer } from '@web/auth/viewer';
import cards from '@web/components/card-list.module.css';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { STATE_NAMES } from '@web/features/feed/bulletin-labels';
import { type IncidentListItem, TAKE_INCIDENT } from './incident-query';
import { ImpactTag, StatusTag } from './incident-tags';
import { ageInWords, INCIDENT_CATEGORY_SHORT } from './incident-words';
import classes from './incidents.module.css';

/** The clock the lists measure ages by, moved on each minute so "12 min ago" stays true on an open page. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "Sent by my office" and, for handlers, "Triage queue": the two views of incident reports. */
export function IncidentTabs() {
  const viewer = useViewer().data?.viewer;
  if (!hasPermission(viewer, 'INCIDENT_TRIAGE')) return null;
  return (
    <nav aria-label="Incident reports" className={classes['tabs']}>
      <NavLink to="/incidents" end className={classes['tab']}>
        Sent by {viewer?.organization.shortName ?? 'my office'}
      </NavLink>
      <NavLink to="/incidents/queue" className={classes['tab']}>
        Triage queue
      </NavLink>
    </nav>
  );
}

interface IncidentListProps {
  readonly label: string;
  readonly items: readonly IncidentListItem[];
  /** Handlers see who reported it and may take it; the reporting office sees whom it went to. */
  readonly side: 'reporter' | 'handler';
  readonly now: Date;
}

export function IncidentList({ label, items, side, now }: IncidentListProps) {
  return (
    <ul className={cards['list']} aria-label={label}>
      {items.map((item) => (
        <IncidentListEntry key={item.id} item={item} side={side} now={now} />
      ))}
    </ul>
  );
}

function IncidentListEntry({ item, side, now }: { item: IncidentListItem; side: 'reporter' | 'handler'; now: Date }) {
  const [take, taking] = useMutation(TAKE_INCIDENT, { refetchQueries: ['IncidentList'] });
  const open = item.status === 'RECEIVED' || item.status === 'TRIAGING' || item.status === 'NEEDS_INFO';
  const mayTake = side === 'handler' && item.mayTriage && open && !item.assignedToYou;
  return (
    <li className={`${cards['item']} ${classes['item']}`} data-impact={item.impact}>
      <div className={classes['itemRow']}>
        <div className={classes['itemMain']}>
          <div className={cards['itemHead']}>
            <ImpactTag impact={item.impact} />
            <StatusTag status={item.status} />
            <TlpBadge tier={item.tier} />
            <span className={classes['reference']}>{item.reference}</span>
          </div>
          <Anchor component={Link} to={`/incidents/${item.id}`} className={cards['title']}>
            {item.title}
          </Anchor>
          <dl className={classes['meta']}>
            {side === 'handler' ? (
              <div>
                <dt>From</dt>
                <dd>{item.reportingOrganization.name}</dd>
              </div>
            ) : (
              <div>
                <dt>Sent to</dt>
                <dd>{item.recipientOrganizations.map((organization) => organization.shortName).join(', ')}</dd>
              </div>
            )}
            <div>
              <dt>Reported</dt>
              <dd>
                <span title={new Date(item.createdAt).toUTCString()}>{ageInWords(item.createdAt, now)}</span>
                {side === 'reporter' && (
                  <>
                    {' '}
                    (<DateTime value={item.createdAt} />)
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>Kind</dt>
              <dd>{INCIDENT_CATEGORY_SHORT[item.category]}</dd>
            </div>
            {item.jurisdiction && (
              <div>
                <dt>State</dt>
                <dd>{STATE_NAMES[item.jurisdiction] ?? item.jurisdiction}</dd>
              </div>
            )}
            <div>
              <dt>Handler</dt>
              <dd data-testid="assignee">
                {item.assignedToYou ? 'You' : (item.assigneeName ?? (open ? 'Not taken yet' : 'None'))}
              </dd>
            </div>
          </dl>
        </div>
        {mayTake && (
          <Button
            variant={item.assigneeName ? 'default' : 'filled'}
            loading={taking.loading}
            onClick={() => void take({ variables: { id: item.id } }).catch(() => undefined)}
            aria-label={`${item.assigneeName ? 'Take over' : 'Take'} ${item.reference}`}
          >
            {item.assigneeName ? 'Take over' : 'Take'}
          </Button>
        )}
      </div>
      {taking.error && <ErrorNotice error={taking.error} />}
      {side === 'reporter' && item.status === 'NEEDS_INFO' && (
        <Text size="sm" fw={700} c="red.9">
          The handlers asked your office a question: open the report to answer it.
        </Text>
      )}
    </li>
  );
}

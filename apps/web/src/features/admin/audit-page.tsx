import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { hasPermission } from '@web/auth/permissions';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import type { AuditAction, AuditEventsFilter, AuditOutcome } from '@web/graphql/generated/graphql';
import { ADMIN_CONTEXT, AUDIT_CHAIN_VERIFICATION, AUDIT_EVENTS, USERS } from './admin-queries';
import { actionInWords, AUDIT_ACTION_LABELS, detailsInWords, localInputToIso, OUTCOME_LABELS } from './audit-words';
import { ChainVerdict } from './chain-verdict';
import { Pager } from './pager';
import { StatusTag } from './status-tag';
import { useCursorPages } from './use-pages';
import tables from '@web/components/data-table.module.css';
import classes from './admin.module.css';

const PAGE_SIZE = 25;

interface FilterForm {
  action: string;
  actorUserId: string;
  outcome: string;
  from: string;
  to: string;
}

const NO_FILTER: FilterForm = { action: '', actorUserId: '', outcome: '', from: '', to: '' };

function toFilter(form: FilterForm): AuditEventsFilter {
  const from = localInputToIso(form.from);
  const to = localInputToIso(form.to);
  return {
    ...(form.action && { action: form.action as AuditAction }),
    ...(form.actorUserId && { actorUserId: form.actorUserId }),
    ...(form.outcome && { outcome: form.outcome as AuditOutcome }),
    ...(from && { from }),
    ...(to && { to }),
  };
}

/**
 * The audit trail (R18): an organization administrator's own organization's records, every record for a platform
 * administrator; filtered, paged, with the verdict of the chain's verification.
 */
export function AuditPage() {
  useDocumentTitle('Audit trail');
  const context = useQuery(ADMIN_CONTEXT, { fetchPolicy: 'cache-first' });
  const viewer = context.data?.viewer;
  const everything = hasPermission(viewer, 'PLATFORM_AUDIT_READ');
  const [form, setForm] = useState<FilterForm>(NO_FILTER);
  const [applied, setApplied] = useState<AuditEventsFilter>({});
  const pages = useCursorPages();
  const trail = useQuery(AUDIT_EVENTS, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: applied },
    fetchPolicy: 'cache-and-network',
  });
  const verification = useQuery(AUDIT_CHAIN_VERIFICATION, { fetchPolicy: 'network-only' });
  // Names for the actors, and the actor filter's choices: the organization's people (everyone, for a platform admin).
  const people = useQuery(USERS, {
    variables: { first: 100 },
    skip: !hasPermission(viewer, 'ORG_USERS_MANAGE'),
    fetchPolicy: 'cache-first',
  });
  const names = new Map(people.data?.users.edges.map((edge) => [edge.node.id, edge.node.displayName]) ?? []);
  const records = trail.data?.auditEvents.edges.map((edge) => edge.node) ?? [];
  const set = (change: Partial<FilterForm>) => setForm((current) => ({ ...current, ...change }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied(toFilter(form));
    pages.reset();
  };
  const clear = () => {
    setForm(NO_FILTER);
    setApplied({});
    pages.reset();
  };

  const actor = (record: (typeof records)[number]) => {
    if (record.actorKind === 'ANONYMOUS') return 'Not signed in';
    if (record.actorKind === 'SYSTEM') return 'Bulwark (automatic)';
    if (record.actorKind === 'API_KEY') return `API key ${record.actorApiKeyId?.slice(0, 8) ?? ''}`;
    return (record.actorUserId && names.get(record.actorUserId)) ?? `User ${record.actorUserId?.slice(0, 8) ?? ''}`;
  };

  // A person acted on is named when they are one of the people listed; anything else by its kind and id.
  const target = (record: (typeof records)[number]) => {
    if (!record.targetType) return '—';
    const name = record.targetType === 'USER' && record.targetId ? names.get(record.targetId) : undefined;
    return name ?? `${record.targetType.toLowerCase().replace('_', ' ')} ${record.targetId ?? ''}`;
  };

  return (
    <Stack gap="md" className={classes['page']}>
      <Title order={1}>Audit trail</Title>
      <Text c="dimmed" size="sm">
        {everything
          ? 'Every record of the platform, newest first.'
          : `What the people and keys of ${viewer?.organization.name ?? 'your organization'} did, newest first: sign-ins, changes, reads of restricted bulletins and refusals.`}{' '}
        Records cannot be changed or removed.
      </Text>
      {verification.error && <ErrorNotice error={verification.error} />}
      {!verification.data && verification.loading && <LoadingState label="Loading the chain's verification…" />}
      {verification.data && <ChainVerdict verification={verification.data.auditChainVerification} />}

      <form onSubmit={apply} aria-label="Filter the audit trail">
        <div className={classes['filters']}>
          <NativeSelect
            label="Action"
            value={form.action}
            onChange={(event) => set({ action: event.currentTarget.value })}
            data={[
              { value: '', label: 'Every action' },
              ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <NativeSelect
            label="Who"
            value={form.actorUserId}
            onChange={(event) => set({ actorUserId: event.currentTarget.value })}
            data={[
              { value: '', label: 'Anyone' },
              ...(people.data?.users.edges.map((edge) => ({
                value: edge.node.id,
                label: `${edge.node.displayName} (${edge.node.email})`,
              })) ?? []),
            ]}
          />
          <NativeSelect
            label="Outcome"
            value={form.outcome}
            onChange={(event) => set({ outcome: event.currentTarget.value })}
            data={[
              { value: '', label: 'Any outcome' },
              ...(Object.entries(OUTCOME_LABELS) as [AuditOutcome, string][]).map(([value, label]) => ({
                value,
                label,
              })),
            ]}
          />
          <TextInput
            label="From"
            type="datetime-local"
            value={form.from}
            onChange={(event) => set({ from: event.currentTarget.value })}
          />
          <TextInput
            label="Until"
            type="datetime-local"
            value={form.to}
            onChange={(event) => set({ to: event.currentTarget.value })}
          />
        </div>
        <Group gap="sm" mt="sm">
          <Button type="submit">Show records</Button>
          <Button variant="default" onClick={clear}>
            Clear the filters
          </Button>
        </Group>
      </form>

      {trail.error && <ErrorNotice error={trail.error} onRetry={() => void trail.refetch().catch(() => undefined)} />}
      {!trail.data && trail.loading && <LoadingState label="Loading the audit trail…" />}
      {trail.data && records.length === 0 && <Text>No records match.</Text>}
      {records.length > 0 && (
        <div className={tables['tableWrap']}>
          <table className={tables['table']} aria-label="Audit records">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Outcome</th>
                <th scope="col">On</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id}>
                  <td>
                    <DateTime value={record.occurredAt} />
                    <Text size="xs" c="dimmed">
                      No. {record.position}
                    </Text>
                  </td>
                  <td>{actor(record)}</td>
                  <td>{actionInWords(record.action)}</td>
                  <td>
                    <StatusTag
                      tone={record.outcome === 'ALLOWED' ? undefined : record.outcome === 'DENIED' ? 'bad' : 'wait'}
                    >
                      {OUTCOME_LABELS[record.outcome]}
                    </StatusTag>
                  </td>
                  <td className={classes['details']}>{target(record)}</td>
                  <td className={classes['details']}>{detailsInWords(record.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {trail.data && <Pager pages={pages} page={trail.data.auditEvents} pageSize={PAGE_SIZE} noun="records" />}
    </Stack>
  );
}

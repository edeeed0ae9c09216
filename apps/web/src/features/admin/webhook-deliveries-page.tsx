import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { useDocumentTitle } from '@web/components/use-document-title';
import type { WebhookDeliveryStatus } from '@web/graphql/generated/graphql';
import { WEBHOOK, WEBHOOK_DELIVERIES } from './admin-queries';
import { Pager } from './pager';
import { StatusTag } from './status-tag';
import { useCursorPages } from './use-pages';
import tables from '@web/components/data-table.module.css';
import classes from './admin.module.css';

const PAGE_SIZE = 25;
/** The log refreshes itself while open: a delivery's attempts change within seconds. */
const REFRESH_MS = 5000;

const STATUS_WORDS: Readonly<Record<WebhookDeliveryStatus, { label: string; tone?: 'bad' | 'off' | 'wait' }>> = {
  DELIVERED: { label: 'Delivered' },
  PENDING: { label: 'Waiting', tone: 'wait' },
  FAILED: { label: 'Failed, will retry', tone: 'bad' },
  DEAD: { label: 'Gave up', tone: 'bad' },
  SKIPPED: { label: 'Not sent', tone: 'off' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One webhook's delivery log, latest event first: status, attempts, latency, the last error, paged. */
export function WebhookDeliveriesPage() {
  const { webhookId = '' } = useParams();
  if (!UUID.test(webhookId)) return <NotFoundPage />;
  return <DeliveryLog webhookId={webhookId} />;
}

function DeliveryLog({ webhookId }: { webhookId: string }) {
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const pages = useCursorPages();
  const webhook = useQuery(WEBHOOK, { variables: { id: webhookId }, fetchPolicy: 'cache-and-network' });
  const log = useQuery(WEBHOOK_DELIVERIES, {
    variables: { webhookId, first: PAGE_SIZE, after: pages.after, ...(status && { status }) },
    fetchPolicy: 'cache-and-network',
    pollInterval: REFRESH_MS,
  });
  const name = webhook.data?.webhook.name;
  useDocumentTitle(name ? `Delivery log: ${name}` : 'Delivery log');
  const deliveries = log.data?.webhookDeliveries.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="md" className={classes['page']}>
      <Anchor component={Link} to="/admin/webhooks" size="sm">
        ← All webhooks
      </Anchor>
      <Title order={1}>Delivery log{name ? `: ${name}` : ''}</Title>
      {webhook.data && (
        <Text size="sm" c="dimmed">
          {webhook.data.webhook.url} · {webhook.data.webhook.enabled ? 'enabled' : 'disabled'}
          {webhook.data.webhook.consecutiveFailures > 0 &&
            ` · ${webhook.data.webhook.consecutiveFailures} failed attempts in a row`}
        </Text>
      )}
      {webhook.error && <ErrorNotice error={webhook.error} />}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label="Status"
          value={status}
          onChange={(event) => {
            setStatus(event.currentTarget.value as WebhookDeliveryStatus | '');
            pages.reset();
          }}
          data={[
            { value: '', label: 'Every delivery' },
            ...(Object.keys(STATUS_WORDS) as WebhookDeliveryStatus[]).map((value) => ({
              value,
              label: STATUS_WORDS[value].label,
            })),
          ]}
        />
        <Button variant="default" onClick={() => void log.refetch().catch(() => undefined)}>
          Refresh
        </Button>
      </Group>
      {log.error && <ErrorNotice error={log.error} />}
      {!log.data && log.loading && <LoadingState label="Loading deliveries…" />}
      {log.data && deliveries.length === 0 && (
        <Text>No deliveries yet. Events published from now on that this webhook may receive appear here.</Text>
      )}
      {deliveries.length > 0 && (
        <div className={tables['tableWrap']}>
          <table className={tables['table']} aria-label="Deliveries">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Latency</th>
                <th scope="col">Last attempt</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => {
                const words = STATUS_WORDS[delivery.status];
                return (
                  <tr key={delivery.id}>
                    <td>
                      <div>No. {delivery.sequence}</div>
                      <Text size="xs" c="dimmed">
                        <DateTime value={delivery.createdAt} />
                      </Text>
                    </td>
                    <td>
                      <StatusTag tone={words.tone}>{words.label}</StatusTag>
                      {delivery.lastStatusCode !== null && (
                        <Text size="xs" c="dimmed">
                          HTTP {delivery.lastStatusCode}
                        </Text>
                      )}
                    </td>
                    <td>{delivery.attempts}</td>
                    <td>{delivery.lastLatencyMs === null ? '—' : `${delivery.lastLatencyMs} ms`}</td>
                    <td>
                      {delivery.lastAttemptAt ? <DateTime value={delivery.lastAttemptAt} /> : '—'}
                      {delivery.nextAttemptAt && (delivery.status === 'FAILED' || delivery.status === 'PENDING') && (
                        <Text size="xs" c="dimmed">
                          Next <DateTime value={delivery.nextAttemptAt} />
                        </Text>
                      )}
                    </td>
                    <td className={classes['details']}>{delivery.lastError ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {log.data && <Pager pages={pages} page={log.data.webhookDeliveries} pageSize={PAGE_SIZE} noun="deliveries" />}
    </Stack>
  );
}

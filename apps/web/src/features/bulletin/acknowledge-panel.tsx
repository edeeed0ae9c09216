import { useMutation } from '@apollo/client/react';
import { Box, Button, Group, Paper, Text } from '@mantine/core';
import { ErrorNotice } from '@web/components/error-notice';
import { ACKNOWLEDGE_BULLETIN, type PageBulletin } from './bulletin-query';

/**
 * "I have received this": recorded per revision, so an amendment asks again. The state comes from the API
 * (acknowledgedByMe; the mutation's answer updates the cached bulletin), so it is the same after a reload and on
 * another device. A retracted bulletin asks for nothing.
 */
export function AcknowledgePanel({ bulletin }: { bulletin: PageBulletin }) {
  const [acknowledge, { loading, error }] = useMutation(ACKNOWLEDGE_BULLETIN);
  if (bulletin.status === 'RETRACTED') return null;
  const amendedSince = !bulletin.acknowledgedByMe && bulletin.revision > 1;

  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="acknowledge-heading" component="section">
      <Text fw={700} id="acknowledge-heading">
        Your receipt
      </Text>
      {bulletin.acknowledgedByMe ? (
        <Text role="status" c="#1b5e20" fw={600} mt={4}>
          <span aria-hidden>✓ </span>Acknowledged — you confirmed receipt of revision {bulletin.revision}.
        </Text>
      ) : (
        <Group gap="sm" mt={6} align="center">
          <Button
            loading={loading}
            onClick={() => void acknowledge({ variables: { id: bulletin.id } }).catch(() => undefined)}
          >
            Acknowledge receipt
          </Button>
          <Text size="sm" c="dimmed">
            {amendedSince
              ? `Revision ${bulletin.revision} is new: acknowledge it so the sender knows you have it.`
              : 'Tells the sender you have received and read this bulletin.'}
          </Text>
        </Group>
      )}
      {error && (
        <Box mt="xs">
          <ErrorNotice error={error} />
        </Box>
      )}
    </Paper>
  );
}

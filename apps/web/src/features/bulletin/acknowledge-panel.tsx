import { useMutation } from '@apollo/client/react';
import { Box, Button, Group, Paper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { ACKNOWLEDGE_BULLETIN, type PageBulletin } from './bulletin-query';
import { acknowledgementInWords } from './bulletin-words';
import classes from './bulletin-page.module.css';

/**
 * The newest revision this page has seen the reader acknowledge. The API says only whether the current revision
 * is acknowledged, so "amended since you acknowledged" is known when this page saw the acknowledgement (before a
 * live amendment, or from the cache before the network's newer answer), not after a reload.
 */
function useAcknowledgedRevision(bulletin: PageBulletin): number | null {
  const [seen, setSeen] = useState<{ id: string; revision: number } | null>(null);
  const known = seen?.id === bulletin.id ? seen.revision : null;
  if (bulletin.acknowledgedByMe && (known === null || known < bulletin.revision))
    setSeen({ id: bulletin.id, revision: bulletin.revision });
  return known;
}

/**
 * "I have received this": recorded per revision, so an amendment asks again. The state comes from the API
 * (acknowledgedByMe; the mutation answers with the whole bulletin, which updates the cached one), so it is the
 * same after a reload and on another device. A retracted bulletin asks for nothing.
 */
export function AcknowledgePanel({ bulletin }: { bulletin: PageBulletin }) {
  const [acknowledge, { loading, error }] = useMutation(ACKNOWLEDGE_BULLETIN);
  const acknowledgedRevision = useAcknowledgedRevision(bulletin);
  const done = useRef<HTMLParagraphElement>(null);
  const pressed = useRef(false);

  // The button the reader pressed is gone: keep their place on what replaced it.
  useEffect(() => {
    if (pressed.current && bulletin.acknowledgedByMe) {
      pressed.current = false;
      done.current?.focus();
    }
  }, [bulletin.acknowledgedByMe]);

  if (bulletin.status === 'RETRACTED') return null;
  const words = acknowledgementInWords(bulletin, acknowledgedRevision);

  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="acknowledge-heading" component="section">
      <Text fw={700} id="acknowledge-heading">
        Your receipt
      </Text>
      {/* Always present, so the change from the button to "Acknowledged" is announced. */}
      <div role="status">
        {bulletin.acknowledgedByMe ? (
          <Text ref={done} tabIndex={-1} mt={4} className={classes['acknowledged']}>
            <strong>Acknowledged ✓</strong> {words.detail}
          </Text>
        ) : (
          words.headline && (
            <Text mt={4} fw={700} className={classes['amended']}>
              {words.headline}
            </Text>
          )
        )}
      </div>
      {!bulletin.acknowledgedByMe && (
        <Group gap="sm" mt={6} align="center">
          <Button
            loading={loading}
            onClick={() => {
              pressed.current = true;
              void acknowledge({ variables: { id: bulletin.id } }).catch(() => (pressed.current = false));
            }}
          >
            Acknowledge receipt
          </Button>
          <Text size="sm" c="dimmed">
            {words.detail}
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

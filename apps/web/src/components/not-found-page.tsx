import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDocumentTitle } from './use-document-title';

/**
 * The one answer for a bulletin that does not exist and one the reader may not see (R15): the same words,
 * the same title, the same status, so the page tells nothing about which it is.
 */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'bulletin' }) {
  useDocumentTitle('Not found');
  return (
    <Stack gap="sm" maw={560} py="xl" data-testid="not-found">
      <Title order={1}>Not found</Title>
      <Text>
        {what === 'bulletin'
          ? 'There is no bulletin at this address that you can open. Check the link, or look for it in your feed or in search.'
          : 'There is nothing at this address. Check the link, or go back to your feed.'}
      </Text>
      <div>
        <Button component={Link} to="/" variant="default">
          Back to the feed
        </Button>
      </div>
    </Stack>
  );
}

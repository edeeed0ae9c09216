import { Button, Group, Text } from '@mantine/core';

interface PagerProps {
  readonly pageNumber: number;
  readonly shown: number;
  readonly pageSize: number;
  readonly total: number;
  readonly hasNextPage: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  /** "users", "deliveries", "records". */
  readonly noun: string;
}

/** "21–40 of 57 users", with the buttons to move between pages. */
export function Pager({ pageNumber, shown, pageSize, total, hasNextPage, onPrevious, onNext, noun }: PagerProps) {
  const first = (pageNumber - 1) * pageSize + 1;
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0 ? `No ${noun}` : `${first}–${first + shown - 1} of ${total} ${noun}`}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pageNumber === 1} onClick={onPrevious}>
          Previous page
        </Button>
        <Button variant="default" size="xs" disabled={!hasNextPage} onClick={onNext}>
          Next page
        </Button>
      </Group>
    </Group>
  );
}

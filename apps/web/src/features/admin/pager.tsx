import { Button, Group, Text } from '@mantine/core';
import type { CursorPages } from './use-pages';

/** What the pager reads of a connection's page. */
interface ConnectionPage {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly unknown[];
}

interface PagerProps {
  readonly pages: CursorPages;
  /** The page shown now. */
  readonly page: ConnectionPage;
  readonly pageSize: number;
  /** "users", "deliveries", "records". */
  readonly noun: string;
}

/** "21–40 of 57 users", with the buttons to move between pages. */
export function Pager({ pages, page, pageSize, noun }: PagerProps) {
  const first = (pages.pageNumber - 1) * pageSize + 1;
  const total = page.totalCount;
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0 ? `No ${noun}` : `${first}–${first + page.edges.length - 1} of ${total} ${noun}`}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pages.pageNumber === 1} onClick={pages.previous}>
          Previous page
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={!page.pageInfo.hasNextPage}
          onClick={() => pages.next(page.pageInfo.endCursor)}
        >
          Next page
        </Button>
      </Group>
    </Group>
  );
}

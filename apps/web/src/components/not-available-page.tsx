import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { listInWords } from '@web/features/bulletin/bulletin-words';
import { useDocumentTitle } from './use-document-title';

interface NotAvailablePageProps {
  /** The page's name, as the menu shows it to those who have it. */
  readonly page: string;
  /** Who may use it: "analysts and publishers". */
  readonly whoMay: string;
  /** The viewer's own roles, in words. */
  readonly roles: readonly string[];
}

/** A page the viewer's role does not include, opened by its address: what it is, who has it, whom to ask. */
export function NotAvailablePage({ page, whoMay, roles }: NotAvailablePageProps) {
  useDocumentTitle('Not available to your role');
  return (
    <Stack gap="sm" maw={560} py="xl" data-testid="not-available">
      <Title order={1}>Not available to your role</Title>
      <Text>
        “{page}” is for {whoMay}. Your {roles.length === 1 ? 'role is' : 'roles are'}{' '}
        {listInWords(roles.map((role) => role.toLowerCase()))}.
      </Text>
      <Text c="dimmed" size="sm">
        If your work needs it, ask your organization&apos;s Bulwark administrator to change your role.
      </Text>
      <div>
        <Button component={Link} to="/" variant="default">
          Back to the feed
        </Button>
      </div>
    </Stack>
  );
}

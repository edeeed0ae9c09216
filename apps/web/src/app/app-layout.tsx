import { useApolloClient } from '@apollo/client/react';
import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { menuPages } from '@web/auth/permissions';
import { useSession } from '@web/auth/session-context';
import { useViewer } from '@web/auth/viewer';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { BrandMark } from './brand-mark';
import classes from './app-layout.module.css';

interface Section {
  readonly to: string;
  readonly label: string;
  readonly end: boolean;
}

const ACCOUNT_SECURITY = '/account/security';
const ACCOUNT_MAIL = '/account/mail';

const READER_SECTIONS: readonly Section[] = [
  { to: '/', label: 'Feed', end: true },
  { to: '/search', label: 'Search', end: false },
];

/** Header with the sections and who is signed in; on a phone the sections fold into a menu. */
export function AppLayout() {
  const [menuOpen, menu] = useDisclosure(false);
  const session = useSession();
  const apollo = useApolloClient();
  const { data } = useViewer();
  const location = useLocation();
  const viewer = data?.viewer;
  // Every reader's sections, then the pages this viewer's permissions allow (the API still refuses the rest).
  const sections: readonly Section[] = [
    ...READER_SECTIONS,
    ...menuPages(viewer).map((page) => ({ ...page, end: page.end ?? false })),
  ];

  const signOut = async () => {
    await session.signOut().catch(() => undefined);
    await apollo.clearStore();
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 0, breakpoint: 'sm', collapsed: { mobile: !menuOpen, desktop: true } }}
      padding="md"
    >
      <a href="#main" className={classes['skipLink']}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap" miw={0}>
            <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label="Open the menu" />
            <Anchor component={Link} to="/" underline="never" aria-label="Bulwark, your feed">
              <BrandMark />
            </Anchor>
            <nav aria-label="Sections" className={classes['sections']}>
              {sections.map((section) => (
                <RouterNavLink key={section.to} to={section.to} end={section.end} className={classes['section']}>
                  {section.label}
                </RouterNavLink>
              ))}
            </nav>
          </Group>
          {/* With many sections, the sections scroll and the account's names give way (cut short), never Sign out. */}
          <Group gap="sm" wrap="nowrap" className={classes['accountGroup']}>
            {viewer && (
              <Anchor
                component={Link}
                to={ACCOUNT_SECURITY}
                underline="hover"
                c="inherit"
                visibleFrom="sm"
                className={classes['account']}
                title="Your account: second factor, where you are signed in, the e-mail Bulwark sent you"
              >
                <Stack gap={0} align="flex-end" miw={0}>
                  <Text size="sm" fw={600} truncate="end" maw="100%">
                    {viewer.user?.displayName ?? 'API key'}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end" maw="100%">
                    {viewer.organization.name}
                  </Text>
                  <Text size="xs" c="blue.9" truncate="end" maw="100%">
                    Account security
                  </Text>
                </Stack>
              </Anchor>
            )}
            {viewer && (
              <span className={classes['clearance']} title="Your clearance: the highest tier you may read">
                <Text component="span" size="xs" c="dimmed" mr={6}>
                  Clearance
                </Text>
                <TlpBadge tier={viewer.clearance} />
              </span>
            )}
            <Button variant="default" size="xs" onClick={() => void signOut()} style={{ flexShrink: 0 }}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" hiddenFrom="sm" aria-label="Menu">
        {sections.map((section) => (
          <NavLink
            key={section.to}
            component={Link}
            to={section.to}
            label={section.label}
            active={section.end ? location.pathname === section.to : location.pathname.startsWith(section.to)}
            onClick={menu.close}
          />
        ))}
        <NavLink
          component={Link}
          to={ACCOUNT_SECURITY}
          label="Account security"
          active={location.pathname === ACCOUNT_SECURITY}
          onClick={menu.close}
        />
        <NavLink
          component={Link}
          to={ACCOUNT_MAIL}
          label="Your e-mail"
          active={location.pathname === ACCOUNT_MAIL}
          onClick={menu.close}
        />
        {viewer && (
          <Text size="sm" mt="md" c="dimmed">
            {viewer.user?.displayName} · {viewer.organization.name}
          </Text>
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <div id="main" tabIndex={-1} className={classes['main']}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

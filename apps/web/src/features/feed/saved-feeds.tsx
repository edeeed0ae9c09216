import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { ErrorNotice } from '@web/components/error-notice';
import { graphql } from '@web/graphql/generated';
import type { FeedSavedFeedFieldsFragment } from '@web/graphql/generated/graphql';
import { type BulletinFilters, describeFilters, toEventFilter } from './bulletin-filters';
import { useOriginatorOptions } from './use-originator-options';
import classes from './feed-page.module.css';

export const FEED_SAVED_FEED_FIELDS = graphql(`
  fragment FeedSavedFeedFields on Feed {
    id
    name
    createdAt
    updatedAt
    filter {
      categories
      minSeverity
      jurisdictions
      originatorIds
      tiers
      tags
      types
    }
  }
`);

export const FEED_SAVED_FEEDS = graphql(`
  query FeedSavedFeeds {
    feeds {
      ...FeedSavedFeedFields
    }
  }
`);

const FEED_CREATE_FEED = graphql(`
  mutation FeedCreateFeed($input: CreateFeedInput!) {
    createFeed(input: $input) {
      ...FeedSavedFeedFields
    }
  }
`);

const FEED_RENAME_FEED = graphql(`
  mutation FeedRenameFeed($input: UpdateFeedInput!) {
    updateFeed(input: $input) {
      ...FeedSavedFeedFields
    }
  }
`);

const FEED_DELETE_FEED = graphql(`
  mutation FeedDeleteFeed($input: FeedIdInput!) {
    deleteFeed(input: $input)
  }
`);

export type SavedFeed = FeedSavedFeedFieldsFragment;

const MAX_NAME_LENGTH = 100;
/** Mantine's close button has no name of its own. */
const CLOSE = { 'aria-label': 'Close' };

function useSavedFeeds() {
  const { data, error, loading, refetch } = useQuery(FEED_SAVED_FEEDS);
  return { feeds: data?.feeds ?? [], loaded: data !== undefined, error, loading, refetch };
}

/** The reader's saved feeds as a side panel (wide screens). */
export function SavedFeedsPanel() {
  const { feeds, loaded, error, loading, refetch } = useSavedFeeds();
  return (
    <nav aria-labelledby="saved-feeds-heading" className={classes['savedPanel']}>
      <h2 id="saved-feeds-heading" className={classes['panelHeading']}>
        Saved feeds
      </h2>
      <ul className={classes['savedList']}>
        <li>
          <NavLink to="/" end className={classes['savedLink']}>
            All bulletins
          </NavLink>
        </li>
        {feeds.map((feed) => (
          <li key={feed.id}>
            <NavLink to={`/feeds/${encodeURIComponent(feed.id)}`} className={classes['savedLink']}>
              {feed.name}
            </NavLink>
          </li>
        ))}
      </ul>
      {!loaded && loading && (
        <Text size="sm" c="dimmed" mt="xs">
          Loading your saved feeds…
        </Text>
      )}
      {loaded && feeds.length === 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          None yet. Filter the feed, then choose “Save this view as a feed”.
        </Text>
      )}
      {error && !loaded && <ErrorNotice error={error} onRetry={() => void refetch()} />}
    </nav>
  );
}

/** The reader's saved feeds as a menu (phones). */
export function SavedFeedsMenu({ currentId }: { currentId: string | null }) {
  const { feeds, loaded, error } = useSavedFeeds();
  return (
    <div className={classes['savedMenu']}>
      <Menu position="bottom-start" width={260}>
        <Menu.Target>
          <Button variant="default" size="sm" rightSection={<span aria-hidden>▾</span>}>
            Saved feeds
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to="/" aria-current={currentId === null ? 'page' : undefined}>
            All bulletins
          </Menu.Item>
          {feeds.length > 0 && <Menu.Divider />}
          {feeds.map((feed) => (
            <Menu.Item
              key={feed.id}
              component={Link}
              to={`/feeds/${encodeURIComponent(feed.id)}`}
              aria-current={feed.id === currentId ? 'page' : undefined}
            >
              {feed.name}
            </Menu.Item>
          ))}
          {loaded && feeds.length === 0 && <Menu.Label>No saved feeds yet</Menu.Label>}
          {error && !loaded && <Menu.Label>Your saved feeds could not be loaded</Menu.Label>}
        </Menu.Dropdown>
      </Menu>
    </div>
  );
}

/** "Cyber threat · High severity and above · Georgia (and national)", or what an empty filter means. */
export function FilterSummary({ filters, empty }: { filters: BulletinFilters; empty: string }) {
  const { nameOf } = useOriginatorOptions();
  const phrases = describeFilters(filters, nameOf);
  return <>{phrases.length ? phrases.join(' · ') : empty}</>;
}

function FeedNameForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial);
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) onSubmit(trimmed);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error !== null && <ErrorNotice error={error} />}
        <TextInput
          label="Name of the feed"
          description="For example: Georgia cyber threats, high and above"
          required
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={!trimmed}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Saves the filters in the address as a new feed, then opens it. */
export function SaveViewButton({ filters }: { filters: BulletinFilters }) {
  const [opened, modal] = useDisclosure(false);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const [createFeed, { loading }] = useMutation(FEED_CREATE_FEED);

  const save = async (name: string) => {
    setError(null);
    try {
      const { data } = await createFeed({
        variables: { input: { name, filter: toEventFilter(filters) } },
        refetchQueries: [FEED_SAVED_FEEDS],
        awaitRefetchQueries: true,
      });
      modal.close();
      if (data) void navigate(`/feeds/${encodeURIComponent(data.createFeed.id)}`);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={() => {
          setError(null);
          modal.open();
        }}
      >
        Save this view as a feed
      </Button>
      <Modal opened={opened} onClose={modal.close} title="Save this view as a feed" closeButtonProps={CLOSE}>
        <Stack gap="sm">
          <Text size="sm">
            It will show: <FilterSummary filters={filters} empty="every bulletin you may read" />.
          </Text>
          <FeedNameForm
            initial=""
            submitLabel="Save feed"
            busy={loading}
            error={error}
            onSubmit={(name) => void save(name)}
            onCancel={modal.close}
          />
        </Stack>
      </Modal>
    </>
  );
}

/** Rename and delete (after confirming) the saved feed on screen. */
export function SavedFeedActions({ feed }: { feed: SavedFeed }) {
  const [renaming, rename] = useDisclosure(false);
  const [deleting, remove] = useDisclosure(false);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const client = useApolloClient();
  const [renameFeed, renameState] = useMutation(FEED_RENAME_FEED);
  const [deleteFeed, deleteState] = useMutation(FEED_DELETE_FEED);

  const submitRename = async (name: string) => {
    setError(null);
    try {
      await renameFeed({ variables: { input: { id: feed.id, name } } });
      rename.close();
    } catch (caught) {
      setError(caught);
    }
  };

  const confirmDelete = async () => {
    setError(null);
    try {
      await deleteFeed({ variables: { input: { id: feed.id } } });
      remove.close();
      await navigate('/', { replace: true });
      client.cache.evict({ id: client.cache.identify({ __typename: 'Feed', id: feed.id }) });
      client.cache.gc();
      await client.refetchQueries({ include: [FEED_SAVED_FEEDS] });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={() => {
          setError(null);
          rename.open();
        }}
      >
        Rename
      </Button>
      <Button
        variant="default"
        size="sm"
        color="red"
        onClick={() => {
          setError(null);
          remove.open();
        }}
      >
        Delete
      </Button>
      <Modal opened={renaming} onClose={rename.close} title="Rename this feed" closeButtonProps={CLOSE}>
        <FeedNameForm
          initial={feed.name}
          submitLabel="Rename"
          busy={renameState.loading}
          error={error}
          onSubmit={(name) => void submitRename(name)}
          onCancel={rename.close}
        />
      </Modal>
      <Modal opened={deleting} onClose={remove.close} title="Delete this feed?" closeButtonProps={CLOSE}>
        <Stack gap="md">
          {error !== null && <ErrorNotice error={error} />}
          <Text size="sm">
            The saved feed “{feed.name}” will be deleted. The bulletins in it stay where they are: only this saved view
            goes.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={remove.close} data-autofocus>
              Keep it
            </Button>
            <Button color="red" loading={deleteState.loading} onClick={() => void confirmDelete()}>
              Delete feed
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

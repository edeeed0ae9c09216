import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { of, throwError } from 'rxjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type LiveStreamOptions, openLiveStream } from '@web/api/live-events';
import { BrowserSession } from '@web/auth/browser-session';
import { SessionProvider } from '@web/auth/session-context';
import type { FeedBulletin } from './bulletin-fields';
import { NO_FILTERS } from './bulletin-filters';
import { LiveBulletins } from './live-bulletins';

vi.mock('@web/api/live-events', () => ({ openLiveStream: vi.fn(() => () => undefined) }));

const stream = vi.mocked(openLiveStream);

function bulletin(id: string, more: Partial<FeedBulletin> = {}): FeedBulletin {
  return {
    id,
    version: 1,
    reference: `CISA-2026-${id}`,
    title: `Bulletin ${id}`,
    summary: `Summary ${id}`,
    tier: 'GREEN',
    severity: 'HIGH',
    category: 'CYBER_THREAT',
    status: 'PUBLISHED',
    jurisdictions: [],
    tags: [],
    firstPublishedAt: '2026-12-01T10:00:00.000Z',
    publishedAt: '2026-12-01T10:00:00.000Z',
    retractedAt: null,
    retractionReason: null,
    acknowledgedByMe: false,
    originators: [{ id: 'cisa', name: 'CISA', shortName: 'CISA' }],
    ...more,
  };
}

const connection = (bulletins: FeedBulletin[], totalCount = bulletins.length) => ({
  __typename: 'BulletinConnection',
  totalCount,
  totalCountIsExact: true,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: bulletins.at(-1)?.id ?? null },
  edges: bulletins.map((node) => ({ __typename: 'BulletinEdge', node })),
});

interface Answers {
  sequence?: number;
  page?: FeedBulletin[];
  fail?: boolean;
}

function setup(answers: Answers = {}) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink((operation) => {
    calls.push({ name: operation.operationName ?? '', variables: operation.variables });
    if (answers.fail) return throwError(() => new TypeError('Failed to fetch'));
    if (operation.operationName === 'FeedLatestEventSequence') {
      return of({ data: { latestEventSequence: answers.sequence ?? 42 } });
    }
    return of({ data: { bulletins: connection(answers.page ?? [bulletin('2'), bulletin('1')]) } });
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const session = new BrowserSession({
    fetch: () => Promise.reject(new Error('no network in tests')),
    readCookies: () => '',
    now: () => Date.now(),
    withLock: (_name, task) => task(),
  });
  const onRestart = vi.fn();
  render(
    <MantineProvider>
      <SessionProvider session={session}>
        <ApolloProvider client={client}>
          <MemoryRouter>
            <LiveBulletins
              source={{ kind: 'all', filters: { ...NO_FILTERS, categories: ['CYBER_THREAT'] } }}
              onRestart={onRestart}
              empty={<p>Nothing here</p>}
            />
          </MemoryRouter>
        </ApolloProvider>
      </SessionProvider>
    </MantineProvider>,
  );
  return { calls, onRestart };
}

type StreamOptions = LiveStreamOptions<
  { bulletinEvents: { sequence: number; type: string; bulletin: FeedBulletin } },
  Record<string, unknown>
>;

async function openedStream(): Promise<StreamOptions> {
  await waitFor(() => expect(stream).toHaveBeenCalled());
  return stream.mock.calls.at(-1)?.[0] as unknown as StreamOptions;
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Bulletins' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('link').textContent);

describe('LiveBulletins', () => {
  beforeEach(() => stream.mockClear());

  it('reads the newest sequence, then the page, then streams from that sequence', async () => {
    const { calls } = setup({ sequence: 77 });
    expect(screen.getByText('Loading bulletins…')).toBeInTheDocument();
    const options = await openedStream();
    expect(calls.map((call) => call.name)).toEqual(['FeedLatestEventSequence', 'FeedBulletins']);
    expect(calls[1]?.variables['filter']).toEqual({
      categories: ['CYBER_THREAT'],
      statuses: ['PUBLISHED', 'RETRACTED'],
    });
    expect(options.since).toBe(77);
    expect(options.variables).toEqual({ filter: { categories: ['CYBER_THREAT'] } });
    expect(titles()).toEqual(['Bulletin 2', 'Bulletin 1']);
    expect(screen.getByText('2 bulletins')).toBeInTheDocument();
  });

  it('says how the live connection is doing', async () => {
    setup();
    const options = await openedStream();
    expect(screen.getByTestId('live-status')).toHaveTextContent('Connecting…');
    act(() => options.onStatus('live'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('Live');
    act(() => options.onStatus('offline'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('Offline — will catch up when the connection returns');
  });

  it('holds new bulletins behind a bar, then shows them on top with the focus on the first', async () => {
    setup();
    const options = await openedStream();
    act(() => {
      options.onData({ bulletinEvents: { sequence: 43, type: 'PUBLISHED', bulletin: bulletin('3') } });
      options.onData({ bulletinEvents: { sequence: 44, type: 'PUBLISHED', bulletin: bulletin('4') } });
    });
    const bar = screen.getByRole('button', { name: /^2 new bulletins/ });
    expect(titles()).toEqual(['Bulletin 2', 'Bulletin 1']);
    await userEvent.click(bar);
    expect(titles()).toEqual(['Bulletin 4', 'Bulletin 3', 'Bulletin 2', 'Bulletin 1']);
    expect(screen.getByRole('link', { name: 'Bulletin 4' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /new bulletin/ })).not.toBeInTheDocument();
    expect(screen.getByText('4 bulletins')).toBeInTheDocument();
    const first = screen.getAllByRole('listitem')[0];
    expect(within(first as HTMLElement).getByText('New')).toBeInTheDocument();
  });

  it('replaces an amended or retracted bulletin where it is', async () => {
    setup();
    const options = await openedStream();
    act(() => {
      options.onData({
        bulletinEvents: { sequence: 43, type: 'AMENDED', bulletin: bulletin('1', { version: 2, title: 'Corrected' }) },
      });
      options.onData({
        bulletinEvents: {
          sequence: 44,
          type: 'RETRACTED',
          bulletin: bulletin('2', { version: 2, status: 'RETRACTED', retractionReason: 'Issued in error.' }),
        },
      });
    });
    expect(titles()).toEqual(['Bulletin 2', 'Corrected']);
    const [retracted, amended] = screen.getAllByRole('listitem');
    expect(within(amended!).getByText('Amended')).toBeInTheDocument();
    expect(within(retracted!).getByText('Retracted')).toBeInTheDocument();
    expect(within(retracted!).getByText('Retraction notice: Issued in error.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new bulletin/ })).not.toBeInTheDocument();
  });

  it('starts over when the server no longer has the events since the page', async () => {
    const { onRestart } = setup();
    const options = await openedStream();
    act(() => options.onExpired());
    expect(onRestart).toHaveBeenCalledTimes(1);
  });

  it('shows an error it cannot load, with a retry, and opens no stream', async () => {
    const { onRestart } = setup({ fail: true });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No connection');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRestart).toHaveBeenCalled();
    expect(stream).not.toHaveBeenCalled();
  });

  it('shows the empty state for an empty list', async () => {
    setup({ page: [] });
    expect(await screen.findByText('Nothing here')).toBeInTheDocument();
    expect(screen.getByText('0 bulletins')).toBeInTheDocument();
  });
});

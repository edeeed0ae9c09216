import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type LiveStreamOptions, openLiveStream } from '@web/api/live-events';
import type { BulletinLiveEventsSubscription } from '@web/graphql/generated/graphql';
import { aBulletin, ID } from './bulletin-fixtures';
import { BULLETIN_PAGE } from './bulletin-query';
import { useLiveBulletin } from './use-live-bulletin';

const { closeStream, session } = vi.hoisted(() => ({ closeStream: vi.fn(), session: { stub: 'session' } }));
vi.mock('@web/api/live-events', () => ({ openLiveStream: vi.fn(() => closeStream) }));
vi.mock('@web/auth/session-context', () => ({ useSession: () => session }));
type Options = LiveStreamOptions<BulletinLiveEventsSubscription, { since?: number | null }>;

/** The options of the stream the hook opened last. */
function stream(): Options {
  const call = vi.mocked(openLiveStream).mock.lastCall;
  if (!call) throw new Error('no stream was opened');
  return call[0] as unknown as Options;
}

function event(sequence: number, type: 'AMENDED' | 'RETRACTED' | 'PUBLISHED', id: string) {
  return { bulletinEvents: { __typename: 'BulletinEvent' as const, sequence, type, bulletin: { id } } };
}

function reloaded(latestEventSequence: number): MockLink.MockedResponse {
  return {
    request: { query: BULLETIN_PAGE, variables: { id: ID } },
    result: { data: { latestEventSequence, bulletin: aBulletin({ revision: 3 }) } },
  };
}

function follow(since: number | null, mocks: MockLink.MockedResponse[] = []) {
  const wrapper = ({ children }: { children: ReactNode }) => <MockedProvider mocks={mocks}>{children}</MockedProvider>;
  return renderHook(({ id, since: from }) => useLiveBulletin(id, from), {
    wrapper,
    initialProps: { id: ID, since },
  });
}

describe('useLiveBulletin', () => {
  beforeEach(() => vi.clearAllMocks());

  it('opens nothing until the bulletin has been read', () => {
    follow(null);
    expect(openLiveStream).not.toHaveBeenCalled();
  });

  it('streams from the sequence read with the bulletin, once, and closes on leaving', () => {
    const hook = follow(41);
    expect(openLiveStream).toHaveBeenCalledOnce();
    expect(stream().since).toBe(41);
    // Each reload brings a newer sequence; the stream resumes by itself and is not restarted.
    hook.rerender({ id: ID, since: 57 });
    expect(openLiveStream).toHaveBeenCalledOnce();
    hook.unmount();
    expect(closeStream).toHaveBeenCalledOnce();
  });

  it("ignores other bulletins' events", () => {
    const hook = follow(41);
    act(() => stream().onData(event(42, 'AMENDED', 'another-bulletin')));
    expect(hook.result.current).toBeNull();
  });

  it('reloads its bulletin when it is amended or retracted, and says so', async () => {
    const reload = reloaded(43);
    const answered = vi.fn(() => ({ data: { latestEventSequence: 43, bulletin: aBulletin({ revision: 3 }) } }));
    const hook = follow(41, [{ ...reload, result: answered }]);
    act(() => stream().onData(event(43, 'AMENDED', ID)));
    expect(hook.result.current).toEqual({ type: 'AMENDED', sequence: 43 });
    await waitFor(() => expect(answered).toHaveBeenCalledOnce());
  });

  it('when the server no longer has the events since then, reads the bulletin afresh and follows on from now', async () => {
    follow(41, [reloaded(99)]);
    act(() => stream().onExpired());
    await waitFor(() => expect(openLiveStream).toHaveBeenCalledTimes(2));
    expect(stream().since).toBe(99);
    expect(closeStream).toHaveBeenCalledOnce();
  });

  it("a new bulletin at the same address forgets the last one's change and follows the new one", () => {
    const hook = follow(41, [reloaded(42)]);
    act(() => stream().onData(event(42, 'RETRACTED', ID)));
    expect(hook.result.current?.type).toBe('RETRACTED');
    hook.rerender({ id: 'b0a6b1a4-95f4-4a7e-8f0e-2f9d3a6c1e22', since: 50 });
    expect(hook.result.current).toBeNull();
    expect(openLiveStream).toHaveBeenCalledTimes(2);
    expect(stream().since).toBe(50);
  });
});

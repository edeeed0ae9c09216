import type { Page, WebSocket } from 'playwright-core';
import { expect, it } from 'vitest';
import { bulletinList, liveStatus, listedBulletin, newBulletinsBar, signInAs, waitUntilLive } from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { Publisher } from './support/publisher';
import { eventually, visible } from './support/waits';

interface LiveSocket {
  readonly socket: WebSocket;
  /** `since` of each subscribe message sent on it. */
  readonly since: unknown[];
  /** Titles of the bulletins whose events it delivered. */
  readonly delivered: string[];
}

/** The feed's graphql-ws sockets as the browser sees them: what each subscribed with, and what it delivered. */
function watchLiveSockets(page: Page): LiveSocket[] {
  const sockets: LiveSocket[] = [];
  page.on('websocket', (socket) => {
    if (!socket.url().endsWith('/graphql')) return;
    const live: LiveSocket = { socket, since: [], delivered: [] };
    sockets.push(live);
    socket.on('framesent', ({ payload }) => {
      const message = parse(payload) as { type?: string; payload?: { variables?: { since?: unknown } } };
      if (message?.type === 'subscribe') live.since.push(message.payload?.variables?.since);
    });
    socket.on('framereceived', ({ payload }) => {
      const message = parse(payload) as {
        type?: string;
        payload?: { data?: { bulletinEvents?: { bulletin?: { title?: string } } } };
      };
      const title = message?.payload?.data?.bulletinEvents?.bulletin?.title;
      if (message?.type === 'next' && title) live.delivered.push(title);
    });
  });
  return sockets;
}

function parse(payload: string | Buffer): unknown {
  try {
    return JSON.parse(payload.toString());
  } catch {
    return null;
  }
}

describeInBrowser('the feed after the network drops', () => {
  const portal = usePortal();

  it('catches up when the connection returns: both bulletins published meanwhile appear once, newest first', async () => {
    const publisher = await Publisher.signIn(portal.url);
    const context = await portal.context();
    const page = await context.newPage();
    const sockets = watchLiveSockets(page);
    await signInAs(page, 'clerk@fulton.ga.demo');
    await waitUntilLive(page);
    await eventually(
      () => sockets.map((socket) => socket.since),
      (seen) => seen.length === 1 && seen[0]?.length === 1,
      5_000,
      'one socket with its subscription',
    );
    const first = sockets[0];
    const since = first.since[0];
    expect(typeof since, 'the feed subscribes from the sequence it loaded at').toBe('number');

    // The laptop loses its network: the portal says so and drops its socket.
    await context.setOffline(true);
    await eventually(
      () => liveStatus(page).innerText(),
      // The browser's `offline` event: "Offline — will catch up when the connection returns" (not "Reconnecting…").
      (text) => text.startsWith('Offline'),
      10_000,
      'the live status to say offline',
    );
    await eventually(
      () => first.socket.isClosed(),
      (closed) => closed,
      10_000,
      'the socket to close',
    );

    const older = await publisher.publish({ title: 'Offline catch-up: the earlier bulletin', tier: 'GREEN' });
    const newer = await publisher.publish({ title: 'Offline catch-up: the later bulletin', tier: 'GREEN' });

    // Back online: a new socket resumes from the same sequence, and the server sends what was missed on it.
    await context.setOffline(false);
    await waitUntilLive(page);
    await eventually(
      () => sockets.map((socket) => socket.since),
      (seen) => seen.length === 2 && seen[1]?.length === 1,
      5_000,
      'a second socket with its subscription',
    );
    const resumed = sockets[1];
    expect(resumed.since, 'resumed with since = the last sequence the feed had').toEqual([since]);

    await newBulletinsBar(page, 2).click({ timeout: 15_000 });
    await visible(listedBulletin(page, older.title));
    expect(await listedBulletin(page, newer.title).count()).toBe(1);
    expect(await listedBulletin(page, older.title).count()).toBe(1);
    const titles = await bulletinList(page).getByRole('link').allInnerTexts();
    expect(titles.slice(0, 2), 'newest first').toEqual([newer.title, older.title]);
    expect(resumed.delivered, 'each missed bulletin delivered once, in order').toEqual([older.title, newer.title]);
    expect(first.delivered).toEqual([]);

    // One more after the catch-up arrives alone: nothing of the two comes again behind it.
    const after = await publisher.publish({ title: 'Offline catch-up: after the return', tier: 'GREEN' });
    await newBulletinsBar(page, 1).click({ timeout: 15_000 });
    await visible(listedBulletin(page, after.title));
    expect(resumed.delivered).toEqual([older.title, newer.title, after.title]);
    const afterwards = await bulletinList(page).getByRole('link').allInnerTexts();
    expect(afterwards.slice(0, 3)).toEqual([after.title, newer.title, older.title]);
    expect(afterwards.filter((title) => title.startsWith('Offline catch-up'))).toHaveLength(3);
  });
});

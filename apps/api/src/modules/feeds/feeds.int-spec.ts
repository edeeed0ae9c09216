import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken, publishBulletin, startTestApp, type TestApp } from '@bulwark/testing';

const CREATE =
  'mutation ($input: CreateFeedInput!) { createFeed(input: $input) { id name filter { categories minSeverity jurisdictions } } }';
const ITEMS =
  'query ($feedId: ID!) { feedItems(feedId: $feedId, first: 50) { totalCount edges { node { title tier } } } }';

describe('saved feeds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('saves a filter, pages through what it matches under the policy, and is private to its owner', async () => {
    const clerk = await accountToken(t, 'clerk@fulton.ga.demo');
    const feed = await t.gql.data<{ createFeed: { id: string; filter: { categories: string[] } } }>(
      CREATE,
      {
        input: {
          name: 'Georgia cyber, HIGH+',
          filter: { jurisdictions: ['GA'], categories: ['CYBER_THREAT'], minSeverity: 'HIGH' },
        },
      },
      { token: clerk },
    );
    expect(feed.createFeed.filter.categories).toEqual(['CYBER_THREAT']);
    const tag = `feed-${Date.now()}`;
    await publishBulletin(t, {
      tier: 'AMBER',
      recipientOrganizations: ['GA-SOS'],
      jurisdictions: ['GA'],
      severity: 'CRITICAL',
      category: 'CYBER_THREAT',
      title: 'match',
      tags: [tag],
    });
    await publishBulletin(t, {
      tier: 'AMBER',
      recipientOrganizations: ['PA-SOS'],
      jurisdictions: ['GA'],
      severity: 'CRITICAL',
      category: 'CYBER_THREAT',
      title: 'not for Fulton',
      tags: [tag],
    });
    await publishBulletin(t, {
      tier: 'GREEN',
      jurisdictions: ['GA'],
      severity: 'LOW',
      category: 'CYBER_THREAT',
      title: 'too low',
      tags: [tag],
    });
    const items = await t.gql.data<{ feedItems: { edges: { node: { title: string } }[] } }>(
      ITEMS,
      { feedId: feed.createFeed.id },
      { token: clerk },
    );
    const titles = items.feedItems.edges.map((edge) => edge.node.title);
    expect(titles).toContain('match');
    expect(titles).not.toContain('not for Fulton');
    expect(titles).not.toContain('too low');

    const other = await accountToken(t, 'official@pa.demo');
    expect(await t.gql.errorCode(ITEMS, { feedId: feed.createFeed.id }, { token: other })).toBe('NOT_FOUND');
    expect(
      (
        await t.gql.data<{ feed: null }>(
          'query ($id: ID!) { feed(id: $id) { id } }',
          { id: feed.createFeed.id },
          { token: other },
        )
      ).feed,
    ).toBeNull();
    expect(
      await t.gql.errorCode(
        'mutation ($input: FeedIdInput!) { deleteFeed(input: $input) }',
        { input: { id: feed.createFeed.id } },
        { token: other },
      ),
    ).toBe('NOT_FOUND');
    const mine = await t.gql.data<{ feeds: { id: string }[] }>('{ feeds { id } }', {}, { token: clerk });
    expect(mine.feeds.map((f) => f.id)).toContain(feed.createFeed.id);
  });

  it('refuses unknown filter values and duplicate names, and changes nothing', async () => {
    const clerk = await accountToken(t, 'clerk@maricopa.az.demo');
    expect(
      await t.gql.errorCode(CREATE, { input: { name: 'x', filter: { jurisdictions: ['ZZ'] } } }, { token: clerk }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await t.gql.errorCode(CREATE, { input: { name: 'x', filter: { categories: ['NOPE'] } } }, { token: clerk }),
    ).toBe('BAD_USER_INPUT');
    await t.gql.data(CREATE, { input: { name: 'Arizona', filter: { jurisdictions: ['AZ'] } } }, { token: clerk });
    expect(await t.gql.errorCode(CREATE, { input: { name: 'Arizona', filter: {} } }, { token: clerk })).toBe(
      'CONFLICT',
    );
    const mine = await t.gql.data<{ feeds: { name: string }[] }>('{ feeds { name } }', {}, { token: clerk });
    expect(mine.feeds.map((f) => f.name)).toEqual(['Arizona']);
  });

  it("drives a subscription by feed id, and refuses someone else's feed", async () => {
    const clerk = await accountToken(t, 'clerk@fulton.ga.demo');
    const feed = await t.gql.data<{ createFeed: { id: string } }>(
      CREATE,
      { input: { name: `Physical ${Date.now()}`, filter: { categories: ['PHYSICAL_THREAT'] } } },
      { token: clerk },
    );
    const received: string[] = [];
    const errors: unknown[] = [];
    t.ws({ authorization: `Bearer ${clerk}` }).subscribe<{ bulletinEvents: { bulletin: { title: string } } }>(
      {
        query: 'subscription ($feedId: ID) { bulletinEvents(feedId: $feedId) { bulletin { title } } }',
        variables: { feedId: feed.createFeed.id },
      },
      {
        next: (r) => r.data && received.push(r.data.bulletinEvents.bulletin.title),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await publishBulletin(t, { tier: 'CLEAR', category: 'CYBER_THREAT', title: 'cyber' });
    await publishBulletin(t, { tier: 'CLEAR', category: 'PHYSICAL_THREAT', title: 'physical' });
    const deadline = Date.now() + 8000;
    while (received.length < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(received).toEqual(['physical']);

    const stranger = await accountToken(t, 'official@pa.demo');
    const refused: unknown[] = [];
    t.ws({ authorization: `Bearer ${stranger}` }).subscribe(
      {
        query: 'subscription ($feedId: ID) { bulletinEvents(feedId: $feedId) { sequence } }',
        variables: { feedId: feed.createFeed.id },
      },
      { next: (r) => refused.push(r), error: (e) => refused.push(e), complete: () => undefined },
    );
    while (refused.length < 1 && Date.now() < deadline + 4000) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(JSON.stringify(refused)).toContain('NOT_FOUND');
  });
});

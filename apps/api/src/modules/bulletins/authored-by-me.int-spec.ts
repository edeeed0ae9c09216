import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  bulletinMutation,
  CISA_ANALYST,
  CISA_PUBLISHER,
  createApiKey,
  createUser,
  DEMO,
  draftBulletin,
  orgId,
  publishBulletin,
  startTestApp,
  type TestApp,
  TEST_PASSWORD,
  uniqueBulletinTag,
} from '@bulwark/testing';

/*
 * bulletins(filter: { authoredByMe: true }): the bulletins the viewer started, in the statuses asked for (the
 * portal's My drafts), under the same policy predicate as every list (R6, R11, R15).
 */

const LIST = `query ($filter: BulletinFilter) {
  bulletins(first: 100, filter: $filter) {
    totalCount
    edges { node { id status tier reviewComments { revision comment } } }
  }
}`;

const RETURN = `mutation ($input: ReturnBulletinInput!) { returnBulletin(input: $input) { id } }`;

interface Listed {
  id: string;
  status: string;
  tier: string;
  reviewComments: { revision: number; comment: string }[] | null;
}

describe('bulletins authoredByMe (My drafts)', () => {
  let t: TestApp;
  let admin: string;

  /** A fresh analyst of CISA, cleared for `clearance` (set in the fixture: no administrator at CISA may grant it). */
  async function newAnalyst(clearance: string, displayName: string): Promise<string> {
    const user = await createUser(t, admin, {
      organizationId: await orgId(t, 'CISA'),
      roles: ['ANALYST'],
      displayName,
    });
    await t.dataSource.query('UPDATE users SET clearance = $2 WHERE id = $1', [user.id, clearance]);
    await accountToken(t, user.email, TEST_PASSWORD);
    return user.email;
  }

  async function list(
    credentials: { token?: string; apiKey?: string },
    filter: Record<string, unknown>,
  ): Promise<{ totalCount: number; nodes: Listed[] }> {
    const { bulletins } = await t.gql.data<{ bulletins: { totalCount: number; edges: { node: Listed }[] } }>(
      LIST,
      { filter },
      credentials,
    );
    return { totalCount: bulletins.totalCount, nodes: bulletins.edges.map((edge) => edge.node) };
  }

  async function listAs(email: string, filter: Record<string, unknown>) {
    return list({ token: await accountToken(t, email) }, filter);
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await accountToken(t, DEMO.platformAdmin);
  });
  afterAll(() => t?.close());

  it('two analysts of CISA each get only their own drafts, each with its state; a publisher gets none of theirs', async () => {
    const second = await newAnalyst('AMBER_STRICT', 'CISA Second Analyst');
    const tag = uniqueBulletinTag('mine');
    const draft = await draftBulletin(t, { tier: 'GREEN', tags: [tag] });
    const submitted = await draftBulletin(t, {
      tier: 'AMBER_STRICT',
      recipientOrganizations: ['GA-SOS'],
      tags: [tag],
      stage: 'IN_REVIEW',
    });
    const returned = await draftBulletin(t, { tier: 'GREEN', tags: [tag], stage: 'IN_REVIEW' });
    await bulletinMutation(t, CISA_PUBLISHER, RETURN, {
      id: returned.id,
      expectedVersion: returned.version,
      comment: 'Add the hashes.',
    });
    const published = await publishBulletin(t, { tier: 'GREEN', tags: [tag] });
    const theirs = await draftBulletin(t, { tier: 'AMBER_STRICT', author: second, recipientOrganizations: ['GA-SOS'] });
    const theirsInReview = await draftBulletin(t, { tier: 'GREEN', author: second, stage: 'IN_REVIEW' });

    // The demo analyst has demo bulletins of their own: this test's are the ones with its tag.
    const drafts = { authoredByMe: true, statuses: ['DRAFT', 'IN_REVIEW'] };
    const mine = await listAs(CISA_ANALYST, { ...drafts, tags: [tag] });
    expect(mine.totalCount).toBe(3);
    expect(new Map(mine.nodes.map((node) => [node.id, [node.status, node.reviewComments]]))).toEqual(
      new Map([
        [draft.id, ['DRAFT', []]],
        [submitted.id, ['IN_REVIEW', []]],
        [returned.id, ['DRAFT', [{ revision: 1, comment: 'Add the hashes.' }]]],
      ]),
    );
    expect((await listAs(CISA_ANALYST, { authoredByMe: true, tags: [tag] })).nodes.map((node) => node.id)).toEqual([
      published.id,
    ]);
    const theirTags = [theirs.tag, theirsInReview.tag];
    expect(await listAs(CISA_ANALYST, { ...drafts, tags: theirTags })).toEqual({ totalCount: 0, nodes: [] });

    const secondOwn = await listAs(second, drafts);
    expect(secondOwn.totalCount).toBe(2);
    expect(new Map(secondOwn.nodes.map((node) => [node.id, node.status]))).toEqual(
      new Map([
        [theirs.id, 'DRAFT'],
        [theirsInReview.id, 'IN_REVIEW'],
      ]),
    );

    // The CISA publisher may read all of these in review (R11), but wrote none of them.
    const readable = await listAs(CISA_PUBLISHER, { statuses: ['DRAFT', 'IN_REVIEW'], tags: [tag] });
    expect(readable.nodes.map((node) => node.id).sort()).toEqual([draft.id, submitted.id, returned.id].sort());
    expect(await listAs(CISA_PUBLISHER, { ...drafts, tags: [tag] })).toEqual({ totalCount: 0, nodes: [] });
    expect((await listAs(CISA_PUBLISHER, { statuses: drafts.statuses, tags: theirTags })).totalCount).toBe(2);
    expect(await listAs(CISA_PUBLISHER, { ...drafts, tags: theirTags })).toEqual({ totalCount: 0, nodes: [] });
  });

  it('keeps the policy: a draft above its author’s clearance now is not listed; keys and the anonymous wrote none', async () => {
    const writer = await newAnalyst('AMBER_STRICT', 'CISA Third Analyst');
    const strict = await draftBulletin(t, { tier: 'AMBER_STRICT', author: writer, recipientOrganizations: ['GA-SOS'] });
    const green = await draftBulletin(t, { tier: 'GREEN', author: writer });
    const drafts = { authoredByMe: true, statuses: ['DRAFT', 'IN_REVIEW'] };
    expect((await listAs(writer, drafts)).totalCount).toBe(2);

    // R6: once the writer's clearance is GREEN, the AMBER_STRICT draft is out of the list and out of the count.
    await t.dataSource.query(`UPDATE users SET clearance = 'GREEN' WHERE email = $1`, [writer]);
    const now = await listAs(writer, drafts);
    expect(now).toEqual({ totalCount: 1, nodes: [expect.objectContaining({ id: green.id })] });
    expect(now.nodes.map((node) => node.id)).not.toContain(strict.id);

    // Nobody signed in, and an API key, have written nothing, though each reads published bulletins.
    const open = await publishBulletin(t, { tier: 'CLEAR' });
    const published = { statuses: ['PUBLISHED'], tags: [open.tag] };
    expect((await list({}, published)).totalCount).toBe(1);
    expect(await list({}, { ...published, authoredByMe: true })).toEqual({ totalCount: 0, nodes: [] });
    const key = await createApiKey(t, await accountToken(t, DEMO.gaAdmin));
    expect((await list({ apiKey: key.secret }, published)).totalCount).toBe(1);
    expect(await list({ apiKey: key.secret }, { ...published, authoredByMe: true })).toEqual({
      totalCount: 0,
      nodes: [],
    });
    // false narrows nothing.
    expect((await listAs(writer, { ...drafts, authoredByMe: false })).totalCount).toBe(
      (await listAs(writer, { statuses: drafts.statuses })).totalCount,
    );
  });
});

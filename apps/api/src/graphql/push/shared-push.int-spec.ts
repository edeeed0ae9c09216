import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLObjectType, isObjectType, parse } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  accountToken,
  CISA_PUBLISHER,
  countStatements,
  createApiKey,
  DEMO,
  EventSubscriber,
  publishBulletin,
  startTestApp,
  type TestApp,
  until,
} from '@bulwark/testing';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { PushScope } from './push-scope';
import { declaredScope, describeSelection } from './push-selection';

const WITH_ORIGINATORS = `subscription ($since: Float) {
  bulletinEvents(since: $since) { sequence type bulletin { id title tags originators { shortName } } }
}`;
const WITH_DISTRIBUTION = `subscription {
  bulletinEvents { sequence type bulletin { id title tags recipientOrganizations { shortName } } }
}`;

describe('shared push: each event rendered once per group of subscribers who receive the same bytes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function subscribe(email: string | null, query: string, variables = {}): Promise<EventSubscriber> {
    const params = email ? { authorization: `Bearer ${await accountToken(t, email)}` } : {};
    return new EventSubscriber(t.ws(params)).start(variables, query);
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it("reads each field's push scope from the schema the API serves", () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const scopeOf = (selection: string) =>
      describeSelection({ schema, document: parse(`subscription { bulletinEvents { bulletin { ${selection} } } }`) })
        .scope;
    expect(scopeOf('id title tier bodyHtml indicators { value } originators { name parent { name } }')).toBe(
      PushScope.SHARED,
    );
    expect(scopeOf('title recipientOrganizations { name }')).toBe(PushScope.ORGANIZATION);
    expect(scopeOf('recipientUserIds acknowledgements { acknowledgedCount }')).toBe(PushScope.ORGANIZATION);
    expect(scopeOf('title acknowledgedByMe')).toBe(PushScope.VIEWER);
    expect(scopeOf('revisions { title }')).toBe(PushScope.VIEWER);
  });

  it('finds a push scope declared on every resolved field of a type that declares one for its properties', () => {
    // Nest gives each plain property a resolver named rootFieldResolver; a @ResolveField replaces it.
    const undeclared = Object.values(t.app.get(GraphQLSchemaHost).schema.getTypeMap())
      .filter((type) => isObjectType(type) && declaredScope(type.extensions) !== null)
      .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).map((field) => ({ type, field })))
      .filter(({ field }) => field.resolve?.name !== 'rootFieldResolver' && declaredScope(field.extensions) === null)
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(undeclared).toEqual([]);
  });

  it('renders a bulletin once for many subscribers of several organizations, and each receives it once', async () => {
    const readers = [DEMO.fultonClerk, DEMO.paOfficial, DEMO.gaOfficial, DEMO.gaAdmin, 'contact@vendor.demo'];
    const subscribers = await Promise.all(
      [...readers, ...readers, null].map((email, i) => subscribe(email, WITH_ORIGINATORS, i % 2 ? { since: 0 } : {})),
    );
    await settle();
    const organizations = t.app.get(OrganizationsService);
    const loads = vi.spyOn(organizations, 'loadById');
    try {
      const green = await publishBulletin(t, { tier: 'GREEN', title: 'for every member' });
      await until(() => subscribers.slice(0, -1).every((s) => s.tagged(green.tag).length === 1));
      await settle();
      const received = subscribers.map((s) => s.tagged(green.tag));
      expect(received.at(-1)).toEqual([]); // anonymous: GREEN is for members only
      for (const events of received.slice(0, -1)) {
        expect(events).toEqual(received[0]);
        expect(events[0]?.bulletin['originators']).toEqual([{ shortName: 'CISA' }]);
      }
      // One originator, one render: the organization was loaded once, not once per subscriber.
      expect(loads).toHaveBeenCalledTimes(1);
    } finally {
      loads.mockRestore();
      subscribers.forEach((s) => s.end());
    }
  });

  it('renders apart what depends on the organization: only the originator sees who an AMBER bulletin went to', async () => {
    const [publisher, publisherAgain, clerk, clerkAgain] = await Promise.all(
      [CISA_PUBLISHER, CISA_PUBLISHER, DEMO.fultonClerk, DEMO.fultonClerk].map((email) =>
        subscribe(email, WITH_DISTRIBUTION),
      ),
    );
    await settle();
    const amber = await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
    const all = [publisher, publisherAgain, clerk, clerkAgain];
    await until(() => all.every((s) => s.tagged(amber.tag).length === 1));
    const distribution = (s: EventSubscriber) => s.tagged(amber.tag)[0]?.bulletin['recipientOrganizations'];
    expect(distribution(publisher)).toEqual([{ shortName: 'GA-SOS' }]);
    expect(distribution(publisherAgain)).toEqual([{ shortName: 'GA-SOS' }]);
    expect(distribution(clerk)).toBeNull();
    expect(distribution(clerkAgain)).toBeNull();
    all.forEach((s) => s.end());
  });

  it("re-reads a partner system's key once per event for all its subscriptions, not once each", async () => {
    const key = await createApiKey(t, await accountToken(t, DEMO.gaAdmin));
    const subscriptions = Array.from({ length: 5 }, () =>
      new EventSubscriber(t.ws({ apiKey: key.secret })).start({}, WITH_ORIGINATORS),
    );
    await settle();
    try {
      const { result: green, statements } = await countStatements(t, async () => {
        const published = await publishBulletin(t, { tier: 'GREEN', title: 'to a partner' });
        await until(() => subscriptions.every((s) => s.tagged(published.tag).length === 1));
        return published;
      });
      const keyReads = statements.filter((sql) => /from "api_keys" as "k"/i.test(sql));
      expect(keyReads, `${green.tag}: ${keyReads.length} reads of the key`).toHaveLength(1);
    } finally {
      subscriptions.forEach((s) => s.end());
    }
  });

  it('writes the same bytes to every socket of a group, only the operation id differs', async () => {
    const token = await accountToken(t, DEMO.paOfficial);
    const sockets = await Promise.all([rawSubscriber(t, token, 'a'), rawSubscriber(t, token, 'other-id')]);
    try {
      const clear = await publishBulletin(t, { tier: 'CLEAR', title: 'same bytes' });
      await until(() => sockets.every((socket) => socket.messages.some((m) => m.includes(clear.tag))));
      const [a, b] = sockets.map((socket) => socket.messages.find((m) => m.includes(clear.tag)) ?? '');
      expect(a.replace('"id":"a"', '"id":"other-id"')).toBe(b);
      expect(JSON.parse(a)).toMatchObject({ id: 'a', type: 'next', payload: { data: { bulletinEvents: {} } } });
    } finally {
      sockets.forEach((socket) => socket.ws.terminate());
    }
  });

  it('lets go of a subscription at once when its socket drops, while the server waits for events', async () => {
    const capped = await startTestApp({ MAX_SOCKETS_PER_VIEWER: '1' });
    try {
      const token = await accountToken(capped, DEMO.paOfficial);
      const dropped = await rawSubscriber(capped, token, '1');
      dropped.ws.terminate(); // no complete message, no close handshake
      await settle();
      // The only place this viewer had is free again, so a new socket is admitted and receives.
      const second = new EventSubscriber(capped.ws({ authorization: `Bearer ${token}` })).start();
      await settle();
      const clear = await publishBulletin(capped, { tier: 'CLEAR', title: 'after reconnecting' });
      await until(() => second.titles(clear.tag).length === 1);
      expect(second.errors).toEqual([]);
      second.end();
    } finally {
      await capped.close();
    }
  });
});

/** A bare WebSocket speaking graphql-transport-ws, keeping every message as the text the server wrote. */
async function rawSubscriber(t: TestApp, token: string, id: string): Promise<{ ws: WebSocket; messages: string[] }> {
  const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: string[] = [];
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const acknowledged = new Promise((resolve) => ws.once('message', resolve));
  ws.on('message', (data: Buffer) => messages.push(data.toString('utf8')));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await acknowledged;
  ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: WITH_ORIGINATORS } }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { ws, messages };
}

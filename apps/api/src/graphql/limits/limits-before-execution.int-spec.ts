import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, DEMO, startTestApp, type TestApp, tokenOf, uniqueTag } from '@bulwark/testing';

const HEAD = 'mutation($input: CreateUserInput!)';
const nest = (levels: number, leaf: string) => `${'parent { '.repeat(levels)}${leaf}${' }'.repeat(levels)}`;

/**
 * One mutation that would create a user, each time with a selection over one limit. graphql-limits.int-spec.ts
 * shows each limit just under and just over on queries; this shows "refused" means "nothing ran".
 */
const overLimit: { limit: string; query: string; message: RegExp }[] = [
  // createUser 1, organization 2, six parents 3–8, name 9.
  {
    limit: 'depth 8',
    query: `${HEAD} { createUser(input: $input) { id organization { ${nest(6, 'name')} } } }`,
    message: /nests 9 levels deep/,
  },
  {
    limit: 'aliases 15',
    query: `${HEAD} { ${Array.from({ length: 16 }, (_, i) => `u${i}: createUser(input: $input) { id }`).join(' ')} }`,
    message: /uses 16 aliases/,
  },
  {
    limit: 'directives 50',
    query: `${HEAD} { createUser(input: $input) { ${'... @include(if: true) { id } '.repeat(51)}} }`,
    message: /uses 51 directives/,
  },
  {
    limit: 'tokens 1,000',
    query: `${HEAD} { createUser(input: $input) { ${'id '.repeat(1000)}} }`,
    message: /more than 1000 tokens/,
  },
  {
    limit: 'cost 5,000',
    query: `${HEAD} { createUser(input: $input) { organization { children { id children { id children { id } } } } } }`,
    message: /the limit is 5000/,
  },
];

describe('a document over a limit is refused before anything runs', () => {
  let t: TestApp;
  let token: string;
  const input = () => ({
    email: `limit-${uniqueTag()}@test.demo`,
    displayName: 'Limit Probe',
    roles: ['VIEWER'],
    clearance: 'GREEN',
    initialPassword: 'correct horse battery staple',
  });
  const state = async () => ({
    users: await countRows(t, 'SELECT count(*) FROM users'),
    audit: await countRows(t, 'SELECT count(*) FROM audit_events'),
  });

  beforeAll(async () => {
    t = await startTestApp();
    token = await tokenOf(t, DEMO.gaAdmin);
  });
  afterAll(() => t.close());

  it('runs the same mutation with a plain selection: it would have created a user', async () => {
    const before = await state();
    const response = await t.gql.request(`${HEAD} { createUser(input: $input) { id } }`, { input: input() }, { token });
    expect(response.errors).toBeUndefined();
    expect(await state()).toEqual({ users: before.users + 1, audit: before.audit + 1 });
  });

  it.each(overLimit)('$limit: QUERY_TOO_COMPLEX, no user, no audit record', async ({ query, message }) => {
    const before = await state();
    const response = await t.gql.request(query, { input: input() }, { token });
    expect(response.status).toBe(400);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.data ?? null).toBeNull();
    expect(await state()).toEqual(before);
  });
});

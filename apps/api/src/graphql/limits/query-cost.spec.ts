import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from './query-cost';
import { LIMITS_TEST_SCHEMA } from './test-schema';

const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  operationCost(LIMITS_TEST_SCHEMA, parse(query), operationName, variables, 20);

describe('operationCost', () => {
  it('counts objects, not scalars or lists of scalars', () => {
    expect(cost('{ tags }')).toBe(0);
    expect(cost('{ org(id: "1") { id name tags } }')).toBe(1);
    expect(cost('{ org(id: "1") { parent { parent { name } } } }')).toBe(3);
  });

  it('weights a connection by its first argument: literal, variable, variable default, schema default', () => {
    // orgs(first: n) { edges { node { id } } }: n × (connection + edge + node)
    expect(cost('{ orgs(first: 5) { edges { node { id } } } }')).toBe(15);
    expect(cost('query($n: Int) { orgs(first: $n) { edges { node { id } } } }', { n: 7 })).toBe(21);
    expect(cost('query($n: Int = 3) { orgs(first: $n) { edges { node { id } } } }')).toBe(9);
    expect(cost('{ orgs { edges { node { id } } } }')).toBe(60);
    expect(cost('{ unbounded { nodes { id } } }')).toBe(40);
    expect(cost('{ orgs(first: -5) { totalCount } }')).toBe(0);
  });

  it('multiplies nested lists; a list without first counts as the default size', () => {
    // 100 × (1 + edges 1 × (1 + node 1 × (1 + children 20 × (1 + children 20 × 1))))
    expect(cost('{ orgs(first: 100) { edges { node { children { children { name } } } } } }')).toBe(
      100 * (1 + 1 + 1 + 20 * (1 + 20)),
    );
  });

  it('follows fragments and inline fragments, once per spread', () => {
    expect(
      cost(
        '{ org(id: "1") { ...F ...F2 } } fragment F on Org { children { id } } fragment F2 on Org { parent { id } }',
      ),
    ).toBe(1 + 20 + 1);
    expect(cost('{ node { ... on Org { children { id } } } }')).toBe(1 + 20);
  });

  it('picks the named operation, and its root type', () => {
    const document = 'query A { org(id: "1") { id } } mutation B { rename(name: "x") { children { id } } }';
    expect(cost(document, {}, 'A')).toBe(1);
    expect(cost(document, {}, 'B')).toBe(21);
  });

  it('stays fast and finite-or-infinite on a fragment bomb, and ends at cycles', () => {
    const levels = 60;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Org { children { ...F${i + 1} } parent { ...F${i + 1} } }`,
    ).join('\n');
    const started = performance.now();
    const bomb = cost(`{ org(id: "1") { ...F0 } } ${fragments} fragment F${levels} on Org { id }`);
    expect(bomb).toBeGreaterThan(1e60);
    expect(performance.now() - started).toBeLessThan(100);
    expect(cost('{ org(id: "1") { ...A } } fragment A on Org { children { ...A } }')).toBe(1 + 20);
  });
});

import { Kind, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasLimitRule, depthLimitRule, directiveLimitRule, operationDepth } from './document-limit.rules';
import { LIMITS_TEST_SCHEMA } from './test-schema';

function depthOf(query: string): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return operationDepth(operation, (name) => fragments.get(name));
}

function codesOf(query: string, rules = [depthLimitRule(3), aliasLimitRule(2), directiveLimitRule(2)]): string[] {
  return validate(LIMITS_TEST_SCHEMA, parse(query), [...specifiedRules, ...rules]).map((error) =>
    typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'GRAPHQL',
  );
}

/** parent { parent { … name } } nested `levels` fields deep in all. */
function nested(levels: number): string {
  return `{ org(id: "1") ${'{ parent '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;
}

describe('operationDepth', () => {
  it('counts field levels, not inline fragments', () => {
    expect(depthOf('{ tags }')).toBe(1);
    expect(depthOf('{ org(id: "1") { name } }')).toBe(2);
    expect(depthOf('{ org(id: "1") { ... on Org { parent { name } } } }')).toBe(3);
    expect(depthOf(nested(9))).toBe(9);
  });

  it('follows fragment spreads', () => {
    expect(
      depthOf('{ org(id: "1") { ...A } } fragment A on Org { parent { ...B } } fragment B on Org { parent { name } }'),
    ).toBe(4);
  });

  it('ends at a fragment cycle instead of looping', () => {
    expect(
      depthOf('{ org(id: "1") { ...A } } fragment A on Org { parent { ...B } } fragment B on Org { parent { ...A } }'),
    ).toBe(3);
    expect(depthOf('{ org(id: "1") { ...A } } fragment A on Org { ...A name }')).toBe(2);
  });

  it('measures each fragment once, so a fragment spread many times per level stays linear', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Org { a: parent { ...F${i + 1} } b: parent { ...F${i + 1} } c: children { ...F${i + 1} } }`,
    ).join('\n');
    const started = performance.now();
    const depth = depthOf(`{ org(id: "1") { ...F0 } } ${fragments} fragment F${levels} on Org { name }`);
    expect(depth).toBe(levels + 2);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('does not count into introspection, which nests by design (it is off in production)', () => {
    expect(depthOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toBe(1);
  });
});

describe('the document limit rules', () => {
  it('refuses a query one level over the depth limit, not one at it', () => {
    expect(codesOf(nested(3))).toEqual([]);
    expect(codesOf(nested(4))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('counts aliases in the whole document', () => {
    expect(codesOf('{ a: tags b: tags }')).toEqual([]);
    expect(codesOf('{ a: tags b: tags c: tags }')).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codesOf('{ a: tags ...F } fragment F on Query { b: tags c: tags }')).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('counts directives in the whole document', () => {
    expect(codesOf('query($s: Boolean!) { tags @skip(if: $s) org(id: "1") @include(if: true) { id } }')).toEqual([]);
    expect(
      codesOf('query($s: Boolean!) { tags @skip(if: $s) org(id: "1") @include(if: true) { id @skip(if: $s) } }'),
    ).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('reports a cycle through validation and still measures the depth without hanging', () => {
    const codes = codesOf(
      `{ org(id: "1") { ...A } } fragment A on Org { parent { parent { parent { ...B } } } } fragment B on Org { ...A }`,
    );
    expect(codes).toContain('QUERY_TOO_COMPLEX');
    expect(codes).toContain('GRAPHQL');
  });
});

import { buildSchema, type ExecutionArgs, type GraphQLObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PUSH_SCOPE_EXTENSION, PushScope } from './push-scope';
import { describeSelection } from './push-selection';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { events(since: Float, tag: String): Event }
  type Event { sequence: Float title: String byOrganization: String byViewer: String sized(size: Int): String other: Other }
  type Other { name: String }
`);
const scoped = (target: { extensions: object }, scope: PushScope) =>
  Object.assign(target, { extensions: { [PUSH_SCOPE_EXTENSION]: scope } });
const event = schema.getType('Event') as GraphQLObjectType;
scoped(event, PushScope.SHARED);
scoped(event.getFields()['byOrganization'] as { extensions: object }, PushScope.ORGANIZATION);
scoped(event.getFields()['byViewer'] as { extensions: object }, PushScope.VIEWER);

function selectionOf(query: string, variableValues: Record<string, unknown> = {}) {
  const args: ExecutionArgs = { schema, document: parse(query), variableValues };
  return describeSelection(args);
}

describe('describeSelection', () => {
  it("takes the widest scope of the fields selected, a field's own before its type's, fragments included", () => {
    expect(selectionOf('subscription { events(since: 3) { sequence title sized } }').scope).toBe(PushScope.SHARED);
    expect(selectionOf('subscription { events { title byOrganization } }').scope).toBe(PushScope.ORGANIZATION);
    expect(selectionOf('subscription { events { ...F } } fragment F on Event { byOrganization byViewer }').scope).toBe(
      PushScope.VIEWER,
    );
    expect(selectionOf('subscription { events { ... on Event { __typename byViewer } } }').scope).toBe(
      PushScope.VIEWER,
    );
  });

  it('counts a field of a type that declares no scope as depending on the viewer', () => {
    expect(selectionOf('subscription { events { title other { name } } }').scope).toBe(PushScope.VIEWER);
  });

  it("leaves the root field's arguments out of the key, and keeps what shapes the output", () => {
    const key = (query: string, variables: Record<string, unknown> = {}) => selectionOf(query, variables).key;
    const base = key('subscription { events { sequence title } }');
    expect(key('subscription { events(since: 4, tag: "a") { sequence title } }')).toBe(base);
    const resumed = 'subscription ($since: Float) { events(since: $since) { sequence title } }';
    expect(key(resumed, { since: 7 })).toBe(key(resumed, { since: 9 }));
    expect(key('subscription { events { title sequence } }')).not.toBe(base);
    expect(key('subscription { renamed: events { sequence title } }')).not.toBe(base);
    expect(key('subscription { events { sequence title @include(if: true) } }')).not.toBe(base);
    const sized = 'subscription ($n: Int) { events { sized(size: $n) } }';
    expect(key(sized, { n: 1 })).not.toBe(key(sized, { n: 2 }));
    const skipped = 'subscription ($s: Boolean!) { events { title @skip(if: $s) } }';
    expect(key(skipped, { s: true })).not.toBe(key(skipped, { s: false }));
  });
});

import { buildSchema } from 'graphql';

/** A small schema with the shapes the limits care about: connections with `first`, plain lists, nesting. */
export const LIMITS_TEST_SCHEMA = buildSchema(`
  type Query {
    org(id: ID!): Org
    orgs(first: Int = 20, after: String): OrgConnection!
    unbounded(first: Int): OrgConnection!
    tags: [String!]!
    node: Node
  }
  type Mutation { rename(name: String!): Org }
  interface Node { id: ID! }
  type OrgConnection { edges: [OrgEdge!]! nodes: [Org!]! totalCount: Int! }
  type OrgEdge { node: Org! cursor: String! }
  type Org implements Node { id: ID! name: String! parent: Org children: [Org!]! tags: [String!]! }
`);

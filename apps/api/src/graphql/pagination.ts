import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput } from '@api/common/app-errors';

export const MAX_PAGE_SIZE = 100;

/** `first` and `after` for every list: bounded, with a default. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise where counting is costly: then it is only counted when the field is asked for. */
  totalCount: number | Promise<number>;
}

/** A Relay connection type for `node`: `edges { cursor node }`, `pageInfo`, `totalCount`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionObject {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, under the same access rules as the list.' })
    totalCount!: number;
  }
  return ConnectionObject;
}

/**
 * A keyset position: the sort key and the id of the last item seen. Opaque to clients; anything that does not
 * decode to exactly this shape is BAD_USER_INPUT.
 */
export interface Cursor {
  readonly key: string;
  readonly id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (value === undefined || value === null) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      parsed[0].length <= 300 &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1]) &&
      encodeCursor({ key: parsed[0], id: parsed[1] }) === value
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw badInput('Invalid cursor: pass the endCursor of a previous page.');
}

/**
 * Builds a connection from one page fetched with `first + 1` rows. Given a function for `totalCount`, it runs
 * only if a query selects the field (GraphQL reads the property), once.
 */
export function toConnection<T>(
  rows: readonly T[],
  first: number,
  totalCount: number | (() => Promise<number>),
  cursorOf: (row: T) => Cursor,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  const pageInfo = { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null };
  if (typeof totalCount === 'number') return { edges, pageInfo, totalCount };
  let counted: Promise<number> | null = null;
  return {
    edges,
    pageInfo,
    get totalCount() {
      counted ??= totalCount();
      return counted;
    },
  };
}

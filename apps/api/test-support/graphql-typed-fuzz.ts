import fc from 'fast-check';
import {
  type GraphQLCompositeType,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isUnionType,
  isLeafType,
} from 'graphql';

/** Root fields a fuzzer must not call: they would end its own session and blind the rest of the run. */
const SPARED = new Set(['logout']);

type Draw = fc.GeneratorValue;

const TEXT = fc.oneof(fc.string({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 300 }));

const SCALARS: Partial<Record<string, fc.Arbitrary<string | number | boolean>>> = {
  Int: fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648)),
  Float: fc.double({ noNaN: true, noDefaultInfinity: true }),
  Boolean: fc.boolean(),
  ID: fc.oneof(fc.uuid(), fc.constantFrom('', 'not-an-id', '00000000-0000-0000-0000-000000000000')),
  DateTime: fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.string({ maxLength: 12 }),
  ),
  String: TEXT,
};

export interface TypedRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/**
 * Requests that follow the schema: real root fields with arguments of roughly the right types (some sent as
 * variables), nested selections of real sub-fields, aliases and directives. Most pass validation, so the fuzz
 * reaches guards, pipes, services and the database, not only the parser.
 */
export function typedRequests(schema: GraphQLSchema, maxDepth = 4): fc.Arbitrary<TypedRequest> {
  return fc.gen().map((g) => new RequestBuilder(schema, g, maxDepth).build());
}

class RequestBuilder {
  private readonly definitions: string[] = [];
  private readonly variables: Record<string, unknown> = {};

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly g: Draw,
    private readonly maxDepth: number,
  ) {}

  build(): TypedRequest {
    const mutation = this.schema.getMutationType();
    const useMutation = mutation !== null && mutation !== undefined && this.g(fc.integer, { min: 0, max: 3 }) === 0;
    const root = useMutation ? mutation : this.schema.getQueryType();
    if (!root) return { query: '{ __typename }', variables: {} };
    const fields = Object.values(root.getFields()).filter((field) => !SPARED.has(field.name));
    const count = this.g(fc.integer, { min: 1, max: 2 });
    const selections = Array.from({ length: count }, (_, i) => this.field(this.pick(fields), 1, `r${i}`));
    const head = `${useMutation ? 'mutation' : 'query'} Q${this.definitions.length ? `(${this.definitions.join(', ')})` : ''}`;
    return { query: `${head} { ${selections.join(' ')} }`, variables: this.variables };
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, alias?: string): string {
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || this.g(fc.boolean))
      .map((arg) => `${arg.name}: ${this.argument(arg.type)}`);
    const directive = this.g(fc.constantFrom, '', '', '', ' @include(if: true)', ' @skip(if: false)');
    const head = `${alias ? `${alias}: ` : ''}${field.name}${args.length ? `(${args.join(', ')})` : ''}${directive}`;
    const type = getNamedType(field.type);
    return isCompositeType(type) ? `${head} ${this.selection(type, depth + 1)}` : head;
  }

  private selection(type: GraphQLCompositeType, depth: number): string {
    if (isUnionType(type)) {
      const member = this.pick(type.getTypes());
      return `{ __typename ... on ${member.name} ${this.selection(member, depth)} }`;
    }
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    // At the depth limit only leaves; a type with none gets __typename alone.
    const pool = depth >= this.maxDepth ? leaves : fields;
    if (pool.length === 0) return '{ __typename }';
    const count = this.g(fc.integer, { min: 1, max: 3 });
    const picked = Array.from({ length: count }, () => this.pick(pool));
    return `{ ${picked.map((field, i) => this.field(field, depth, i > 0 ? `f${i}` : undefined)).join(' ')} }`;
  }

  /** One of `items`, drawn by name: fast-check compares draw arguments deeply, and schema objects are cyclic. */
  private pick<T extends { readonly name: string }>(items: readonly T[]): T {
    const names = items.map((item) => item.name);
    const name = this.g(() => fc.constantFrom(...names));
    const found = items.find((item) => item.name === name);
    if (!found) throw new Error(`drew ${name}, which is not among the items`);
    return found;
  }

  private enumValue(type: GraphQLEnumType): string {
    const names = type.getValues().map((value) => value.name);
    return this.g(() => fc.constantFrom(...names));
  }

  /** A literal of about the right type, or now and then a variable carrying one. */
  private argument(type: GraphQLInputType): string {
    if (this.g(fc.integer, { min: 0, max: 4 }) === 0) {
      const name = `v${this.definitions.length}`;
      this.definitions.push(`$${name}: ${type.toString()}`);
      this.variables[name] = this.jsonValue(type);
      return `$${name}`;
    }
    return this.literal(type);
  }

  private literal(type: GraphQLInputType): string {
    if (isNonNullType(type)) return this.literal(type.ofType);
    if (isListType(type)) {
      const items = Array.from({ length: this.g(fc.integer, { min: 0, max: 3 }) }, () => this.literal(type.ofType));
      return `[${items.join(', ')}]`;
    }
    if (isEnumType(type)) return this.enumValue(type);
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || this.g(fc.boolean));
      return `{ ${fields.map((field) => `${field.name}: ${this.literal(field.type)}`).join(', ')} }`;
    }
    return JSON.stringify(this.scalar(type.name));
  }

  private jsonValue(type: GraphQLInputType): unknown {
    if (isNonNullType(type)) return this.jsonValue(type.ofType);
    if (this.g(fc.integer, { min: 0, max: 9 }) === 0) return this.g(fc.jsonValue, { maxDepth: 2 });
    if (isListType(type))
      return Array.from({ length: this.g(fc.integer, { min: 0, max: 3 }) }, () => this.jsonValue(type.ofType));
    if (isEnumType(type)) return this.enumValue(type);
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || this.g(fc.boolean));
      return Object.fromEntries(fields.map((field) => [field.name, this.jsonValue(field.type)]));
    }
    return this.scalar(type.name);
  }

  /** Scalars near their edges: empty, long, negative, huge, malformed ids and dates. */
  private scalar(name: string): string | number | boolean {
    const arbitrary = SCALARS[name] ?? TEXT;
    return this.g(() => arbitrary);
  }
}

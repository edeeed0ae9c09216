import fc from 'fast-check';
import {
  type GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** The names a fuzzer builds documents from: the real schema's, plus a few that exist nowhere. */
export interface SchemaVocabulary {
  readonly fields: string[];
  readonly argumentNames: string[];
  readonly typeConditions: string[];
  readonly inputTypes: string[];
  readonly enumValues: string[];
}

export function schemaVocabulary(schema: GraphQLSchema): SchemaVocabulary {
  const fields = new Set(['__typename', '__schema', '__type', 'nope']);
  const argumentNames = new Set(['nope', 'if']);
  const typeConditions = new Set(['Nope']);
  const inputTypes = new Set(['Nope']);
  const enumValues = new Set(['NOPE']);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isCompositeType(type)) typeConditions.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        fields.add(field.name);
        for (const arg of field.args) argumentNames.add(arg.name);
      }
    }
    if (isInputObjectType(type)) {
      inputTypes.add(type.name);
      for (const field of Object.keys(type.getFields())) argumentNames.add(field);
    }
    if (isScalarType(type)) inputTypes.add(type.name);
    if (isEnumType(type)) {
      inputTypes.add(type.name);
      for (const value of type.getValues()) enumValues.add(value.name);
    }
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return {
    fields: sorted(fields),
    argumentNames: sorted(argumentNames),
    typeConditions: sorted(typeConditions),
    inputTypes: sorted(inputTypes),
    enumValues: sorted(enumValues),
  };
}

const VARIABLES = ['v', 'first', 'id', 'input', 'after'];

export interface FuzzArbitraries {
  /** Documents: operations with variables, nested selections, aliases, arguments, directives, fragments. */
  readonly document: fc.Arbitrary<string>;
  /** The same, and the same with a few characters broken at random. */
  readonly graphqlish: fc.Arbitrary<string>;
  /** HTTP bodies: GraphQL requests with random variables and names, random JSON, random text. */
  readonly body: fc.Arbitrary<string>;
}

export function fuzzArbitraries(vocabulary: SchemaVocabulary): FuzzArbitraries {
  const name = fc.constantFrom(...vocabulary.argumentNames);
  const variable = fc.constantFrom(...VARIABLES).map((v) => `$${v}`);
  const { value } = fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.integer({ min: -10, max: 100_000 }).map(String),
      fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
      fc.constantFrom('true', 'false', 'null', '1.5e9', '"00000000-0000-0000-0000-000000000000"'),
      fc.constantFrom(...vocabulary.enumValues),
      variable,
      fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
      fc
        .array(fc.tuple(name, tie('value')), { maxLength: 3 })
        .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
    ),
  }));
  const args = fc
    .array(fc.tuple(name, value), { maxLength: 3 })
    .map((pairs) => (pairs.length ? `(${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''));
  const directive = fc.oneof(
    fc.constantFrom('', '', '', ' @deprecated', ' @nope(x: 1)'),
    fc.tuple(fc.constantFrom('include', 'skip'), value).map(([d, v]) => ` @${d}(if: ${v})`),
  );
  const alias = fc.oneof(
    fc.constant(''),
    fc.constant(''),
    fc.constantFrom('a', 'b', 'x1').map((a) => `${a}: `),
  );
  const field = fc.constantFrom(...vocabulary.fields);
  const typeCondition = fc.constantFrom(...vocabulary.typeConditions);

  const { selection } = fc.letrec<{ selection: string; item: string }>((tie) => ({
    selection: fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((items) => `{ ${items.join(' ')} }`),
    item: fc.oneof(
      { depthSize: 'small' },
      fc.tuple(alias, field, args, directive).map((p) => p.join('')),
      fc.tuple(alias, field, args, directive, tie('selection')).map((p) => p.join(' ')),
      fc.constantFrom('...F', '...G'),
      fc.tuple(typeCondition, directive, tie('selection')).map(([type, d, s]) => `... on ${type}${d} ${s}`),
    ),
  }));

  const variableType = fc
    .tuple(fc.constantFrom(...vocabulary.inputTypes), fc.boolean(), fc.boolean())
    .map(([type, list, required]) => `${list ? `[${type}]` : type}${required ? '!' : ''}`);
  const variableDefinitions = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...VARIABLES), variableType, fc.option(value, { nil: undefined })), {
      maxLength: 3,
      selector: ([v]) => v,
    })
    .map((defs) =>
      defs.length
        ? `(${defs.map(([v, type, fallback]) => `$${v}: ${type}${fallback ? ` = ${fallback}` : ''}`).join(', ')})`
        : '',
    );
  const head = fc.oneof(
    fc.constant(''),
    fc
      .tuple(fc.constantFrom('query', 'mutation', 'subscription'), fc.constantFrom('', ' Q'), variableDefinitions)
      .map(([kind, opName, defs]) => `${kind}${opName}${defs} `),
  );
  const fragment = fc
    .tuple(fc.constantFrom('F', 'G'), typeCondition, selection)
    .map(([fragmentName, type, body]) => `fragment ${fragmentName} on ${type} ${body}`);

  const document = fc
    .tuple(head, selection, fc.array(fragment, { maxLength: 2 }))
    .map(([h, body, fragments]) => `${h}${body} ${fragments.join(' ')}`);

  const graphqlish = fc.oneof(
    document,
    fc
      .tuple(document, fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 3 }))
      .map(([doc, edits]) =>
        edits.reduce((d, [at, s]) => d.slice(0, at % (d.length + 1)) + s + d.slice((at % (d.length + 1)) + 1), doc),
      ),
  );

  const variables = fc.oneof(
    fc.dictionary(fc.constantFrom(...VARIABLES), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
  const body = fc.oneof(
    fc
      .record({
        query: fc.oneof(graphqlish, graphqlish, fc.string({ unit: 'binary', maxLength: 200 })),
        variables: fc.option(variables, { nil: undefined }),
        operationName: fc.option(fc.oneof(fc.constant('Q'), fc.string({ maxLength: 5 })), { nil: undefined }),
      })
      .map((request) => JSON.stringify(request)),
    fc.json({ maxDepth: 4 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
  );

  return { document, graphqlish, body };
}

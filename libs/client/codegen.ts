import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The client's typed operations from the API's committed schema. `documentMode: 'string'` makes each document a
 * plain string, so the published package needs no graphql runtime; `--check` in the lint script fails on drift.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/client/src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'libs/client/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: true,
      },
    },
  },
};

export default config;

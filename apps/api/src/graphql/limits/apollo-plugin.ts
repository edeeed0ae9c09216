import type { ApolloDriverConfig } from '@nestjs/apollo';

// Nest (ESM) sees @apollo/server's ESM typings and this CommonJS code its CJS ones, which TypeScript treats as
// different types: take the plugin type from Nest's config so both sides agree.
export type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export * from './graphql-http-client';
export * from './test-app';

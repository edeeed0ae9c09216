export * from './bulletin-factories';
export * from './graphql-http-client';
export * from './identity-factories';
export * from './socket-session';
export * from './test-app';

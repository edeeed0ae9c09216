export * from './bulletin-factories';
export * from './graphql-fuzz';
export * from './graphql-typed-fuzz';
export * from './graphql-http-client';
export * from './identity-factories';
export * from './socket-session';
export * from './test-app';
export * from './event-subscriber';

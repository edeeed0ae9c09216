// The entry of the production bundle (apps/api/rolldown.config.mjs): bundle-loader.ts runs it and starts the server.
import 'reflect-metadata';

export { startServer } from './start-server';

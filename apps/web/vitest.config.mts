import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

const root = import.meta.dirname;

/** The web app's unit tests: components and pure logic, in jsdom. */
export default defineProject({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@web': resolve(root, 'src'),
      // The one browser-safe part of libs/domain (its index also loads node:net for indicators).
      '@bulwark/domain/jurisdiction': resolve(root, '../../libs/domain/src/jurisdiction.ts'),
      // The API's own indicator rules, so a pasted indicator is judged here as the API will judge it; the two Node
      // built-ins they use are given browser versions (src/shims).
      '@bulwark/domain/indicator': resolve(root, '../../libs/domain/src/indicator.ts'),
      'node:net': resolve(root, 'src/shims/node-net.ts'),
      'node:url': resolve(root, 'src/shims/node-url.ts'),
    },
  },
  test: {
    name: 'web',
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    sequence: { groupOrder: 0 },
  },
});

import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

// SWC, not esbuild: Nest's dependency injection and TypeORM need emitted decorator metadata.
const swcPlugin = swc.vite({
  tsconfigFile: false,
  swcrc: false,
  module: { type: 'es6' },
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
});

const browserProject = {
  extends: true as const,
  test: {
    name: 'browser',
    sequence: { groupOrder: 3 },
    include: ['apps/web/e2e/**/*.e2e-spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks' as const,
    maxWorkers: 2,
  },
};

export default defineConfig({
  plugins: [swcPlugin],
  oxc: false,
  resolve: {
    alias: [
      // graphql 16 ships CJS (main) and ESM (module): Node, and so Nest, load the CJS one; tests must too, or
      // two graphql copies meet and refuse each other's types.
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
      { find: '@bulwark/domain', replacement: resolve(root, 'libs/domain/src/index.ts') },
      { find: '@bulwark/policy', replacement: resolve(root, 'libs/policy/src/index.ts') },
      // Before @bulwark/stix, which would otherwise take this path for one of its own.
      { find: '@bulwark/stix/testing', replacement: resolve(root, 'libs/stix/src/testing/index.ts') },
      { find: '@bulwark/stix', replacement: resolve(root, 'libs/stix/src/index.ts') },
      // Before @bulwark/client, as for @bulwark/stix/testing.
      { find: '@bulwark/client/testing', replacement: resolve(root, 'libs/client/src/events/testing/index.ts') },
      { find: '@bulwark/client', replacement: resolve(root, 'libs/client/src/index.ts') },
      { find: '@bulwark/testing', replacement: resolve(root, 'apps/api/test-support/index.ts') },
      { find: /^@api\/(.*)$/, replacement: resolve(root, 'apps/api/src/$1') },
    ],
  },
  test: {
    root,
    setupFiles: ['reflect-metadata'],
    reporters: ['default', './test-support/summary-reporter.ts'],
    projects: [
      'apps/web/vitest.config.mts',
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts'],
          exclude: ['apps/web/**', '**/node_modules/**'], // the portal's own project: apps/web/vitest.config.mts
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['apps/**/*.int-spec.ts', 'libs/**/*.int-spec.ts'],
          globalSetup: ['apps/api/test-support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['test/**/*.e2e-spec.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      // The portal in Chromium, against the built server on PGlite: once per CI run, not again on PostgreSQL.
      ...(process.env['TEST_DATABASE_URL'] ? [] : [browserProject]),
    ],
  },
});

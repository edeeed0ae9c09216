// One CommonJS file of the API and its dependencies, run by dist/apps/api/src/bundle-loader.js with a V8 code cache
// (docs/benchmarks.md "Start-up profile"). Built from the SWC output, so decorators and their metadata are already
// compiled. Left outside: native and WebAssembly packages that find their files beside themselves, and optional
// packages that are not installed.
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const bundleDir = join(dist, 'apps/api/src');

/** `__dirname` of each of our files as it was before bundling, relative to the bundle (server-version.ts reads it). */
const keepDirname = {
  name: 'keep-dirname',
  transform(code, id) {
    if (!id.startsWith(dist) || !code.includes('__dirname')) return null;
    const rel = relative(bundleDir, dirname(id)).split('\\').join('/');
    return code.replace(/\b__dirname\b/g, `require('node:path').join(__dirname, ${JSON.stringify(rel)})`);
  },
};

export default {
  input: join(bundleDir, 'bundle-entry.js'),
  platform: 'node',
  external: [
    /^@electric-sql\/pglite/,
    'argon2',
    'pg-native',
    // optional: Nest loads them only for features we do not use (federation, Fastify, the AST schema generator)
    '@apollo/subgraph',
    '@as-integrations/fastify',
    'ts-morph',
    /^@nestjs\/microservices/,
    /^@nestjs\/websockets/,
    /^@apollo\/gateway/,
    'class-transformer/storage',
  ],
  plugins: [keepDirname],
  output: {
    file: join(bundleDir, 'main.bundle.cjs'),
    format: 'cjs',
    codeSplitting: false,
    dynamicImportInCjs: false,
    sourcemap: false,
  },
  logLevel: 'warn',
};

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

/**
 * Every character outside ASCII as a `\u` escape (in strings, regular expressions, identifiers and comments alike),
 * so the loader reads the file as one-byte text instead of decoding UTF-8: ~190 ms of each start, measured.
 */
const asciiOnly = {
  name: 'ascii-only',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle))
      if (file.type === 'chunk')
        file.code = file.code.replace(
          /[\u0080-\uffff]/g,
          (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
  },
};

/**
 * Two packages reach typeorm, class-validator and class-transformer through `createRequire(import.meta.url)`, which
 * the bundler leaves alone: at run time they loaded ~650 files from node_modules beside the bundled copies (a third
 * of a start), and a second class-transformer whose metadata storage our classes never wrote to. Given a plain
 * `require`, the bundler resolves them to the copies it holds.
 */
const CREATE_REQUIRE_USERS = [
  'node_modules/@nestjs/typeorm/dist/common/typeorm-compat.js',
  'node_modules/@nestjs/mapped-types/dist/type-helpers.utils.js',
];
const bundledRequires = {
  name: 'bundled-requires',
  transform(code, id) {
    if (!CREATE_REQUIRE_USERS.some((file) => id.split('\\').join('/').endsWith(file))) return null;
    const plain = code.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '');
    if (plain === code) throw new Error(`bundled-requires: ${id} no longer declares its require as expected`);
    return plain;
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
  plugins: [keepDirname, bundledRequires, asciiOnly],
  output: {
    file: join(bundleDir, 'main.bundle.cjs'),
    format: 'cjs',
    codeSplitting: false,
    dynamicImportInCjs: false,
    sourcemap: false,
  },
  logLevel: 'warn',
};

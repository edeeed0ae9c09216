// The `bulwark` command as one runnable CommonJS file, @bulwark/client bundled in straight from its TypeScript
// sources (the paths of tsconfig.base.json). Left outside, as dependencies of dist/apps/cli/package.json: the
// packages npm installs beside it (scripts/write-dist-manifest.mjs lists the same ones).
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export default {
  input: join(import.meta.dirname, 'src/main.ts'),
  platform: 'node',
  tsconfig: join(import.meta.dirname, 'tsconfig.app.json'),
  external: [/^commander(\/|$)/, /^yaml(\/|$)/, /^graphql-ws(\/|$)/, /^graphql(\/|$)/, /^ws$/],
  output: {
    file: join(root, 'dist/apps/cli/bulwark.cjs'),
    format: 'cjs',
    banner: '#!/usr/bin/env node',
    codeSplitting: false,
    sourcemap: false,
  },
  logLevel: 'warn',
};

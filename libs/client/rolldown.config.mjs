// @bulwark/client as one ES module file and one CommonJS file, straight from the TypeScript sources. Its only
// runtime dependency, graphql-ws, stays outside; the types come from tsc (tsconfig.lib.json).
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const out = join(root, 'dist/libs/client');

const shared = {
  input: join(import.meta.dirname, 'src/index.ts'),
  platform: 'neutral',
  external: [/^graphql-ws(\/|$)/, /^ws$/],
  tsconfig: join(import.meta.dirname, 'tsconfig.lib.json'),
  logLevel: 'warn',
};

export default [
  { ...shared, output: { file: join(out, 'esm/index.js'), format: 'es', sourcemap: true } },
  { ...shared, output: { file: join(out, 'cjs/index.cjs'), format: 'cjs', sourcemap: true } },
];

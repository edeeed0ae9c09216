// dist/libs/client/package.json from libs/client/package.json, with graphql-ws at the workspace's version, and a
// package.json in esm/ that makes Node read its .js as ES modules (the package itself is CommonJS by default).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const out = join(root, 'dist/libs/client');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const workspace = readJson(join(root, 'package.json'));
const manifest = readJson(join(import.meta.dirname, '../package.json'));
const graphqlWs = workspace.dependencies?.['graphql-ws'];
if (!graphqlWs) throw new Error('the root package.json has no graphql-ws dependency');
manifest.dependencies = { ...manifest.dependencies, 'graphql-ws': graphqlWs };

writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(out, 'esm/package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);

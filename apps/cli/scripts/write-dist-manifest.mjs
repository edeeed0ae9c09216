// dist/apps/cli/package.json from apps/cli/package.json, with the packages the bundle leaves outside at the
// workspace's versions, so that dist/apps/cli can be published (or `npm install -g`ed) as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTERNAL = ['commander', 'yaml', 'graphql-ws', 'graphql', 'ws'];

const root = join(import.meta.dirname, '../../..');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const workspace = readJson(join(root, 'package.json'));
const manifest = readJson(join(import.meta.dirname, '../package.json'));

const version = readFileSync(join(import.meta.dirname, '../src/version.ts'), 'utf8').match(
  /CLI_VERSION = '([^']+)'/,
)?.[1];
if (version !== manifest.version)
  throw new Error(`apps/cli/src/version.ts says ${version}, apps/cli/package.json ${manifest.version}`);

manifest.dependencies = Object.fromEntries(
  EXTERNAL.map((name) => {
    const range = workspace.dependencies?.[name];
    if (!range) throw new Error(`the root package.json has no ${name} dependency`);
    return [name, range];
  }),
);
writeFileSync(join(root, 'dist/apps/cli/package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

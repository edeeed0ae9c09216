import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function readVersion(): string {
  // src/modules/system → the repository root holds package.json, in the source tree and under dist/ alike.
  for (const up of ['../../../../..', '../../../../../..']) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'bulwark' && pkg.version) return pkg.version;
    } catch {
      // not at this depth
    }
  }
  return '0.0.0';
}

export const SERVER_VERSION = readVersion();

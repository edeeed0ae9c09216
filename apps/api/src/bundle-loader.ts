/**
 * Starts the server from the production bundle (dist/apps/api/src/main.bundle.cjs, apps/api/rolldown.config.mjs)
 * with a V8 code cache beside it, so a start neither resolves and reads ~900 files nor compiles what the last start
 * compiled (docs/benchmarks.md "Start-up profile"). Node 20 has no module.enableCompileCache, so this compiles the
 * bundle itself. The cache is keyed by the bundle's size and modification time, the Node version and the
 * architecture (V8 also checks the source's length and its own flags, and rejects a cache that does not match). It
 * is written once the server is ready, so it holds the functions the start compiled lazily, when it was missing or
 * rejected. Without write access the server starts all the same, only without a cache.
 */
import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { openEmbeddedEarly } from './database/early-database';

const BUNDLE = join(__dirname, 'main.bundle.cjs');
const CACHE_PREFIX = `${basename(BUNDLE)}.`;

interface BundleExports {
  startServer(): Promise<void>;
}

interface LoadedBundle {
  readonly exports: BundleExports;
  readonly script: Script;
  readonly cachePath: string;
  readonly cacheAccepted: boolean;
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Atomically, and removes the caches of earlier bundles. A cache only saves time, so a failure is not an error. */
function writeCache(script: Script, path: string): void {
  try {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, path);
    for (const name of readdirSync(dirname(path))) {
      if (name.startsWith(CACHE_PREFIX) && name.endsWith('.cache') && name !== basename(path))
        unlinkSync(join(dirname(path), name));
    }
  } catch {
    // a read-only installation: the next start compiles again
  }
}

function loadBundle(): LoadedBundle {
  let source: string;
  let stamp: string;
  try {
    const stat = statSync(BUNDLE);
    stamp = `${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}`;
    const bytes = readFileSync(BUNDLE);
    // The build writes it as ASCII (rolldown.config.mjs): one-byte text, nothing to decode.
    source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    process.stderr.write(`bulwark: ${BUNDLE} is missing: npm run build\n`);
    process.exit(1);
  }
  const cachePath = `${BUNDLE}.${stamp}-${process.version}-${process.arch}.cache`;
  const cachedData = readCache(cachePath);
  // The same wrapper as Node's own CommonJS loader, so the bundle sees require, module and __dirname as usual.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const bundleModule = new Module(BUNDLE, module);
  bundleModule.filename = BUNDLE;
  // Not in @types/node, but how Node sets a module's search path: node_modules directories up from the bundle.
  bundleModule.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(
    dirname(BUNDLE),
  );
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(
    bundleModule.exports,
    bundleModule.exports,
    createRequire(BUNDLE),
    bundleModule,
    BUNDLE,
    dirname(BUNDLE),
  );
  bundleModule.loaded = true;
  return {
    exports: bundleModule.exports as BundleExports,
    script,
    cachePath,
    cacheAccepted: cachedData !== undefined && !script.cachedDataRejected,
  };
}

// Before the bundle loads: the embedded database opens on its own thread meanwhile (early-database.ts).
openEmbeddedEarly();
const bundle = loadBundle();
void bundle.exports.startServer().then(() => {
  if (!bundle.cacheAccepted) writeCache(bundle.script, bundle.cachePath);
});

import 'reflect-metadata';
import { ConfigError, loadConfig } from '@api/config/load-config';
import { DatabaseStartError, openDatabase } from '@api/database/open-database';
import { describeVerdict, verifyAuditChain } from '../audit-verifier';

/**
 * `npm run audit:verify`: walks the audit chain of the database the server is configured for (DATABASE_URL or
 * BULWARK_DATA_DIR, as for `npm start`). Exit 0 when intact, 1 at the first broken link, 2 when it cannot run.
 * An embedded (PGlite) data directory is single-process: stop the server first.
 */
async function main(): Promise<void> {
  let database;
  try {
    database = await openDatabase(loadConfig(process.env, []));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  try {
    const verdict = await verifyAuditChain(database.dataSource);
    (verdict.intact ? process.stdout : process.stderr).write(`${describeVerdict(verdict)}\n`);
    process.exitCode = verdict.intact ? 0 : 1;
  } finally {
    await database.close();
  }
}

void main();

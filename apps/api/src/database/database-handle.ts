import type { PGlite } from '@electric-sql/pglite';
import type { DataSource } from 'typeorm';

/** An open, migrated database, and how to close everything behind it. */
export interface DatabaseHandle {
  readonly dataSource: DataSource;
  /** For logs and the start banner: "PGlite (data directory …)", "PostgreSQL (host:port/db)". */
  readonly description: string;
  readonly engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** What the node-postgres adapter and closing need of PGlite: an in-process PGlite, or one on its thread. */
export type PgliteSession = Pick<PGlite, 'waitReady' | 'closed' | 'close'> & {
  execProtocolStream(message: Uint8Array): ReturnType<PGlite['execProtocolStream']>;
};

export async function closeDatabase(dataSource: DataSource, pglite: PgliteSession | null): Promise<void> {
  if (dataSource.isInitialized) await dataSource.destroy();
  if (pglite && !pglite.closed) await pglite.close();
}

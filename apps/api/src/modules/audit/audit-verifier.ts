import type { DataSource } from 'typeorm';
import { chainHash, GENESIS_HASH } from './audit-chain';
import { chainHead, chainInOrder } from './audit.repository';

export type ChainVerdict =
  | { readonly intact: true; readonly records: number }
  | { readonly intact: false; readonly records: number; readonly position: string; readonly reason: string };

/**
 * Walks the audit chain from the first record: positions must run 1, 2, 3 … without a gap, each record must
 * name the previous record's hash, and its own hash must match its fields. The head row must point at the last
 * record, so cutting records off the end is caught too. Reports the first broken link.
 */
export async function verifyAuditChain(dataSource: DataSource): Promise<ChainVerdict> {
  let expected = 1n;
  let previousHash = GENESIS_HASH;
  let records = 0;
  for await (const row of chainInOrder(dataSource)) {
    const broken = (reason: string): ChainVerdict => ({ intact: false, records, position: row.position, reason });
    if (BigInt(row.position) !== expected) return broken(`expected position ${expected}: records are missing`);
    if (row.previousHash !== previousHash) return broken('previous_hash does not match the record before it');
    if (chainHash(row) !== row.hash) return broken('hash does not match the record: it was changed after writing');
    previousHash = row.hash;
    expected += 1n;
    records += 1;
  }
  const head = await chainHead(dataSource);
  if (!head) return { intact: false, records, position: '0', reason: 'the chain head row (audit_sequence) is missing' };
  if (BigInt(head.position) !== expected - 1n || head.hash !== previousHash) {
    return {
      intact: false,
      records,
      position: String(expected),
      reason: `the chain head names position ${head.position}, but the trail ends at ${expected - 1n}: records are missing`,
    };
  }
  return { intact: true, records };
}

export function describeVerdict(verdict: ChainVerdict): string {
  return verdict.intact
    ? `audit chain intact: ${verdict.records} records`
    : `audit chain broken at position ${verdict.position}: ${verdict.reason} (${verdict.records} records intact before it)`;
}

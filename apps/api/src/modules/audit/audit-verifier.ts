import type { DataSource } from 'typeorm';
import { type AuditRow, chainHead, chainInOrder } from './audit.repository';
import { chainHash, GENESIS_HASH } from './audit-chain';

export type ChainVerdict =
  | { readonly intact: true; readonly records: number }
  | { readonly intact: false; readonly records: number; readonly position: string; readonly reason: string };

interface Walked {
  /** Records that passed, from position 1 without a gap: so also the position of the last one. */
  readonly records: number;
  readonly lastHash: string;
  readonly broken: { readonly position: string; readonly reason: string } | null;
}

/**
 * The checks on every record: positions run 1, 2, 3 … without a gap, each record names the previous record's hash,
 * and its own hash matches its fields. Stops at the first broken link.
 */
async function walk(rows: AsyncIterable<AuditRow>): Promise<Walked> {
  let expected = 1n;
  let previousHash = GENESIS_HASH;
  let records = 0;
  for await (const row of rows) {
    const broken = (reason: string): Walked => ({
      records,
      lastHash: previousHash,
      broken: { position: row.position, reason },
    });
    if (BigInt(row.position) !== expected) return broken(`expected position ${expected}: records are missing`);
    if (row.previousHash !== previousHash) return broken('previous_hash does not match the record before it');
    if (chainHash(row) !== row.hash) return broken('hash does not match the record: it was changed after writing');
    previousHash = row.hash;
    expected += 1n;
    records += 1;
  }
  return { records, lastHash: previousHash, broken: null };
}

function headMismatch(records: number, headPosition: string): ChainVerdict {
  return {
    intact: false,
    records,
    position: String(records + 1),
    reason: `the chain head names position ${headPosition}, but the trail ends at ${records}: records are missing`,
  };
}

const NO_HEAD: ChainVerdict = {
  intact: false,
  records: 0,
  position: '0',
  reason: 'the chain head row (audit_sequence) is missing',
};

/**
 * Walks the audit chain from the first record (see walk). The head row must point at the last record, so cutting
 * records off the end is caught too. Reports the first broken link. For a database nobody writes to meanwhile
 * (`npm run audit:verify`); a running server uses verifyLiveAuditChain.
 */
export async function verifyAuditChain(dataSource: DataSource): Promise<ChainVerdict> {
  const walked = await walk(chainInOrder(dataSource));
  if (walked.broken) return { intact: false, records: walked.records, ...walked.broken };
  const head = await chainHead(dataSource);
  if (!head) return { ...NO_HEAD, records: walked.records };
  if (BigInt(head.position) !== BigInt(walked.records) || head.hash !== walked.lastHash)
    return headMismatch(walked.records, head.position);
  return { intact: true, records: walked.records };
}

/**
 * The same checks on a database the server keeps appending to: the head is read first, and the walk stops at the
 * position it named, which must then be the last record walked, with the head's hash. Every record up to the head
 * was committed with it (a record and the head move in one transaction), so what is appended during the walk
 * neither breaks the verdict nor is counted in it.
 */
export async function verifyLiveAuditChain(dataSource: DataSource): Promise<ChainVerdict> {
  const head = await chainHead(dataSource);
  if (!head) return NO_HEAD;
  const walked = await walk(chainInOrder(dataSource, 1000, head.position));
  if (walked.broken) return { intact: false, records: walked.records, ...walked.broken };
  if (BigInt(head.position) !== BigInt(walked.records) || head.hash !== walked.lastHash)
    return headMismatch(walked.records, head.position);
  return { intact: true, records: walked.records };
}

export function describeVerdict(verdict: ChainVerdict): string {
  return verdict.intact
    ? `audit chain intact: ${verdict.records} records`
    : `audit chain broken at position ${verdict.position}: ${verdict.reason} (${verdict.records} records intact before it)`;
}

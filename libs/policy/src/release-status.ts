import { BulletinStatus } from '@bulwark/domain';

/** Statuses whose revision has left its originators: published, or retracted but still listed (R13). */
export const RELEASED_STATUSES: readonly BulletinStatus[] = [BulletinStatus.PUBLISHED, BulletinStatus.RETRACTED];

/** Statuses still being written or reviewed, seen only under R11. */
export const UNRELEASED_STATUSES: readonly BulletinStatus[] = [BulletinStatus.DRAFT, BulletinStatus.IN_REVIEW];

export function isReleased(status: BulletinStatus): boolean {
  return RELEASED_STATUSES.includes(status);
}

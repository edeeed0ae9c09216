import { permissionsOf, Tier, TIERS_IN_ORDER, tierRank } from '@bulwark/domain';
import type { RequestViewer } from './request-viewer';
import type { ViewerRow } from './viewer.repository';

function lower(a: Tier, b: Tier): Tier {
  return TIERS_IN_ORDER[Math.min(tierRank(a), tierRank(b))] ?? Tier.CLEAR;
}

/**
 * A viewer from a fresh row. Clearance is read as the lower of the subject's and the organization's vetting,
 * so lowering an organization's vetting lowers every member at once (R6).
 */
export function viewerFromRow(row: ViewerRow, kind: 'USER' | 'API_KEY', sessionId: string | null): RequestViewer {
  return {
    kind,
    userId: kind === 'USER' ? row.subject_id : null,
    apiKeyId: kind === 'API_KEY' ? row.subject_id : null,
    sessionId,
    organizationId: row.organization_id,
    organizationAncestorIds: row.ancestor_ids,
    roles: row.roles,
    permissions: permissionsOf(row.roles),
    clearance: lower(row.clearance, row.vetted_tier),
    active: row.subject_active && row.organization_active && row.credential_valid,
  };
}

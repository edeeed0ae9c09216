import { lowerTier, permissionsOf } from '@bulwark/domain';
import type { RequestViewer } from './request-viewer';
import type { ViewerRow } from './viewer.repository';

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
    clearance: lowerTier(row.clearance, row.vetted_tier),
    active: row.subject_active && row.organization_active && row.credential_valid,
  };
}

import { registerEnumType } from '@nestjs/graphql';
import { IncidentCategory, IncidentEventType, IncidentStatus, VotingImpact } from '@bulwark/domain';

/** Which reports a list shows, beside what the policy lets the viewer read. */
export enum IncidentScope {
  /** Reports of your own organization. */
  REPORTED = 'REPORTED',
  /** Reports sent to your organization. */
  RECEIVED = 'RECEIVED',
}

registerEnumType(IncidentCategory, {
  name: 'IncidentCategory',
  description: 'The bulletin categories, plus EQUIPMENT_FAILURE and VOTER_FACING_DISRUPTION.',
});
registerEnumType(VotingImpact, { name: 'VotingImpact', description: 'How far the incident stops voting operations.' });
registerEnumType(IncidentStatus, { name: 'IncidentStatus' });
registerEnumType(IncidentEventType, { name: 'IncidentEventType' });
registerEnumType(IncidentScope, {
  name: 'IncidentScope',
  valuesMap: {
    REPORTED: { description: "Your organization's reports." },
    RECEIVED: { description: 'Reports sent to your organization.' },
  },
});

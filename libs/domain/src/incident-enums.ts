/** What an incident report is about: the bulletin `Category` values, and two that only a report from the field has. */
export enum IncidentCategory {
  CYBER_THREAT = 'CYBER_THREAT',
  VULNERABILITY = 'VULNERABILITY',
  FOREIGN_INFLUENCE = 'FOREIGN_INFLUENCE',
  PHYSICAL_THREAT = 'PHYSICAL_THREAT',
  OPERATIONAL_ISSUE = 'OPERATIONAL_ISSUE',
  GENERAL = 'GENERAL',
  EQUIPMENT_FAILURE = 'EQUIPMENT_FAILURE',
  VOTER_FACING_DISRUPTION = 'VOTER_FACING_DISRUPTION',
}

/** How far an incident stops voting operations. */
export enum VotingImpact {
  NONE = 'NONE',
  DEGRADED = 'DEGRADED',
  HALTED = 'HALTED',
}

/** Where a report stands in its recipients' triage. */
export enum IncidentStatus {
  RECEIVED = 'RECEIVED',
  TRIAGING = 'TRIAGING',
  NEEDS_INFO = 'NEEDS_INFO',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

/** What an incident event announces: one per change of a report, with a global sequence. */
export enum IncidentEventType {
  REPORTED = 'REPORTED',
  ASSIGNED = 'ASSIGNED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  COMMENTED = 'COMMENTED',
}

export enum Category {
  CYBER_THREAT = 'CYBER_THREAT',
  VULNERABILITY = 'VULNERABILITY',
  FOREIGN_INFLUENCE = 'FOREIGN_INFLUENCE',
  PHYSICAL_THREAT = 'PHYSICAL_THREAT',
  OPERATIONAL_ISSUE = 'OPERATIONAL_ISSUE',
  GENERAL = 'GENERAL',
}

export enum Severity {
  INFO = 'INFO',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

/** Severities from the least to the most severe: "at least HIGH" is HIGH and what follows it. */
export const SEVERITY_ORDER: readonly Severity[] = Object.values(Severity);

export enum BulletinStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  RETRACTED = 'RETRACTED',
}

/** What a bulletin event announces: a publication, an amendment or a retraction (R16). */
export enum BulletinEventType {
  PUBLISHED = 'PUBLISHED',
  AMENDED = 'AMENDED',
  RETRACTED = 'RETRACTED',
}

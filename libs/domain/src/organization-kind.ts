export enum OrganizationKind {
  FEDERAL = 'FEDERAL',
  ISAC = 'ISAC',
  STATE = 'STATE',
  LOCAL = 'LOCAL',
  PRIVATE = 'PRIVATE',
  PLATFORM = 'PLATFORM',
}

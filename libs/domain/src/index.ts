export * from './tier';
export * from './organization-kind';
export * from './permission';
export * from './role';
export * from './bulletin-enums';
export * from './jurisdiction';
export * from './indicator';
export * from './incident-enums';

export * from './stix-object';
export * from './stix-id';
export * from './tlp-marking';
export * from './indicator-pattern';
export * from './bulletin-objects';

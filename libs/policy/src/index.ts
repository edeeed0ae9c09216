export * from './viewer-context';
export * from './revision-marking';
export * from './release-status';
export * from './read-decision';
export * from './read-predicate';
export * from './recipient-fit';
export * from './release-decision';
export * from './approver-fit';

export * from './stix-validation';
export * from './sample-revision';

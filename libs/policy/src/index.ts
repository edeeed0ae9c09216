export * from './viewer-context';
export * from './revision-marking';

export * from './viewer-context';

// Test helpers for code that uses @bulwark/client (its own tests and the benchmark): not part of the package.
export * from './cuttable-tcp-proxy';

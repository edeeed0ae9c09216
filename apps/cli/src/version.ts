/** Also in apps/cli/package.dist.json, which the build publishes beside the binary. */
export const CLI_VERSION = '0.1.0';

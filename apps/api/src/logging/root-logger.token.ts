/** Injection token for the application's pino logger. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

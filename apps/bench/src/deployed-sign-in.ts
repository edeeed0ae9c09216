import type { AppConfig } from '@api/config/app-config';

/** What ViewerRepository reads of the configuration, as a production deployment has it. */
export const SIGN_IN_AS_DEPLOYED = { auth: { secondFactorRequired: true } } as AppConfig;

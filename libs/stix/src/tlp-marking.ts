import { Tier } from '@bulwark/domain';
import type { StixObject } from './stix-object';

/** The OASIS TLP 2.0 extension definition that every TLP 2.0 marking definition names. */
export const TLP_2_0_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** The OASIS ids of the TLP 2.0 marking definitions: the same in every STIX 2.1 tool. */
export const TLP_MARKING_IDS: Readonly<Record<Tier, string>> = {
  [Tier.CLEAR]: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  [Tier.GREEN]: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  [Tier.AMBER]: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  [Tier.AMBER_STRICT]: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  [Tier.RED]: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

const TLP_NAMES: Readonly<Record<Tier, string>> = {
  [Tier.CLEAR]: 'clear',
  [Tier.GREEN]: 'green',
  [Tier.AMBER]: 'amber',
  [Tier.AMBER_STRICT]: 'amber+strict',
  [Tier.RED]: 'red',
};

/** The marking definition object of a tier, as OASIS publishes it. */
export function tlpMarkingDefinition(tier: Tier): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[tier],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${TLP_NAMES[tier].toUpperCase()}`,
    extensions: { [TLP_2_0_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: TLP_NAMES[tier] } },
  };
}

import { Tier } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { StixImportError } from './stix-import-error';
import { TLP_2_0_EXTENSION, TLP_MARKING_IDS, tlpMarkingDefinition } from './tlp-marking';
import {
  knownTlpTier,
  OPENCTI_AMBER_STRICT_MARKING_ID,
  readMarkingDefinition,
  TLP_1_0_MARKING_IDS,
  tlpLevelTier,
} from './tlp-tier';

const CUSTOM = 'marking-definition--0a4b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

describe('TLP markings as tiers', () => {
  it.each(Object.values(Tier))('knows the OASIS TLP 2.0 id of %s', (tier) => {
    expect(knownTlpTier(TLP_MARKING_IDS[tier])).toBe(tier);
  });

  it('knows the TLP 1.0 ids of the STIX 2.1 specification, WHITE being CLEAR, and OpenCTI’s AMBER+STRICT', () => {
    expect(knownTlpTier(TLP_1_0_MARKING_IDS.WHITE)).toBe(Tier.CLEAR);
    expect(knownTlpTier(TLP_1_0_MARKING_IDS.GREEN)).toBe(Tier.GREEN);
    expect(knownTlpTier(TLP_1_0_MARKING_IDS.AMBER)).toBe(Tier.AMBER);
    expect(knownTlpTier(TLP_1_0_MARKING_IDS.RED)).toBe(Tier.RED);
    expect(knownTlpTier(OPENCTI_AMBER_STRICT_MARKING_ID)).toBe(Tier.AMBER_STRICT);
    expect(knownTlpTier(CUSTOM)).toBeNull();
  });

  it('reads an inline definition: TLP 1.0 style, the TLP 2.0 extension, and OpenCTI’s TLP with a name only', () => {
    const place = { index: 0 };
    const tlp1 = { type: 'marking-definition', id: CUSTOM, definition_type: 'tlp', definition: { tlp: 'amber' } };
    expect(readMarkingDefinition(tlp1, place)).toEqual({ tlp: Tier.AMBER });
    expect(readMarkingDefinition({ ...tlpMarkingDefinition(Tier.AMBER_STRICT), id: CUSTOM }, place)).toEqual({
      tlp: Tier.AMBER_STRICT,
    });
    expect(readMarkingDefinition({ id: CUSTOM, definition_type: 'TLP', name: 'TLP:AMBER+STRICT' }, place)).toEqual({
      tlp: Tier.AMBER_STRICT,
    });
    expect(readMarkingDefinition({ id: CUSTOM, definition_type: 'tlp', definition: { tlp: 'white' } }, place)).toEqual({
      tlp: Tier.CLEAR,
    });
  });

  it('takes the most restrictive reading when the id and the content disagree: never a lower tier', () => {
    const lying = { id: TLP_MARKING_IDS[Tier.CLEAR], definition_type: 'tlp', definition: { tlp: 'red' } };
    expect(readMarkingDefinition(lying, {})).toEqual({ tlp: Tier.RED });
    const extension = {
      id: TLP_MARKING_IDS[Tier.RED],
      extensions: { [TLP_2_0_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: 'clear' } },
    };
    expect(readMarkingDefinition(extension, {})).toEqual({ tlp: Tier.RED });
  });

  it('refuses a TLP marking whose level it cannot read, naming the field', () => {
    const read = (object: Record<string, unknown>) => () =>
      readMarkingDefinition(object, { index: 4, objectId: CUSTOM });
    expect(read({ id: CUSTOM, definition_type: 'tlp', definition: { tlp: 'purple' } })).toThrow(
      `objects[4] (${CUSTOM}), field 'definition.tlp': "purple" is no TLP level Bulwark knows.`,
    );
    expect(read({ id: CUSTOM, definition_type: 'tlp' })).toThrow(StixImportError);
    expect(read({ id: CUSTOM, extensions: { [TLP_2_0_EXTENSION]: { tlp_2_0: 7 } } })).toThrow(/tlp_2_0/);
  });

  it('takes no inherited property of a lookup table for a level', () => {
    for (const level of ['constructor', '__proto__', 'toString', 'TLP:hasOwnProperty'])
      expect(tlpLevelTier(level)).toBeNull();
    expect(() => readMarkingDefinition({ definition_type: 'tlp', definition: { tlp: 'constructor' } }, {})).toThrow(
      /no TLP level/,
    );
  });

  it('reads any other marking as such, by its name', () => {
    const statement = {
      id: CUSTOM,
      definition_type: 'statement',
      name: 'Copyright ACME',
      definition: { statement: 'x' },
    };
    expect(readMarkingDefinition(statement, {})).toEqual({ other: 'Copyright ACME' });
    expect(readMarkingDefinition({ id: CUSTOM, definition_type: 'PAP', name: 'PAP:RED' }, {})).toEqual({
      other: 'PAP:RED',
    });
  });
});

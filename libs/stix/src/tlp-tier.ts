import { Tier, tierRank } from '@bulwark/domain';
import { isJsonObject, type JsonObject, own } from './json-object';
import { StixImportError, type StixProblemPlace } from './stix-import-error';
import { TLP_2_0_EXTENSION, TLP_MARKING_IDS } from './tlp-marking';

/** The TLP 1.0 marking definitions of the STIX 2.1 specification (section 7.2.1.4); TLP 2.0 calls WHITE CLEAR. */
export const TLP_1_0_MARKING_IDS = {
  WHITE: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  GREEN: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  AMBER: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  RED: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
} as const;

/**
 * OpenCTI's TLP:AMBER+STRICT, which TLP 1.0 lacks (OpenCTI's `schema/identifier`: it keeps the TLP 1.0 ids for the
 * other levels, WHITE's for CLEAR).
 */
export const OPENCTI_AMBER_STRICT_MARKING_ID = 'marking-definition--826578e1-40ad-459f-bc73-ede076f81f37';

const KNOWN_TLP_IDS: ReadonlyMap<string, Tier> = new Map<string, Tier>([
  ...Object.values(Tier).map((tier): [string, Tier] => [TLP_MARKING_IDS[tier], tier]),
  [TLP_1_0_MARKING_IDS.WHITE, Tier.CLEAR],
  [TLP_1_0_MARKING_IDS.GREEN, Tier.GREEN],
  [TLP_1_0_MARKING_IDS.AMBER, Tier.AMBER],
  [TLP_1_0_MARKING_IDS.RED, Tier.RED],
  [OPENCTI_AMBER_STRICT_MARKING_ID, Tier.AMBER_STRICT],
]);

/** The tier of a well-known TLP marking definition id (TLP 2.0, TLP 1.0, OpenCTI's AMBER+STRICT), or null. */
export function knownTlpTier(markingId: string): Tier | null {
  return KNOWN_TLP_IDS.get(markingId.toLowerCase()) ?? null;
}

const LEVELS: Readonly<Record<string, Tier>> = {
  white: Tier.CLEAR,
  clear: Tier.CLEAR,
  green: Tier.GREEN,
  amber: Tier.AMBER,
  'amber+strict': Tier.AMBER_STRICT,
  red: Tier.RED,
};

/** A TLP level as tools write it: `amber`, `TLP:AMBER+STRICT`, `white` (TLP 1.0 for CLEAR) … or null. */
export function tlpLevelTier(level: string): Tier | null {
  const name = level.trim().toLowerCase().replace(/^tlp:/, '');
  return Object.hasOwn(LEVELS, name) ? (LEVELS[name] ?? null) : null;
}

/** The more restrictive of two tiers. */
export function moreRestrictive(a: Tier, b: Tier): Tier {
  return tierRank(a) >= tierRank(b) ? a : b;
}

export type MarkingReading = { readonly tlp: Tier } | { readonly other: string };

/**
 * What an inline marking-definition object says. It is TLP when its `definition_type` is `tlp` (OpenCTI writes
 * `TLP`) or it carries the TLP 2.0 extension; its level comes from `definition.tlp`, the extension's `tlp_2_0` and
 * its name (`TLP:RED`), and from its id when that is a well-known one. Should they disagree, the most restrictive
 * wins: an import never lowers a tier. A TLP marking whose level cannot be read is refused, not guessed.
 */
export function readMarkingDefinition(object: JsonObject, place: StixProblemPlace): MarkingReading {
  const id = own(object, 'id');
  const levels: Tier[] = [];
  const byId = typeof id === 'string' ? knownTlpTier(id) : null;
  if (byId) levels.push(byId);

  const level = (value: unknown, field: string) => {
    const tier = typeof value === 'string' ? tlpLevelTier(value) : null;
    if (!tier)
      throw new StixImportError(`${JSON.stringify(value) ?? 'nothing'} is no TLP level Bulwark knows.`, {
        ...place,
        field,
      });
    levels.push(tier);
  };

  const extensions = own(object, 'extensions');
  const tlp2 = isJsonObject(extensions) ? own(extensions, TLP_2_0_EXTENSION) : undefined;
  if (isJsonObject(tlp2)) level(own(tlp2, 'tlp_2_0'), `extensions.${TLP_2_0_EXTENSION}.tlp_2_0`);

  const definitionType = own(object, 'definition_type');
  const isTlp = isJsonObject(tlp2) || (typeof definitionType === 'string' && definitionType.toLowerCase() === 'tlp');
  const name = own(object, 'name');
  if (typeof definitionType === 'string' && definitionType.toLowerCase() === 'tlp') {
    const definition = own(object, 'definition');
    if (isJsonObject(definition) && own(definition, 'tlp') !== undefined)
      level(own(definition, 'tlp'), 'definition.tlp');
    else if (definition !== undefined && !isJsonObject(definition))
      throw new StixImportError('must be an object such as { "tlp": "amber" }.', { ...place, field: 'definition' });
  }
  const byName = typeof name === 'string' ? tlpLevelTier(name) : null;
  if (isTlp && byName) levels.push(byName);

  if (isTlp && levels.length === 0)
    throw new StixImportError('a TLP marking must say its level (definition.tlp or its name).', {
      ...place,
      field: 'definition',
    });
  const [first, ...rest] = levels;
  if (first) return { tlp: rest.reduce(moreRestrictive, first) };
  const label = typeof name === 'string' ? name : typeof definitionType === 'string' ? definitionType : 'unnamed';
  return { other: label };
}

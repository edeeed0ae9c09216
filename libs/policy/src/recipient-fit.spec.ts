import { describe, expect, it } from 'vitest';
import { Tier } from '@bulwark/domain';
import {
  addressingOf,
  describeRecipientRefusal,
  organizationRecipientFit,
  personRecipientFit,
  RecipientAddressing,
  RecipientRefusal,
} from './recipient-fit';

const organization = (vettedTier: Tier, active = true) => ({ active, vettedTier });

describe('recipient fit (R7)', () => {
  it('addresses CLEAR and GREEN to nobody, AMBER and AMBER_STRICT to organizations, RED to people (R3–R5)', () => {
    expect([Tier.CLEAR, Tier.GREEN, Tier.AMBER, Tier.AMBER_STRICT, Tier.RED].map(addressingOf)).toEqual([
      RecipientAddressing.NONE,
      RecipientAddressing.NONE,
      RecipientAddressing.ORGANIZATIONS,
      RecipientAddressing.ORGANIZATIONS,
      RecipientAddressing.PEOPLE,
    ]);
  });

  it('R7: refuses an organization vetted below the tier, naming its vetting; fits one vetted at or above', () => {
    const green = organizationRecipientFit(Tier.AMBER, organization(Tier.GREEN));
    expect(green).toEqual({ fits: false, refusal: RecipientRefusal.VETTING_BELOW_TIER, held: Tier.GREEN });
    expect(describeRecipientRefusal(Tier.AMBER, green)).toBe('vetted GREEN');
    expect(organizationRecipientFit(Tier.AMBER, organization(Tier.AMBER)).fits).toBe(true);
    expect(organizationRecipientFit(Tier.AMBER_STRICT, organization(Tier.AMBER)).fits).toBe(false);
  });

  it('R7, R8: refuses a deactivated organization whatever its vetting', () => {
    const fit = organizationRecipientFit(Tier.AMBER, organization(Tier.RED, false));
    expect(fit).toEqual({ fits: false, refusal: RecipientRefusal.DEACTIVATED, held: null });
    expect(describeRecipientRefusal(Tier.AMBER, fit)).toBe('deactivated');
  });

  it('R6, R7: a person fits RED only with an effective clearance (capped by vetting) of RED', () => {
    expect(
      personRecipientFit(Tier.RED, { active: true, clearance: Tier.RED, organization: organization(Tier.RED) }).fits,
    ).toBe(true);
    const capped = personRecipientFit(Tier.RED, {
      active: true,
      clearance: Tier.RED,
      organization: organization(Tier.GREEN),
    });
    expect(capped).toEqual({ fits: false, refusal: RecipientRefusal.CLEARANCE_BELOW_TIER, held: Tier.GREEN });
    expect(describeRecipientRefusal(Tier.RED, capped)).toBe('clearance GREEN');
  });

  it('R8: a deactivated person, or a person of a deactivated organization, does not fit', () => {
    for (const person of [
      { active: false, clearance: Tier.RED, organization: organization(Tier.RED) },
      { active: true, clearance: Tier.RED, organization: organization(Tier.RED, false) },
    ]) {
      expect(personRecipientFit(Tier.RED, person)).toMatchObject({ refusal: RecipientRefusal.DEACTIVATED });
    }
  });

  it('refuses the wrong kind of recipient for the tier, and any on CLEAR or GREEN', () => {
    const person = { active: true, clearance: Tier.RED, organization: organization(Tier.RED) };
    const onAmber = personRecipientFit(Tier.AMBER, person);
    expect(onAmber).toMatchObject({ refusal: RecipientRefusal.NOT_ADDRESSED_BY_TIER });
    expect(describeRecipientRefusal(Tier.AMBER, onAmber)).toBe('AMBER goes to organizations, not named people');
    const onRed = organizationRecipientFit(Tier.RED, organization(Tier.RED));
    expect(describeRecipientRefusal(Tier.RED, onRed)).toBe('RED goes to named people, not organizations');
    const onGreen = organizationRecipientFit(Tier.GREEN, organization(Tier.RED));
    expect(describeRecipientRefusal(Tier.GREEN, onGreen)).toBe('GREEN names no recipients');
  });
});

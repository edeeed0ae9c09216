import { OrganizationKind } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import {
  neutralOfficeDescription,
  OFFICE_PLACEHOLDER,
  PERSON_PLACEHOLDER,
  withoutReporter,
  type ReportingOffice,
} from './incident-draft-anonymiser';

const FULTON: ReportingOffice = {
  name: 'Fulton County Elections',
  shortName: 'FULTON',
  kind: OrganizationKind.LOCAL,
  jurisdiction: 'GA',
};
const CLERK = { name: 'Dana Whitfield', email: 'dana.whitfield@fultoncountyga.gov' };

describe('neutralOfficeDescription', () => {
  it('names the kind of office and a broad region, never the state', () => {
    expect(neutralOfficeDescription(FULTON)).toBe('a county election office in the Southeast');
    expect(neutralOfficeDescription({ ...FULTON, name: 'City of Nome Elections', jurisdiction: 'AK' })).toBe(
      'a local election office in the West',
    );
    expect(
      neutralOfficeDescription({ ...FULTON, kind: OrganizationKind.STATE, name: 'Ohio SoS', jurisdiction: 'OH' }),
    ).toBe('a state election office in the Midwest');
    expect(neutralOfficeDescription({ ...FULTON, jurisdiction: 'PR' })).toBe(
      'a county election office in a U.S. territory',
    );
    expect(neutralOfficeDescription({ ...FULTON, jurisdiction: null })).toBe('a county election office');
  });

  it('describes agencies and partners without a place', () => {
    expect(neutralOfficeDescription({ ...FULTON, kind: OrganizationKind.PRIVATE })).toBe('a private-sector partner');
    expect(neutralOfficeDescription({ ...FULTON, kind: OrganizationKind.FEDERAL })).toBe('a federal agency');
  });
});

describe('withoutReporter', () => {
  it("takes out the office's names and distinctive words, whole words only, any case", () => {
    const text =
      'Fulton County Elections staff and FULTON poll workers got mail; fulton’s IT desk saw it. Refulton stays.';
    const result = withoutReporter(text, FULTON, CLERK);
    expect(result.replace('Refulton', '')).not.toMatch(/fulton/i);
    expect(result).toContain(`${OFFICE_PLACEHOLDER} staff and ${OFFICE_PLACEHOLDER} poll workers`);
    expect(result).toContain('Refulton stays.');
  });

  it("takes out the reporter's name, its parts, their email and its domain", () => {
    const text = 'Call Dana Whitfield (dana.whitfield@fultoncountyga.gov) or ask Whitfield; see fultoncountyga.gov.';
    const result = withoutReporter(text, FULTON, CLERK);
    expect(result).toBe(
      `Call ${PERSON_PLACEHOLDER} (${PERSON_PLACEHOLDER}) or ask ${PERSON_PLACEHOLDER}; see ${OFFICE_PLACEHOLDER}.`,
    );
  });

  it('keeps the words that say what an office is, and the text of the threat', () => {
    const text = 'The county clerk saw logins from 203.0.113.7 to the election office portal.';
    expect(withoutReporter(text, FULTON, { name: 'Fulton County Clerk', email: 'clerk@fulton.ga.demo' })).toBe(text);
  });

  it('treats names as text, not as patterns', () => {
    const office = { ...FULTON, name: 'St. Mary (Parish) Elections', shortName: 'ST.MARY' };
    expect(withoutReporter('St. Mary (Parish) Elections and StX Mary', office, CLERK)).toBe(
      `${OFFICE_PLACEHOLDER} and StX ${OFFICE_PLACEHOLDER}`,
    );
  });
});

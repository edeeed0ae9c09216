import { OrganizationKind } from '@bulwark/domain';

/** The reporting office, as far as a draft may need to describe it or take it out. */
export interface ReportingOffice {
  readonly name: string;
  readonly shortName: string;
  readonly kind: OrganizationKind;
  readonly jurisdiction: string | null;
}

/** The person who reported: never named in a draft. */
export interface ReportingPerson {
  readonly name: string;
  readonly email: string;
}

/**
 * Broad regions, so that a described office hides among many: about a dozen states each. A state name would
 * leave a county among a few dozen; a region leaves it among hundreds.
 */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  Northeast: ['CT', 'ME', 'MA', 'NH', 'RI', 'VT', 'NJ', 'NY', 'PA'],
  Midwest: ['IL', 'IN', 'MI', 'OH', 'WI', 'IA', 'KS', 'MN', 'MO', 'NE', 'ND', 'SD'],
  Southeast: ['DE', 'DC', 'FL', 'GA', 'MD', 'NC', 'SC', 'VA', 'WV', 'AL', 'KY', 'MS', 'TN', 'AR', 'LA'],
  Southwest: ['AZ', 'NM', 'OK', 'TX'],
  West: ['CO', 'ID', 'MT', 'NV', 'UT', 'WY', 'AK', 'CA', 'HI', 'OR', 'WA'],
};

const REGION_OF = new Map(
  Object.entries(REGIONS).flatMap(([region, codes]) => codes.map((code) => [code, region] as const)),
);

/** Words that name what an office is, not which one: kept when the office's own words are taken out. */
const GENERIC_WORDS = new Set(
  [
    'county',
    'city',
    'town',
    'township',
    'parish',
    'borough',
    'elections',
    'election',
    'office',
    'board',
    'department',
    'division',
    'commission',
    'secretary',
    'state',
    'registrar',
    'registration',
    'voter',
    'voters',
    'services',
    'clerk',
    'official',
    'administrator',
    'director',
    'the',
    'and',
    'for',
    'of',
  ].map((word) => word.toLowerCase()),
);

/** "a county election office in the Southeast": what a draft says instead of the office's name. */
export function neutralOfficeDescription(office: ReportingOffice): string {
  const where = whereDescription(office.jurisdiction);
  switch (office.kind) {
    case OrganizationKind.LOCAL:
      return `${/\bcounty\b/i.test(office.name) ? 'a county' : 'a local'} election office${where}`;
    case OrganizationKind.STATE:
      return `a state election office${where}`;
    case OrganizationKind.FEDERAL:
      return 'a federal agency';
    case OrganizationKind.ISAC:
      return 'an information sharing and analysis center';
    case OrganizationKind.PRIVATE:
      return 'a private-sector partner';
    case OrganizationKind.PLATFORM:
      return 'the exchange operators';
  }
}

function whereDescription(jurisdiction: string | null): string {
  if (!jurisdiction) return '';
  const region = REGION_OF.get(jurisdiction);
  return region ? ` in the ${region}` : ' in a U.S. territory';
}

export const OFFICE_PLACEHOLDER = '[the reporting office]';
export const PERSON_PLACEHOLDER = '[the reporter]';

/**
 * Takes the reporting office and the reporter out of free text: the office's full and short names and the
 * distinctive words of its name, alone and with the word after them ("Fulton", "Fulton County"), the reporter's name and each distinctive
 * part of it, and their email address and its domain. Whole words only, any case; longest first, so "Fulton County
 * Elections" becomes one placeholder, not three.
 */
export function withoutReporter(text: string, office: ReportingOffice, person: ReportingPerson): string {
  const replacements: [term: string, placeholder: string][] = [];
  const add = (term: string, placeholder: string): void => {
    const trimmed = term.trim();
    if (trimmed.length >= 3) replacements.push([trimmed, placeholder]);
  };
  add(office.name, OFFICE_PLACEHOLDER);
  add(office.shortName, OFFICE_PLACEHOLDER);
  const officeWords = words(office.name);
  const distinctive = (word: string): boolean => !GENERIC_WORDS.has(word.toLowerCase());
  officeWords.forEach((word, i) => {
    if (!distinctive(word)) return;
    add(word, OFFICE_PLACEHOLDER);
    // "Fulton County" as one: "[the reporting office] County" would read oddly.
    const next = officeWords[i + 1];
    if (next !== undefined) add(`${word} ${next}`, OFFICE_PLACEHOLDER);
  });
  const email = person.email.trim();
  const at = email.lastIndexOf('@');
  add(email, PERSON_PLACEHOLDER);
  if (at > 0) add(email.slice(at + 1), OFFICE_PLACEHOLDER);
  add(person.name, PERSON_PLACEHOLDER);
  for (const word of words(person.name)) if (!GENERIC_WORDS.has(word.toLowerCase())) add(word, PERSON_PLACEHOLDER);
  replacements.sort(([a], [b]) => b.length - a.length);
  let result = text;
  for (const [term, placeholder] of replacements) result = result.replace(wholeWord(term), placeholder);
  return result;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'-]+/u).filter((word) => word.length > 0);
}

/** A term as a whole word: not inside a longer word, whatever surrounds it (punctuation, "@", a dot). */
function wholeWord(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

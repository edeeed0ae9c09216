import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  describeFilters,
  fromEventFilter,
  NO_FILTERS,
  parseFilters,
  toEventFilter,
  toListFilter,
  writeFilters,
} from './bulletin-filters';

describe('filters in the address', () => {
  it('reads every filter, repeated parameters as lists', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'category=CYBER_THREAT&category=VULNERABILITY&severity=HIGH&state=GA&state=pa&tier=AMBER&tag=albert&tag=Patch%20Now&originator=f82286bc-12d5-432d-87cd-ecd17387ffae',
      ),
    );
    expect(filters).toEqual({
      categories: ['CYBER_THREAT', 'VULNERABILITY'],
      minSeverity: 'HIGH',
      jurisdictions: ['GA', 'PA'],
      originatorIds: ['f82286bc-12d5-432d-87cd-ecd17387ffae'],
      tiers: ['AMBER'],
      tags: ['albert', 'patch-now'],
    });
    expect(countActiveFilters(filters)).toBe(9);
  });

  it('leaves out what it does not know, so an old or mistyped link still opens', () => {
    const filters = parseFilters(
      new URLSearchParams('category=NOPE&severity=EXTREME&state=XX&tier=PURPLE&tag=%20&originator=<script>&q=words'),
    );
    expect(filters).toEqual(NO_FILTERS);
  });

  it('removes repeated values', () => {
    expect(parseFilters(new URLSearchParams('state=GA&state=ga&tag=a&tag=A')).jurisdictions).toEqual(['GA']);
  });

  it('writes filters back, keeping the other parameters, and reads back the same', () => {
    const filters = {
      ...NO_FILTERS,
      categories: ['FOREIGN_INFLUENCE' as const],
      tags: ['albert'],
      minSeverity: 'LOW' as const,
    };
    const params = writeFilters(new URLSearchParams('q=phishing&state=GA'), filters);
    expect(params.toString()).toBe('q=phishing&category=FOREIGN_INFLUENCE&severity=LOW&tag=albert');
    expect(parseFilters(params)).toEqual(filters);
  });

  it('clears every filter and nothing else', () => {
    expect(writeFilters(new URLSearchParams('q=x&as=words&state=GA&tier=RED'), NO_FILTERS).toString()).toBe(
      'q=x&as=words',
    );
  });
});

describe('filters for the API', () => {
  it('sends only the fields that narrow', () => {
    expect(toEventFilter(NO_FILTERS)).toEqual({});
    expect(toListFilter({ ...NO_FILTERS, jurisdictions: ['GA'], tiers: ['AMBER', 'RED'] })).toEqual({
      jurisdictions: ['GA'],
      tiers: ['AMBER', 'RED'],
    });
  });

  it('reads a saved feed filter back, ignoring what it cannot show', () => {
    expect(
      fromEventFilter({
        categories: ['CYBER_THREAT'],
        minSeverity: null,
        jurisdictions: null,
        originatorIds: null,
        tiers: null,
        tags: ['albert'],
      }),
    ).toEqual({ ...NO_FILTERS, categories: ['CYBER_THREAT'], tags: ['albert'] });
  });

  it('describes filters in words', () => {
    expect(
      describeFilters(
        {
          categories: ['CYBER_THREAT', 'VULNERABILITY'],
          minSeverity: 'HIGH',
          jurisdictions: ['GA'],
          originatorIds: ['cisa', 'unknown'],
          tiers: ['AMBER_STRICT'],
          tags: ['albert'],
        },
        (id) => (id === 'cisa' ? 'CISA' : null),
      ),
    ).toEqual([
      'Cyber threat or Vulnerability',
      'High severity and above',
      'Georgia (and national)',
      'From CISA or an organization',
      'TLP:AMBER+STRICT',
      'Tagged albert',
    ]);
  });
});

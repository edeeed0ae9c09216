import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { type BulletinWithIndicators, indicatorCsvHeader, indicatorCsvRows } from './indicator-csv';
import { collectIndicatorTypes } from './indicator-type-option';

function bulletin(overrides: Partial<BulletinWithIndicators> = {}): BulletinWithIndicators {
  return {
    id: '7d0c9b1e-0000-4000-8000-000000000001',
    reference: 'CISA-2026-0042',
    status: 'PUBLISHED',
    revision: 2,
    tier: 'AMBER_STRICT',
    severity: 'HIGH',
    category: 'CYBER_THREAT',
    title: 'Phishing, "urgent" wave',
    publishedAt: '2026-12-01T10:00:00.000Z',
    firstPublishedAt: '2026-11-30T09:00:00.000Z',
    expiresAt: null,
    jurisdictions: ['GA', 'SC'],
    originators: [{ shortName: 'CISA' }, { shortName: 'FBI' }],
    indicators: [
      { type: 'IPV4', value: '198.51.100.23' },
      { type: 'URL', value: 'https://evil.example/a,b?q="x"' },
      { type: 'CVE', value: 'CVE-2026-1234' },
    ],
    ...overrides,
  };
}

describe('indicator CSV rows', () => {
  it('writes one row per indicator, each with the bulletin’s tier and provenance, quoted as RFC 4180 asks', () => {
    expect(indicatorCsvHeader()).toBe(
      'type,value,tier,severity,category,reference,bulletinId,revision,status,publishedAt,firstPublishedAt,' +
        'expiresAt,originators,jurisdictions,title\r\n',
    );
    const rows = indicatorCsvRows(bulletin());
    expect(rows).toEqual([
      'IPV4,198.51.100.23,AMBER_STRICT,HIGH,CYBER_THREAT,CISA-2026-0042,7d0c9b1e-0000-4000-8000-000000000001,2,' +
        'PUBLISHED,2026-12-01T10:00:00.000Z,2026-11-30T09:00:00.000Z,,CISA;FBI,GA;SC,"Phishing, ""urgent"" wave"\r\n',
      expect.stringMatching(/^URL,"https:\/\/evil\.example\/a,b\?q=""x""",AMBER_STRICT,/),
      expect.stringMatching(/^CVE,CVE-2026-1234,AMBER_STRICT,/),
    ]);
  });

  it('keeps only the types asked for', () => {
    const rows = indicatorCsvRows(bulletin(), new Set(['CVE', 'IPV4'] as const));
    expect(rows.map((row) => row.split(',')[0])).toEqual(['IPV4', 'CVE']);
  });

  it('writes nothing for a retracted bulletin, whatever indicators it still carries', () => {
    expect(indicatorCsvRows(bulletin({ status: 'RETRACTED' }))).toEqual([]);
  });

  it('writes empty fields for a draft without a reference or publication', () => {
    const [row] = indicatorCsvRows(
      bulletin({ status: 'DRAFT', reference: null, publishedAt: null, firstPublishedAt: null, originators: [] }),
    );
    expect(row?.split(',').slice(5, 11)).toEqual(['', '7d0c9b1e-0000-4000-8000-000000000001', '2', 'DRAFT', '', '']);
  });
});

describe('--indicator-type', () => {
  it('takes repeats, commas and any case, and refuses an unknown type', () => {
    expect(collectIndicatorTypes('ipv4, Cidr', collectIndicatorTypes('sha256'))).toEqual(['SHA256', 'IPV4', 'CIDR']);
    expect(() => collectIndicatorTypes('IPV4,MD6')).toThrow(InvalidArgumentError);
    expect(() => collectIndicatorTypes(',')).toThrow(/expected one of IPV4, IPV6, CIDR/);
  });
});

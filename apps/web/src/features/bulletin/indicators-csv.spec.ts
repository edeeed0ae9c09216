import { describe, expect, it } from 'vitest';
import { csvFileName, indicatorsCsv } from './indicators-csv';

describe('indicatorsCsv', () => {
  it('writes a header and one row per indicator, CRLF-terminated', () => {
    expect(
      indicatorsCsv([
        { type: 'IPV4', value: '203.0.113.7' },
        { type: 'CIDR', value: '198.51.100.0/24' },
      ]),
    ).toBe('type,value\r\nIPV4,203.0.113.7\r\nCIDR,198.51.100.0/24\r\n');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(indicatorsCsv([{ type: 'URL', value: 'https://x.example/a,b?"q"' }])).toBe(
      'type,value\r\nURL,"https://x.example/a,b?""q"""\r\n',
    );
  });

  it('keeps a spreadsheet from running a value as a formula', () => {
    const csv = indicatorsCsv([
      { type: 'URL', value: '=HYPERLINK("http://evil")' },
      { type: 'DOMAIN', value: '@SUM(1)' },
      { type: 'DOMAIN', value: '-2+3' },
      { type: 'DOMAIN', value: '+1' },
    ]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `URL,"'=HYPERLINK(""http://evil"")"`,
      `DOMAIN,"'@SUM(1)"`,
      `DOMAIN,"'-2+3"`,
      `DOMAIN,"'+1"`,
    ]);
  });

  it('also defuses a leading tab or carriage return, which some spreadsheets skip before a formula', () => {
    expect(indicatorsCsv([{ type: 'URL', value: '\t=1+1' }])).toBe(`type,value\r\nURL,"'\t=1+1"\r\n`);
    expect(indicatorsCsv([{ type: 'URL', value: '\r=1+1' }])).toBe(`type,value\r\nURL,"'\r=1+1"\r\n`);
  });

  it('leaves a formula character inside a value alone', () => {
    expect(indicatorsCsv([{ type: 'EMAIL', value: 'a@b.example' }])).toBe('type,value\r\nEMAIL,a@b.example\r\n');
  });

  it('names the file after the reference, safely', () => {
    expect(csvFileName('CISA-2026-0042')).toBe('CISA-2026-0042-indicators.csv');
    expect(csvFileName('a/../b')).toBe('a_.._b-indicators.csv');
    expect(csvFileName(null)).toBe('bulletin-indicators.csv');
  });
});

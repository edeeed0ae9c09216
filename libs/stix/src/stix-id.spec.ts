import { describe, expect, it } from 'vitest';
import { stixId, uuidV5 } from './stix-id';

describe('name-based ids', () => {
  it('computes RFC 9562 version 5 UUIDs (its own example: the DNS namespace and www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives the same name the same id, and a different type or name another', () => {
    const report = stixId('report', 'b1');
    expect(report).toMatch(/^report--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stixId('report', 'b1')).toBe(report);
    expect(stixId('report', 'b2')).not.toBe(report);
    expect(stixId('indicator', 'b1').slice('indicator--'.length)).not.toBe(report.slice('report--'.length));
  });
});

import { describe, expect, it } from 'vitest';
import { groupedSecret, normalisedCode, recoveryCodesFile } from './second-factor-words';

describe('second-factor words', () => {
  it('groups a base32 key in fours for typing, whatever spaces it came with', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupedSecret('JBSW Y3DP EH')).toBe('JBSW Y3DP EH');
    expect(groupedSecret('')).toBe('');
  });

  it('reads a typed code without its spaces and dashes', () => {
    expect(normalisedCode(' 123 456 ')).toBe('123456');
    expect(normalisedCode('123-456')).toBe('123456');
  });

  it('writes the recovery codes file: what it is, whose, and one code a line', () => {
    const text = recoveryCodesFile(
      ['aaaa-bbbb-cccc', 'dddd-eeee-ffff'],
      'clerk@fulton.example',
      new Date('2026-12-06T10:00:00Z'),
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Bulwark recovery codes');
    expect(lines).toContain('Account: clerk@fulton.example');
    expect(lines).toContain('Made: 2026-12-06');
    expect(lines.slice(-3)).toEqual(['aaaa-bbbb-cccc', 'dddd-eeee-ffff', '']);
    expect(recoveryCodesFile(['x'], null, new Date())).not.toContain('Account:');
  });
});

import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from './csv';

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes, and ends rows in CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe('=1+1');
    expect(csvRow(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});

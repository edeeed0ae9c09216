import { describe, expect, it } from 'vitest';
import { parseHeaderFile } from './header-file';

describe('parseHeaderFile', () => {
  it('reads raw header lines, skipping the request line, with names in lower case and repeats kept', () => {
    expect(
      parseHeaderFile(
        'POST /hook HTTP/1.1\r\nBulwark-Timestamp: 17\r\nBulwark-Signature: v1=ab\r\nX-A: 1\r\nx-a: 2\r\n\r\n',
      ),
    ).toEqual({ 'bulwark-timestamp': '17', 'bulwark-signature': 'v1=ab', 'x-a': ['1', '2'] });
  });

  it('reads a JSON object, and refuses anything else with the flag named', () => {
    expect(parseHeaderFile('{"Bulwark-Timestamp": "17"}')).toEqual({ 'bulwark-timestamp': '17' });
    expect(() => parseHeaderFile('{"a": 1}')).toThrow('--headers: a: expected a string or a list of strings');
    expect(() => parseHeaderFile('{oops')).toThrow('--headers: not valid JSON');
    expect(() => parseHeaderFile('no colon here')).toThrow('--headers: not a "Name: value" line');
  });
});

import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppConfig, SecretKeySetting } from '@api/config/app-config';
import { SecretBox } from './secret-box';

const boxWith = (secretKey: SecretKeySetting) => new SecretBox({ auth: { secretKey } } as AppConfig);
const KEY: SecretKeySetting = { source: 'SECRET_KEY', key: Buffer.alloc(32, 7) };

describe('SecretBox', () => {
  it('opens what it sealed, and never shows the plain text in the sealed form', () => {
    const box = boxWith(KEY);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1')).not.toBe(sealed); // a fresh IV each time
  });

  it('refuses a value moved to another row, altered, or sealed under another key', () => {
    const box = boxWith(KEY);
    const sealed = box.seal('secret', 'totp:user-1');
    expect(() => box.open(sealed, 'totp:user-2')).toThrow();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(() => box.open(`v1.${bytes.toString('base64url')}`, 'totp:user-1')).toThrow();
    expect(() => boxWith({ source: 'SECRET_KEY', key: Buffer.alloc(32, 8) }).open(sealed, 'totp:user-1')).toThrow();
    expect(() => box.open('plain text', 'totp:user-1')).toThrow();
  });

  it('keeps a development key in a file of its own (mode 600), the same across restarts', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bulwark-box-')), 'pglite.secret-key');
    const sealed = boxWith({ source: 'FILE', path }).seal('secret', 'idp:org');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).not.toBe('');
    expect(boxWith({ source: 'FILE', path }).open(sealed, 'idp:org')).toBe('secret');
  });
});

import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type SecretKeySetting } from '@api/config/app-config';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals secrets the server must read back (authenticator-app seeds, identity-provider client secrets) with
 * AES-256-GCM under the deployment's key. `context` binds a sealed value to its place (a user, an organization): a
 * ciphertext copied into another row does not open there. Also signs what the server hands out and must recognise
 * later (unsubscribe links), under a key derived from the same one.
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;
  private readonly macKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = keyOf(config.auth.secretKey);
    this.macKey = Buffer.from(hkdfSync('sha256', this.key, Buffer.alloc(0), 'bulwark signatures', 32));
  }

  /** An HMAC-SHA256 of `message` bound to `context`, base64url. */
  sign(message: string, context: string): string {
    return createHmac('sha256', this.macKey).update(`${context}\n${message}`, 'utf8').digest('base64url');
  }

  /** Whether `signature` is sign(message, context), compared in constant time. */
  verify(message: string, context: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(message, context), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** Throws when the value was sealed under another key or context, or has been altered. */
  open(sealed: string, context: string): string {
    const [version, payload] = sealed.split('.');
    if (version !== VERSION || !payload) throw new Error('not a sealed secret');
    const bytes = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

function keyOf(setting: SecretKeySetting): Buffer {
  switch (setting.source) {
    case 'SECRET_KEY':
    case 'JWT_SECRET':
      return setting.key;
    case 'FILE':
      return keyFile(setting.path);
    case 'GENERATED':
      new Logger('SecretBox').warn(
        'no SECRET_KEY or JWT_SECRET: authenticator apps and identity-provider secrets saved now will not open after a restart',
      );
      return randomBytes(32);
  }
}

/** A development server's key, kept beside its PGlite directory (mode 600), made on first use. */
function keyFile(path: string): Buffer {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process starting on the same directory made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return createHash('sha256').update(readFileSync(path, 'utf8').trim()).digest();
}

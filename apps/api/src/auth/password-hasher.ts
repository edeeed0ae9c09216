import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id, with a fixed dummy hash so an unknown email costs the same time as a wrong password. */
@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    this.dummy ??= this.hash('timing equaliser: never a real password');
    const target = hash ?? (await this.dummy);
    try {
      const matches = await argon2.verify(target, password);
      return hash !== null && matches;
    } catch {
      return false;
    }
  }
}

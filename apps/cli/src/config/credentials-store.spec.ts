import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CursorFile } from '../tail/cursor-file';
import { CredentialsSessionStore } from './credentials-session-store';
import { CredentialsStore } from './credentials-store';

describe('files the CLI keeps', () => {
  const dirs: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-cli-unit-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes credentials readable by the user alone (0600 in a 0700 directory) and reads them back', () => {
    const store = new CredentialsStore(join(temp(), 'config', 'bulwark'));
    const credentials = {
      url: 'http://127.0.0.1:3000',
      email: 'a@b.demo',
      refreshToken: 'rt-1',
      refreshTokenExpiresAt: '2030-01-01T00:00:00.000Z',
    };
    store.write(credentials);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(statSync(store.directory).mode & 0o777).toBe(0o700);
    expect(store.read()).toEqual(credentials);
    store.write({ ...credentials, refreshToken: 'rt-2' });
    expect(store.read()?.refreshToken).toBe('rt-2');
    expect(store.remove()).toBe(true);
    expect(store.read()).toBeUndefined();
  });

  it('shares the session of the credentials file for its server only, and removes the file when it ends', async () => {
    const credentials = new CredentialsStore(temp());
    const sessions = new CredentialsSessionStore(credentials, 'http://127.0.0.1:3000', 'a@b.demo');
    expect(await sessions.load()).toBeNull();
    const session = {
      refreshToken: 'rt-1',
      refreshTokenExpiresAt: '2030-01-01T00:00:00.000Z',
      accessToken: 'at-1',
      accessTokenExpiresAt: '2029-01-01T00:00:00.000Z',
    };
    await sessions.save(session);
    expect(statSync(credentials.path).mode & 0o777).toBe(0o600);
    expect(credentials.read()).toEqual({ url: 'http://127.0.0.1:3000', email: 'a@b.demo', ...session });
    expect(await sessions.load()).toEqual(session);
    expect(await new CredentialsSessionStore(credentials, 'http://other:3000', 'a@b.demo').load()).toBeNull();
    await sessions.save(null);
    expect(credentials.read()).toBeUndefined();
  });

  it('runs one exclusive section at a time, even from two stores over the same file', async () => {
    const credentials = new CredentialsStore(temp());
    const stores = [1, 2].map(() => new CredentialsSessionStore(credentials, 'http://127.0.0.1:3000', 'a@b.demo'));
    const log: string[] = [];
    let inside = 0;
    const section = (name: string) => async () => {
      inside += 1;
      log.push(`${name} in ${inside}`);
      await new Promise((resolve) => setImmediate(resolve));
      inside -= 1;
    };
    await Promise.all([stores[0].exclusive(section('a')), stores[1].exclusive(section('b'))]);
    expect(log).toEqual(['a in 1', 'b in 1']);
  });

  it('refuses a credentials file that is not one, with exit code 3', () => {
    const store = new CredentialsStore(temp());
    writeFileSync(store.path, '{"url": 1}');
    expect(() => store.read()).toThrow(expect.objectContaining({ exitCode: 3 }) as Error);
  });

  it('keeps a cursor as one number, and refuses a file holding anything else', () => {
    const dir = temp();
    const cursor = new CursorFile(join(dir, 'cursor'));
    expect(cursor.read()).toBeUndefined();
    cursor.write(42);
    expect(cursor.read()).toBe(42);
    writeFileSync(join(dir, 'bad'), 'forty-two');
    expect(() => new CursorFile(join(dir, 'bad')).read()).toThrow('does not hold an event sequence number');
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

const argv = ['node', 'main.js'];

describe('loadConfig', () => {
  it('runs on the embedded database with demo data when nothing is set', () => {
    const config = loadConfig({}, argv);
    expect(config.database.kind).toBe('pglite-dir');
    expect(config.port).toBe(3000);
    expect(config.demo).toEqual({ enabled: true, password: 'demo-password' });
    expect(config.auth.jwtSecretGenerated).toBe(true);
  });

  it('reads PostgreSQL and memory URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }, argv).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
      poolSize: 10,
    });
    expect(loadConfig({ DATABASE_URL: 'memory://' }, argv).database).toEqual({ kind: 'pglite-memory' });
  });

  it('names the variable and the expectation in one line', () => {
    expect(() => loadConfig({ PORT: 'abc' }, argv)).toThrow(
      new ConfigError('Invalid configuration: PORT must be an integer from 0 to 65535 (got "abc")'),
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, argv)).toThrow(/DATABASE_URL must be postgres:\/\//);
    expect(() => loadConfig({ DEMO_DATA: 'perhaps' }, argv)).toThrow(
      /DEMO_DATA must be true or false \(got "perhaps"\)/,
    );
  });

  it('looks for the built portal in dist/apps/web beside the running server unless WEB_ROOT says where', () => {
    const server = ['node', '/srv/bulwark/dist/apps/api/src/main.js'];
    expect(loadConfig({}, server).webRoot).toBe('/srv/bulwark/dist/apps/web');
    expect(loadConfig({ WEB_ROOT: '' }, server).webRoot).toBe('/srv/bulwark/dist/apps/web');
    expect(loadConfig({ WEB_ROOT: '/var/www/portal' }, server).webRoot).toBe('/var/www/portal');
    expect(loadConfig({ WEB_ROOT: '/var/www/portal/../site/' }, server).webRoot).toBe('/var/www/site');
    expect(loadConfig({}, ['node']).webRoot).toBeNull(); // a REPL: no main module, no portal
  });

  it('binds passkeys and single sign-on to the public address, and checks they fit together', () => {
    const local = loadConfig({ PORT: '4000' }, argv).auth;
    expect(local.publicUrl).toBe('http://localhost:4000');
    expect(local.webauthn).toEqual({ rpId: 'localhost', rpName: 'Bulwark', origins: ['http://localhost:4000'] });
    expect(local.secondFactorRequired).toBe(true);
    const deployed = loadConfig(
      { PUBLIC_URL: 'https://bulwark.example.gov', WEBAUTHN_RP_ID: 'example.gov', JWT_SECRET: 'j'.repeat(32) },
      argv,
    ).auth;
    expect(deployed.webauthn.origins).toEqual(['https://bulwark.example.gov']);
    expect(deployed.secretKey.source).toBe('JWT_SECRET');
    expect(() => loadConfig({ PUBLIC_URL: 'https://bulwark.example.gov', WEBAUTHN_RP_ID: 'other.gov' }, argv)).toThrow(
      /WEBAUTHN_RP_ID "other.gov" does not cover the origin https:\/\/bulwark.example.gov/,
    );
    expect(() => loadConfig({ WEBAUTHN_ORIGINS: 'https://bulwark.example.gov/portal' }, argv)).toThrow(
      /write it as an origin/,
    );
    expect(() => loadConfig({ PUBLIC_URL: 'https://bulwark.example.gov/x' }, argv)).toThrow(/PUBLIC_URL must be/);
    expect(() => loadConfig({ SECRET_KEY: 'short' }, argv)).toThrow(/SECRET_KEY must be 32 random bytes/);
    expect(() => loadConfig({ SECRET_KEY: 'short' }, argv)).not.toThrow(/short/); // a secret is never echoed
  });

  it('refuses a production server without a public https address or without the second-factor rule', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://bulwark.example.gov' }, argv)).toThrow(
      /must use https when NODE_ENV=production/,
    );
    expect(() =>
      loadConfig({ ...production, PUBLIC_URL: 'https://bulwark.example.gov', SECOND_FACTOR_REQUIRED: 'false' }, argv),
    ).toThrow(/SECOND_FACTOR_REQUIRED cannot be false when NODE_ENV=production/);
  });

  it('writes mail to files beside the embedded database unless SMTP_URL names a server', () => {
    const files = loadConfig({ BULWARK_DATA_DIR: '/srv/bulwark/data/pglite' }, argv).mail;
    expect(files.transport).toEqual({ kind: 'files', directory: '/srv/bulwark/data/pglite-mail' });
    expect(files.from).toBe('Bulwark <bulwark@localhost>');
    expect(loadConfig({ MAIL_DIR: '/var/mail/bulwark' }, argv).mail.transport).toEqual({
      kind: 'files',
      directory: '/var/mail/bulwark',
    });
    const smtp = loadConfig(
      { SMTP_URL: 'smtps://u:p@mail.example.gov:465', PUBLIC_URL: 'https://bulwark.example.gov' },
      argv,
    );
    expect(smtp.mail.transport).toEqual({ kind: 'smtp', url: 'smtps://u:p@mail.example.gov:465' });
    expect(smtp.mail.messageIdDomain).toBe('bulwark.example.gov');
  });

  it('refuses a mail server that is not smtp(s):// without echoing it, and a retry base above its cap', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail' }, argv)).toThrow(
      new ConfigError('Invalid configuration: SMTP_URL must be an smtp:// or smtps:// address'),
    );
    expect(() => loadConfig({ MAIL_RETRY_BASE_MS: '5000', MAIL_RETRY_CAP_MS: '1000' }, argv)).toThrow(
      /MAIL_RETRY_BASE_MS must be at most MAIL_RETRY_CAP_MS/,
    );
    expect(() => loadConfig({ MAIL_FROM: 'no address' }, argv)).toThrow(/MAIL_FROM must be an address/);
  });

  it('lets --port win over PORT', () => {
    expect(loadConfig({ PORT: '4000' }, [...argv, '--port', '4100']).port).toBe(4100);
    expect(loadConfig({}, [...argv, '--port=4200']).port).toBe(4200);
    expect(() => loadConfig({}, [...argv, '--port', 'x'])).toThrow(/PORT must be/);
  });

  it('refuses demo data and a missing JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true', JWT_SECRET: 'x'.repeat(32) }, argv)).toThrow(
      /DEMO_DATA must be false/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production' }, argv)).toThrow(/JWT_SECRET must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, argv)).toThrow(
      /PUBLIC_URL must be set/,
    );
    const production = loadConfig(
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://bulwark.example.gov' },
      argv,
    );
    expect(production.demo.enabled).toBe(false);
  });

  it('bounds database statements by 15 s, or 0 for none', () => {
    expect(loadConfig({}, argv).databaseStatementTimeoutMs).toBe(15000);
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }, argv).databaseStatementTimeoutMs).toBe(0);
    expect(
      loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0', REQUEST_TIMEOUT_MS: '100' }, argv).databaseStatementTimeoutMs,
    ).toBe(0);
    expect(
      loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '5000' }, argv)
        .databaseStatementTimeoutMs,
    ).toBe(5000);
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '-1' }, argv)).toThrow(
      new ConfigError(
        'Invalid configuration: DATABASE_STATEMENT_TIMEOUT_MS must be milliseconds, an integer from 0 to 600000 (got "-1")',
      ),
    );
  });

  it('refuses a statement timeout that outlives the request timeout', () => {
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' }, argv)).toThrow(
      new ConfigError(
        'Invalid configuration: DATABASE_STATEMENT_TIMEOUT_MS must be 0 or at most REQUEST_TIMEOUT_MS (10000), ' +
          'so no statement outlives its request (got "20000")',
      ),
    );
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '30001' }, argv)).toThrow(
      /at most REQUEST_TIMEOUT_MS \(30000\)/,
    );
  });

  it('lowers the unset statement timeout to a lower request timeout instead of refusing to start', () => {
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '300' }, argv).databaseStatementTimeoutMs).toBe(300);
  });
});

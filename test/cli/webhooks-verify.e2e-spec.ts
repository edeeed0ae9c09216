import { createHmac } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli, tempCliHome } from './support/cli-process';

const SECRET = 'whsec_cli-test-secret';

/** A delivery as docs/webhooks.md describes it, signed with node:crypto, independently of the client library. */
function signedDelivery(secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  const body = JSON.stringify({
    id: 'b6f0a4a2-57e1-4d54-9a6e-2c6b9a2f3c11:42',
    sequence: 42,
    type: 'PUBLISHED',
    occurredAt: new Date(timestamp * 1000).toISOString(),
    bulletin: {
      id: '0d7c2f7e-9a51-4b8e-8a43-5f0f7c1e2d3a',
      reference: 'CISA-2026-0042',
      revision: 1,
      tier: 'AMBER',
      title: 'Phishing aimed at county clerks',
      summary: 'Credential phishing',
      body: 'Block the domain.',
      category: 'CYBER_THREAT',
      severity: 'HIGH',
      jurisdictions: ['GA'],
      tags: ['phishing'],
      references: [],
      publishedAt: new Date(timestamp * 1000).toISOString(),
      retractedAt: null,
      retractionReason: null,
    },
  });
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { body, timestamp, signature };
}

describe('bulwark webhooks verify (the built binary, offline)', () => {
  const home = tempCliHome();
  const file = (name: string, content: string) => {
    const path = join(home.path, name);
    writeFileSync(path, content);
    return path;
  };
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('build first: npx nx run cli:build');
  });
  afterAll(() => home.remove());

  it('accepts a delivery signed with the secret, from raw header lines, and exits 0', async () => {
    const { body, timestamp, signature } = signedDelivery(SECRET);
    const headers = file(
      'valid.headers',
      `POST /bulwark HTTP/1.1\r\nContent-Type: application/json\r\nbulwark-timestamp: ${timestamp}\r\nBulwark-Signature: v1=${signature}\r\n\r\n`,
    );
    const result = await runCli(
      ['webhooks', 'verify', '--secret', SECRET, '--body', file('valid.json', body), '--headers', headers],
      home.env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^valid: PUBLISHED event 42, signed /);
  });

  it('takes the secret from BULWARK_WEBHOOK_SECRET and headers as JSON, and answers --json', async () => {
    const { body, timestamp, signature } = signedDelivery(SECRET);
    const headers = file(
      'valid-headers.json',
      JSON.stringify({
        'Bulwark-Timestamp': String(timestamp),
        'Bulwark-Signature': `v1=${'0'.repeat(64)},v1=${signature}`,
      }),
    );
    const result = await runCli(
      ['webhooks', 'verify', '--body', file('valid2.json', body), '--headers', headers, '--json'],
      { ...home.env, BULWARK_WEBHOOK_SECRET: SECRET },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, timestamp, event: { sequence: 42 } });
  });

  it('rejects a changed body, a wrong secret and a stale timestamp with exit code 7 and the reason', async () => {
    const { body, timestamp, signature } = signedDelivery(SECRET);
    const headers = file(
      'h.json',
      JSON.stringify({ 'Bulwark-Timestamp': String(timestamp), 'Bulwark-Signature': `v1=${signature}` }),
    );
    const tampered = await runCli(
      [
        'webhooks',
        'verify',
        '--secret',
        SECRET,
        '--body',
        file('tampered.json', body.replace('HIGH', 'LOW')),
        '--headers',
        headers,
      ],
      home.env,
    );
    expect(tampered.code).toBe(7);
    expect(tampered.stdout).toMatch(/^invalid: SIGNATURE_MISMATCH/);
    expect(tampered.stderr).toBe('');

    const wrongSecret = await runCli(
      ['webhooks', 'verify', '--secret', 'whsec_other', '--body', file('b.json', body), '--headers', headers, '--json'],
      home.env,
    );
    expect(wrongSecret.code).toBe(7);
    expect(JSON.parse(wrongSecret.stdout)).toEqual({ valid: false, reason: 'SIGNATURE_MISMATCH' });

    const old = signedDelivery(SECRET, Math.floor(Date.now() / 1000) - 3600);
    const stale = await runCli(
      [
        'webhooks',
        'verify',
        '--secret',
        SECRET,
        '--body',
        file('old.json', old.body),
        '--headers',
        file('old.headers', `Bulwark-Timestamp: ${old.timestamp}\nBulwark-Signature: v1=${old.signature}\n`),
      ],
      home.env,
    );
    expect(stale.code).toBe(7);
    expect(stale.stdout).toMatch(/^invalid: TIMESTAMP_OUT_OF_TOLERANCE/);
  });

  it('without a secret, or with a missing file, is a usage error (exit 2) on one line', async () => {
    const noSecret = await runCli(['webhooks', 'verify', '--body', 'x', '--headers', 'y'], home.env);
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toBe('bulwark: --secret or BULWARK_WEBHOOK_SECRET is required\n');
    const missing = await runCli(
      ['webhooks', 'verify', '--secret', SECRET, '--body', join(home.path, 'nope.json'), '--headers', 'y'],
      home.env,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^bulwark: --body: no such file: .*nope\.json\n$/);
  });
});

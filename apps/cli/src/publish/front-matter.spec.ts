import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error';
import { ExitCode } from '../exit-codes';
import { parseAmendmentDocument, parseBulletinDocument } from './front-matter';

const VALID = `---
title: Phishing wave
summary: Credential phishing
tier: amber+strict
severity: High
category: cyber_threat
jurisdictions: ga
tags: [phishing]
recipients: [GA-FULTON, 8f1c2b1e-3a44-4a8e-9d55-0b5a2c1f9e10]
indicators:
  - ipv4: 198.51.100.23
  - { type: domain, value: evil.example }
expiresAt: 2027-01-31
---

Body **here**.
`;

function failure(text: string, parse: (text: string) => unknown = parseBulletinDocument): CliError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('parseBulletinDocument', () => {
  it('reads every field, normalising enum spellings, and keeps the Markdown body', () => {
    expect(parseBulletinDocument(VALID)).toEqual({
      title: 'Phishing wave',
      summary: 'Credential phishing',
      tier: 'AMBER_STRICT',
      severity: 'HIGH',
      category: 'CYBER_THREAT',
      body: 'Body **here**.',
      jurisdictions: ['GA'],
      tags: ['phishing'],
      recipients: ['GA-FULTON', '8f1c2b1e-3a44-4a8e-9d55-0b5a2c1f9e10'],
      originators: undefined,
      approver: undefined,
      references: undefined,
      indicators: [
        { type: 'IPV4', value: '198.51.100.23' },
        { type: 'DOMAIN', value: 'evil.example' },
      ],
      expiresAt: '2027-01-31T00:00:00.000Z',
    });
  });

  it.each([
    ['tier: PURPLE', 'tier: "PURPLE" is not one of'],
    ['jurisdictions: [Georgia]', 'jurisdictions: "Georgia" is not a two-letter state code'],
    ['references: [ftp://x]', 'references: "ftp://x" is not an http(s) URL'],
    ['expiresAt: someday', 'expiresAt: "someday" is not a date'],
    ['tags: [{ a: 1 }]', 'tags: item 1: expected text'],
    ['owner: me', 'owner: unknown field'],
  ])('names the field of a bad value (%s) with a usage error', (line, message) => {
    const key = line.split(':')[0] ?? '';
    const present = new RegExp(`^${key}:.*$`, 'm');
    const text = present.test(VALID) ? VALID.replace(present, line) : VALID.replace(/^---\n/, `---\n${line}\n`);
    const error = failure(text);
    expect(error.exitCode).toBe(ExitCode.USAGE);
    expect(error.message).toContain(`front matter: ${message}`);
  });

  it('types an indicator written alone as the portal types a pasted line, and names one it cannot type', () => {
    const alone = VALID.replace('  - ipv4: 198.51.100.23', '  - 203.0.113.0/24\n  - CVE-2024-3094');
    expect(parseBulletinDocument(alone).indicators).toEqual([
      { type: 'CIDR', value: '203.0.113.0/24' },
      { type: 'CVE', value: 'CVE-2024-3094' },
      { type: 'DOMAIN', value: 'evil.example' },
    ]);
    expect(failure(VALID.replace('  - ipv4: 198.51.100.23', '  - not an indicator')).message).toMatch(
      /^front matter: indicators: item 1: "not an indicator" is not an IP address/,
    );
  });

  it('requires title, the approver of a RED bulletin, and no recipients on GREEN', () => {
    expect(failure(VALID.replace(/^title:.*\n/m, '')).message).toBe('front matter: title: required');
    expect(failure(VALID.replace('amber+strict', 'RED')).message).toMatch(/^front matter: approver: required for RED/);
    expect(failure(VALID.replace('amber+strict', 'GREEN')).message).toMatch(
      /^front matter: recipients: a GREEN bulletin/,
    );
  });

  it('refuses a file without front matter, an unclosed one, bad YAML and an empty body', () => {
    expect(failure('# Just Markdown\n').message).toBe('front matter: the file must start with a --- line');
    expect(failure('---\ntitle: x\n').message).toBe('front matter: no closing --- line');
    expect(failure('---\ntitle: [x\n---\nbody').message).toMatch(/^front matter: not valid YAML/);
    expect(failure(VALID.replace('Body **here**.', '')).message).toMatch(/^body: empty/);
  });
});

describe('parseAmendmentDocument', () => {
  it('keeps only the fields given, the body when there is one, and the change note', () => {
    expect(parseAmendmentDocument('---\nseverity: critical\ntags: [phishing, ga]\nchangeNote: Worse\n---\n')).toEqual({
      severity: 'CRITICAL',
      tags: ['phishing', 'ga'],
      changeNote: 'Worse',
    });
    expect(parseAmendmentDocument('---\ntier: red\napprover: publisher@fbi.demo\n---\n\nNamed victims.\n')).toEqual({
      tier: 'RED',
      approver: 'publisher@fbi.demo',
      body: 'Named victims.',
    });
  });

  it('checks what it is given as a new bulletin is checked, and names the field', () => {
    expect(failure('---\nseverity: dire\n---\n', parseAmendmentDocument).message).toBe(
      'front matter: severity: "dire" is not one of INFO, LOW, MEDIUM, HIGH, CRITICAL',
    );
    expect(failure('---\ntier: RED\n---\n', parseAmendmentDocument).message).toBe(
      'front matter: approver: required for RED: the publisher who will release it',
    );
    expect(failure('---\nexpiresAt: 2027-01-01\n---\n', parseAmendmentDocument).message).toMatch(
      /^front matter: expiresAt: unknown field/,
    );
    expect(failure('---\ntier: GREEN\nrecipients: [GA-FULTON]\n---\n', parseAmendmentDocument).exitCode).toBe(
      ExitCode.USAGE,
    );
  });
});

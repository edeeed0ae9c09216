import { DRAFT_FIELD_LIMITS, referenceUrlOf, STIX_IMPORT_LIMITS } from '@bulwark/stix';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { describe, expect, it } from 'vitest';
import {
  CreateBulletinInput,
  MAX_BODY_LENGTH,
  MAX_INDICATORS,
} from '@api/modules/bulletins/dto/bulletin-content.input';

/** The fields' problems class-validator finds in a createBulletin input. */
async function refused(fields: Record<string, unknown>): Promise<string[]> {
  const input = plainToInstance(CreateBulletinInput, {
    title: 'Lures aimed at poll workers',
    summary: 'Summary.',
    body: '',
    category: 'CYBER_THREAT',
    severity: 'MEDIUM',
    tier: 'GREEN',
    ...fields,
  });
  return (await validate(input)).map((error) => error.property);
}

describe("libs/stix's import bounds are the API's own", () => {
  it('has the same indicator and body bounds as createBulletin', () => {
    expect(STIX_IMPORT_LIMITS.maxIndicators).toBe(MAX_INDICATORS);
    expect(DRAFT_FIELD_LIMITS.maxBody).toBe(MAX_BODY_LENGTH);
  });

  it('has the same title, summary, tag and reference bounds: the edge passes, one more is refused', async () => {
    const { minTitle, maxTitle, maxSummary, maxTags, maxReferences } = DRAFT_FIELD_LIMITS;
    expect(await refused({ title: 'x'.repeat(maxTitle), summary: 'x'.repeat(maxSummary) })).toEqual([]);
    expect(await refused({ title: 'x'.repeat(minTitle) })).toEqual([]);
    expect(await refused({ title: 'x'.repeat(maxTitle + 1) })).toEqual(['title']);
    expect(await refused({ title: 'x'.repeat(minTitle - 1) })).toEqual(['title']);
    expect(await refused({ summary: 'x'.repeat(maxSummary + 1) })).toEqual(['summary']);
    const tags = Array.from({ length: maxTags + 1 }, (_, i) => `t${i}`);
    expect(await refused({ tags: tags.slice(0, maxTags) })).toEqual([]);
    expect(await refused({ tags })).toEqual(['tags']);
    const urls = Array.from({ length: maxReferences + 1 }, (_, i) => `https://x${i}.example.org/`);
    expect(await refused({ references: urls.slice(0, maxReferences) })).toEqual([]);
    expect(await refused({ references: urls })).toEqual(['references']);
  });

  it('takes as reference URLs only what createBulletin accepts', async () => {
    const candidates = [
      'https://vendor.example/advisory?id=1&x=%20#top',
      'http://user:secret@portal.example.org:8443/a/b',
      'https://xn--bcher-kva.example/',
      'HTTPS://CAPS.EXAMPLE.COM/',
      'https://a.example/ü',
      'http://10.0.0.1/wiki',
      'https://localhost/',
      'ftp://files.example.org/x',
      'https://under_score.example.org/',
      'https://x.example/<script>',
      `https://long.example/${'x'.repeat(DRAFT_FIELD_LIMITS.maxReferenceLength)}`,
    ];
    const accepted = candidates.filter((url) => referenceUrlOf(url) !== null);
    expect(accepted).toEqual(candidates.slice(0, 4));
    expect(await refused({ references: accepted })).toEqual([]);
  });
});

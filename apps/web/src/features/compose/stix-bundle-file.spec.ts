import { describe, expect, it } from 'vitest';
import { bundleFileProblem, bundleTextProblem, groupSkipped, MAX_BUNDLE_CHARACTERS } from './stix-bundle-file';

describe('a STIX bundle file before it is sent', () => {
  it('takes a .json file of a size the API may take, and says why not otherwise', () => {
    expect(bundleFileProblem({ name: 'report.JSON', size: 1200 })).toBeNull();
    expect(bundleFileProblem({ name: 'report.pdf', size: 1200 })).toBe(
      '“report.pdf” is not a .json file. A STIX bundle is saved as .json.',
    );
    expect(bundleFileProblem({ name: 'empty.json', size: 0 })).toBe('“empty.json” is empty.');
    expect(bundleFileProblem({ name: 'huge.json', size: 4 * MAX_BUNDLE_CHARACTERS + 1 })).toMatch(
      /larger than the 2 MB/,
    );
    expect(bundleTextProblem('big.json', 'x'.repeat(MAX_BUNDLE_CHARACTERS + 1))).toMatch(/larger than the 2 MB/);
    expect(bundleTextProblem('ok.json', '{}')).toBeNull();
  });

  it('counts the objects left out by reason, in the order the API gave them', () => {
    const link = 'A link between two objects (relationship): Bulwark does not keep links.';
    const who = 'An organization or person (identity): the draft’s originator is your own organization.';
    expect(groupSkipped([{ reason: link }, { reason: who }, { reason: link }])).toEqual([
      { reason: link, count: 2 },
      { reason: who, count: 1 },
    ]);
    expect(groupSkipped([])).toEqual([]);
  });
});
